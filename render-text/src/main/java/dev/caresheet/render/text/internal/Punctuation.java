package dev.caresheet.render.text.internal;

/** How labels and names are joined to what follows them. */
public final class Punctuation {
  private Punctuation() {}

  /** Whether {@code text} ends with a colon or sentence-ending punctuation, in any script. */
  public static boolean endsWithPunctuation(String text) {
    if (text.isEmpty()) {
      return false;
    }
    switch (text.charAt(text.length() - 1)) {
      case ':':
      case '!':
      case '?':
      case '.':
      case '\u2026':
      case '\u3002':
      case '\uFF01':
      case '\uFF1A':
      case '\uFF1F':
      case '\u061F':
      case '\u06D4':
      case '\u0964':
        return true;
      default:
        return false;
    }
  }

  /** What goes between a label or name and its text: {@code ": "}, or a space after punctuation. */
  public static String separator(String label) {
    return endsWithPunctuation(label) ? " " : ": ";
  }

  /** {@code label} ending with a colon, unless it ends with punctuation already. */
  public static String withColon(String label) {
    return endsWithPunctuation(label) ? label : label + ":";
  }

  /**
   * {@code text} ending with a full stop, unless it ends with punctuation already, so that a speech
   * synthesiser pauses after it.
   */
  public static String sentence(String text) {
    return endsWithPunctuation(text) ? text : text + ".";
  }
}
