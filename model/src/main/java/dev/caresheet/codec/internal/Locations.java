package dev.caresheet.codec.internal;

/**
 * A place in a document written the way compilers write it, {@code source:line:column: message (at
 * pointer)}: the one spelling of {@code ContentException}'s message and {@code Problem}'s text.
 */
public final class Locations {
  private Locations() {}

  /**
   * Appends {@code source:line:column: }, leaving out the source when it is empty and the position
   * when the line is 0; appends nothing when both are left out.
   *
   * @param sb where to append
   * @param source the source name, or {@code ""}
   * @param line the 1-based line, or 0
   * @param column the 1-based column
   * @return {@code sb}
   */
  public static StringBuilder appendPrefix(StringBuilder sb, String source, int line, int column) {
    int start = sb.length();
    if (!source.isEmpty()) {
      sb.append(source).append(':');
    }
    if (line > 0) {
      sb.append(line).append(':').append(column).append(':');
    }
    if (sb.length() > start) {
      sb.append(' ');
    }
    return sb;
  }

  /**
   * Appends {@code (at pointer)}, unless the pointer is empty (the whole document).
   *
   * @param sb where to append
   * @param pointer a JSON pointer, or {@code ""}
   * @return {@code sb}
   */
  public static StringBuilder appendPointer(StringBuilder sb, String pointer) {
    if (!pointer.isEmpty()) {
      sb.append(" (at ").append(pointer).append(')');
    }
    return sb;
  }
}
