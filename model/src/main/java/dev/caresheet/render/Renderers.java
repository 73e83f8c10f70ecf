package dev.caresheet.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds rendering formats by name among the {@link RendererProvider}s on the class path. */
public final class Renderers {
  private Renderers() {}

  /** {@return every format on the class path, sorted by name} */
  public static List<RendererProvider> providers() {
    List<RendererProvider> providers = new ArrayList<>();
    ServiceLoader.load(RendererProvider.class, Renderers.class.getClassLoader())
        .forEach(providers::add);
    providers.sort(Comparator.comparing(RendererProvider::format));
    return List.copyOf(providers);
  }

  /**
   * {@return the format with this name, if one is on the class path}
   *
   * @param format a format's name, such as {@code "html"}
   */
  public static Optional<RendererProvider> provider(String format) {
    Objects.requireNonNull(format, "format");
    return providers().stream().filter(p -> p.format().equals(format)).findFirst();
  }

  /**
   * A renderer for the named format.
   *
   * @param format a format's name, such as {@code "html"}
   * @param options the options
   * @return the renderer
   * @throws IllegalArgumentException if no such format is on the class path; the message lists the
   *     formats that are
   */
  public static Renderer create(String format, RenderOptions options) {
    Objects.requireNonNull(options, "options");
    return provider(format)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown format \""
                        + format
                        + "\"; available: "
                        + providers().stream()
                            .map(RendererProvider::format)
                            .collect(Collectors.joining(", "))))
        .create(options);
  }
}
