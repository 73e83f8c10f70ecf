package dev.caresheet.codec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats a condition document can be written in. */
public enum Format {
  /** JSON (RFC 8259), files ending in {@code .json}. */
  JSON(List.of("json")),
  /**
   * YAML 1.2, files ending in {@code .yaml} or {@code .yml}; a safe subset without tags or aliases.
   */
  YAML(List.of("yaml", "yml"));

  private final List<String> extensions;

  Format(List<String> extensions) {
    this.extensions = extensions;
  }

  /** {@return the file name extensions of the format, without the dot, the preferred one first} */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * {@return the format a file's name says it is in, if any ({@code leg-cramps.yml} is YAML)}
   *
   * @param file a file name or path
   */
  public static Optional<Format> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String fileName = name.toString();
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (Format format : values()) {
      if (format.extensions.contains(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
