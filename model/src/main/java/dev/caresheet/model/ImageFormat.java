package dev.caresheet.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats a {@link Figure} may show: PNG, JPEG and WebP, each with its media type and
 * file name extensions. SVG is not among them: it can carry script.
 */
public enum ImageFormat {
  /** PNG, {@code .png}. */
  PNG("image/png", List.of("png")),
  /** JPEG, {@code .jpg} or {@code .jpeg}. */
  JPEG("image/jpeg", List.of("jpg", "jpeg")),
  /** WebP, {@code .webp}. */
  WEBP("image/webp", List.of("webp"));

  private final String mediaType;
  private final List<String> extensions;

  ImageFormat(String mediaType, List<String> extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  /** {@return the media type, such as {@code image/png}} */
  public String mediaType() {
    return mediaType;
  }

  /** {@return the file name extensions, lower case and without the dot; the first is canonical} */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * {@return the format a file name extension names, if any}
   *
   * @param extension the extension without the dot, in any case
   */
  public static Optional<ImageFormat> ofExtension(String extension) {
    String lower = extension.toLowerCase(Locale.ROOT);
    for (ImageFormat f : values()) {
      if (f.extensions.contains(lower)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
