package dev.caresheet.codec;

import dev.caresheet.codec.internal.Locations;
import java.util.Optional;

/**
 * A document could not be read: it is malformed, breaks a read limit, or does not fit the model.
 * Says where — the source, the line and column (both 1-based; column counted in UTF-16 code units,
 * as editors count) and the JSON pointer of the value — and why.
 */
public final class ContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The source name; {@code ""} when there is none. */
  private final String source;

  /** The 1-based line, or 0. */
  private final int line;

  /** The 1-based column, or 0. */
  private final int column;

  /** The JSON pointer of the value. */
  private final String pointer;

  /** What is wrong. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the file or other source name, or {@code ""} when there is none
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param pointer the JSON pointer (RFC 6901) of the value, {@code ""} for the whole document
   * @param reason what is wrong, for a content editor
   * @param cause the underlying exception, if any
   */
  public ContentException(
      String source, int line, int column, String pointer, String reason, Throwable cause) {
    super(format(source, line, column, pointer, reason), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.reason = reason;
  }

  /** {@return the file or other source name, if the document has one} */
  public Optional<String> source() {
    return source.isEmpty() ? Optional.empty() : Optional.of(source);
  }

  /** {@return the 1-based line, or 0 when unknown} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column, or 0 when unknown} */
  public int column() {
    return column;
  }

  /** {@return the JSON pointer of the offending value; {@code ""} is the whole document} */
  public String pointer() {
    return pointer;
  }

  /** {@return what is wrong, without the location} */
  public String reason() {
    return reason;
  }

  private static String format(String source, int line, int column, String pointer, String reason) {
    StringBuilder sb = Locations.appendPrefix(new StringBuilder(), source, line, column);
    return Locations.appendPointer(sb.append(reason), pointer).toString();
  }
}
