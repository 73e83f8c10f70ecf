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

  /** {@return the format's name: short, lower case, unique ({@code "html"}, {@code "text"})} */
  String format();

  /** {@return one line saying what the format is for, shown in the CLI's help} */
  String description();

  /**
   * {@return the file name extension of rendered files, without the dot ({@code "html"}, {@code
   * "txt"})}
   */
  String fileExtension();

  /**
   * {@return a renderer configured with the given options; options a format has no use for are
   * ignored}
   *
   * @param options the options
   */
  Renderer create(RenderOptions options);
}
