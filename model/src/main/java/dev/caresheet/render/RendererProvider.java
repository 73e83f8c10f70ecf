package dev.caresheet.render;

/**
 * A rendering format that can be discovered by name through {@link java.util.ServiceLoader}: a
 * module that adds a format lists its provider in {@code
 * META-INF/services/dev.caresheet.render.RendererProvider}, and {@link Renderers} (and so the
 * {@code caresheet render --format NAME} command) finds it on the class path.
 *
 * <p>Implementations must have a public no-argument constructor and be thread-safe.
 */
public interface RendererProvider {

  /** The format's name: short, lower case, unique ({@code "html"}, {@code "text"}). */
  String format();

  /** One line saying what the format is for, shown in the CLI's help. */
  String description();

  /** The file name extension of rendered files, without the dot ({@code "html"}, {@code "txt"}). */
  String fileExtension();

  /** A renderer configured with the given options; options a format has no use for are ignored. */
  Renderer create(RenderOptions options);
}
