package dev.caresheet.render.text;

import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.Renderer;
import dev.caresheet.render.RendererProvider;
import java.util.Objects;

/**
 * Makes the {@code text} format discoverable through {@link java.util.ServiceLoader} (and so by
 * {@link dev.caresheet.render.Renderers} and the command line). Uses {@link RenderOptions#width()};
 * ignores the HTML-only options.
 */
public final class TextRendererProvider implements RendererProvider {

  /** The provider; {@link java.util.ServiceLoader} calls this. */
  public TextRendererProvider() {}

  @Override
  public String format() {
    return TextRenderer.FORMAT;
  }

  @Override
  public String description() {
    return "Plain text for email, SMS and voice, wrapped at the width in terminal columns";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public Renderer create(RenderOptions options) {
    return TextRenderer.builder().width(Objects.requireNonNull(options, "options").width()).build();
  }
}
