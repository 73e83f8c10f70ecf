package dev.caresheet.schema;

import dev.caresheet.codec.ContentException;
import dev.caresheet.codec.internal.Locations;
import dev.caresheet.schema.internal.Problems;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a document, and where: the source, the 1-based line and column (the column
 * counted in UTF-16 code units, as editors count), the JSON pointer (RFC 6901) of the value, a
 * stable rule {@link #code() code} from {@link Codes}, a message for a content editor and, where
 * one helps, a hint on how to fix it.
 *
 * <p>Problems are immutable values. They sort by source, line, column, then pointer, severity and
 * code. {@link #toText()} prints one the way compilers do:
 *
 * <pre>{@code
 * leg-cramps.json:12:5: error: unknown property `cuases` [schema.unknown-property] (at /cuases)
 *   hint: did you mean `causes`?
 * }</pre>
 */
public final class Problem implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::source)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::pointer)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::code)
          .thenComparing(Problem::message);

  private final String source;
  private final int line;
  private final int column;
  private final String pointer;
  private final Severity severity;
  private final String code;
  private final String message;
  private final @Nullable String hint;

  static {
    Problems.install(Problem::new);
  }

  /**
   * Creates a problem; the validator's stages make them through {@link Problems}.
   *
   * @param source the file or other source name; {@code ""} when there is none
   * @param line the 1-based line, or 0 when the problem has no place in the text (the file could
   *     not be read)
   * @param column the 1-based column in UTF-16 code units, or 0 exactly when {@code line} is 0
   * @param pointer the JSON pointer of the value; {@code ""} is the whole document
   * @param severity how serious it is
   * @param code the stable rule code, one of {@link Codes}
   * @param message what is wrong, for a content editor
   * @param hint how to fix it, or {@code null}
   * @throws IllegalArgumentException if the line or column is negative, only one of them is 0, the
   *     pointer is neither empty nor starts with {@code /}, or the code or message is blank
   */
  Problem(
      String source,
      int line,
      int column,
      String pointer,
      Severity severity,
      String code,
      String message,
      @Nullable String hint) {
    this.source = Objects.requireNonNull(source, "source");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
      throw new IllegalArgumentException(
          "line and column must both be positive, or both 0: " + line + ":" + column);
    }
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("not a JSON pointer: \"" + pointer + "\"");
    }
    if (code.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("code and message must not be blank");
    }
    if (hint != null && hint.isBlank()) {
      throw new IllegalArgumentException("a hint must not be blank; pass null for none");
    }
    this.line = line;
    this.column = column;
    this.hint = hint;
  }

  /**
   * A problem found by a tool that reports in the validator's format, such as {@code caresheet
   * lint}.
   *
   * @param source the file's name as reported
   * @param line the 1-based line, or 0 with column 0 when the problem has no place
   * @param column the 1-based column, or 0
   * @param pointer the JSON pointer of the value; {@code ""} is the whole document
   * @param severity how serious it is
   * @param code the stable rule code
   * @param message what is wrong, for a content editor
   * @param hint how to fix it, or {@code null}
   * @return the problem
   * @throws IllegalArgumentException as the validator's own problems do, for a bad place, pointer,
   *     code or message
   */
  public static Problem at(
      String source,
      int line,
      int column,
      String pointer,
      Severity severity,
      String code,
      String message,
      @Nullable String hint) {
    return new Problem(source, line, column, pointer, severity, code, message, hint);
  }

  /**
   * {@return the codec's read error as an error problem at the same place}: for a tool that reads
   * with {@link dev.caresheet.codec.ConditionCodec} without validating, and reports as the
   * validator does.
   *
   * @param e the codec's error
   * @param code the rule code to report it under, such as {@link Codes#SYNTAX}
   */
  public static Problem of(ContentException e, String code) {
    return new Problem(
        e.source().orElse(""),
        e.line(),
        e.line() == 0 ? 0 : e.column(),
        e.pointer(),
        Severity.ERROR,
        code,
        e.reason(),
        null);
  }

  /** {@return the file or other source name; {@code ""} when there is none} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line; 0 when the problem has no place in the text} */
  public int line() {
    return line;
  }

  /**
   * {@return the 1-based column in UTF-16 code units; 0 when the problem has no place in the text}
   */
  public int column() {
    return column;
  }

  /**
   * {@return the JSON pointer (RFC 6901) of the offending value; {@code ""} is the whole document}
   */
  public String pointer() {
    return pointer;
  }

  /** {@return how serious the problem is} */
  public Severity severity() {
    return severity;
  }

  /**
   * {@return the stable rule code, such as {@code "schema.unknown-property"}; see {@link Codes}}
   */
  public String code() {
    return code;
  }

  /** {@return what is wrong, for a content editor, without the location} */
  public String message() {
    return message;
  }

  /** {@return how to fix it, when the validator knows} */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  /** {@return whether this is an {@link Severity#ERROR error}} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The problem as one line, {@code source:line:column: severity: message [code] (at pointer)},
   * followed by an indented {@code hint:} line when there is a hint. The source, the position and
   * the pointer are left out when empty or unknown.
   *
   * @return the problem as text, without a final line break
   */
  public String toText() {
    StringBuilder sb = Locations.appendPrefix(new StringBuilder(), source, line, column);
    sb.append(severity.label()).append(": ").append(message).append(" [").append(code).append(']');
    Locations.appendPointer(sb, pointer);
    if (hint != null) {
      sb.append("\n  hint: ").append(hint);
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) o;
    return line == p.line
        && column == p.column
        && source.equals(p.source)
        && pointer.equals(p.pointer)
        && severity == p.severity
        && code.equals(p.code)
        && message.equals(p.message)
        && Objects.equals(hint, p.hint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, pointer, severity, code, message, hint);
  }

  /** The same as {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }
}
