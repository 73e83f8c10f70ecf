package dev.caresheet.schema.internal;

/**
 * A place in a source text: 1-based line and column, the column in UTF-16 code units.
 *
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record Position(int line, int column) {
  /** The start of a text. */
  public static final Position START = new Position(1, 1);
}
