package dev.caresheet.render.html;

import java.util.Objects;

/**
 * Where a figure's image is published beside the pages, and its size in pixels, which the {@code
 * <img>} gets as {@code width} and {@code height} so that nothing shifts as it loads. A site
 * ({@code caresheet site}, {@code render --out}) copies each local image under a content-hashed
 * name and says so through {@link HtmlRenderer.Builder#images}.
 *
 * @param src the image's URL, relative to the page (such as {@code calf-stretch.1a2b3c4d5e6f.png})
 * @param width the width in pixels, at least 1
 * @param height the height in pixels, at least 1
 */
public record PublishedImage(String src, int width, int height) {
  /**
   * A published image.
   *
   * @param src the image's URL, relative to the page
   * @param width the width in pixels, at least 1
   * @param height the height in pixels, at least 1
   */
  public PublishedImage {
    Objects.requireNonNull(src, "src");
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("an image is at least 1 by 1 pixel");
    }
  }
}
