package dev.caresheet.render;

import java.util.Objects;
import java.util.Optional;

/**
 * The options every format understands, so that a caller (such as the CLI) can configure a format
 * it knows only by name. A format ignores options it has no use for.
 *
 * @param page render a complete page (an HTML document with head and body) instead of a fragment
 * @param width the line width of text formats, in terminal columns
 * @param stylesheet the URL of a stylesheet a page links to, if any
 */
public record RenderOptions(boolean page, int width, Optional<String> stylesheet) {

  /** The default text width, in columns. */
  public static final int DEFAULT_WIDTH = 80;

  /** The smallest text width accepted. */
  public static final int MIN_WIDTH = 20;

  /**
   * Checks the options.
   *
   * @param page whether to render a complete page
   * @param width the line width in columns
   * @param stylesheet the stylesheet URL, or empty
   * @throws IllegalArgumentException if {@code width} is below {@link #MIN_WIDTH}
   */
  public RenderOptions {
    Objects.requireNonNull(stylesheet, "stylesheet");
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException(
          "width must be at least " + MIN_WIDTH + " columns, was " + width);
    }
  }

  /** {@return a fragment, 80 columns wide, with no stylesheet} */
  public static RenderOptions defaults() {
    return new RenderOptions(false, DEFAULT_WIDTH, Optional.empty());
  }

  /**
   * {@return these options with {@link #page()} set}
   *
   * @param page whether to render a complete page
   */
  public RenderOptions withPage(boolean page) {
    return new RenderOptions(page, width, stylesheet);
  }

  /**
   * {@return these options with another {@link #width()}}
   *
   * @param width the line width in columns
   */
  public RenderOptions withWidth(int width) {
    return new RenderOptions(page, width, stylesheet);
  }

  /**
   * {@return these options with a stylesheet URL}
   *
   * @param stylesheet the stylesheet's URL
   */
  public RenderOptions withStylesheet(String stylesheet) {
    return new RenderOptions(
        page, width, Optional.of(Objects.requireNonNull(stylesheet, "stylesheet")));
  }
}
