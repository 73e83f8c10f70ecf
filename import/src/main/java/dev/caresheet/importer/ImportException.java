package dev.caresheet.importer;

/**
 * A source that cannot be imported (too large, undecodable, not well-formed), with its location:
 * the message starts {@code source:line:column:} or {@code source:}.
 */
public final class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * A located error.
   *
   * @param message the message, starting with the location
   */
  public ImportException(String message) {
    super(message);
  }

  /**
   * A located error with its cause.
   *
   * @param message the message, starting with the location
   * @param cause the cause
   */
  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
