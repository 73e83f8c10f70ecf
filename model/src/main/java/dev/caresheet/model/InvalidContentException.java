package dev.caresheet.model;

/**
 * Thrown when a model value would break one of the model's local invariants: a blank required text,
 * an id that is not a slug, a list part without items. The message names the field.
 *
 * <p>Content read from files never reaches users as this exception: the codec turns it into a
 * located {@link dev.caresheet.codec.ContentException}.
 */
public final class InvalidContentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field
   */
  public InvalidContentException(String message) {
    super(message);
  }
}
