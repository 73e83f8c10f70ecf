package dev.caresheet.schema.internal;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * The schema's regular expressions, with the five text rules that every text of a document is
 * checked against (not blank, no white space at either end, no control character, no lone
 * surrogate) answered by one plain scan each instead of the regular-expression engine.
 *
 * <p>Those five patterns are most of the time of validating a document with {@code java.util.regex}
 * (each is tried on every text, and two must scan the whole text); the scans give exactly the
 * answers {@code java.util.regex} gives for the same pattern, which {@code TextPatternsTest} checks
 * on every string of up to five characters drawn from the characters that matter (each white-space
 * character, controls, lone and paired surrogates). Any other pattern, and these if the schema ever
 * spells them differently, goes to networknt's JDK factory as before. Stateless and thread-safe.
 */
public final class TextPatterns implements RegularExpressionFactory {

  /** The factory. */
  public static final TextPatterns FACTORY = new TextPatterns();

  /** The white space of ECMAScript's {@code \s}, spelled out as the schema spells it. */
  private static final String SPACE =
      "\\t-\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

  /** {@code $defs/notBlank}: some character that is not white space. */
  static final String NOT_BLANK = "[^" + SPACE + "]";

  /** {@code $defs/noLeadingSpace}: no white space at the start. */
  static final String NO_LEADING_SPACE = "^(?![" + SPACE + "])";

  /** {@code $defs/noTrailingSpace}: no white space at the end. */
  static final String NO_TRAILING_SPACE = "^(?:[\\s\\S]*[^" + SPACE + "])?(?![\\s\\S])";

  /** {@code $defs/noControlCharacter}: no control character but tab and line feed. */
  static final String NO_CONTROL = "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F]*(?![\\s\\S])";

  /** {@code $defs/noLoneSurrogate}: every surrogate in a pair. */
  static final String NO_LONE_SURROGATE =
      "^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*(?![\\s\\S])";

  private TextPatterns() {}

  @Override
  public RegularExpression getRegularExpression(String regex) {
    switch (regex) {
      case NOT_BLANK:
        return TextPatterns::hasNonSpace;
      case NO_LEADING_SPACE:
        return s -> s.isEmpty() || !isSpace(s.charAt(0));
      case NO_TRAILING_SPACE:
        return s -> s.isEmpty() || !isSpace(s.charAt(s.length() - 1));
      case NO_CONTROL:
        return s -> !hasControl(s);
      case NO_LONE_SURROGATE:
        return s -> !hasLoneSurrogate(s);
      default:
        return JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
    }
  }

  /** Whether the factory answers {@code regex} with a scan rather than a regular expression. */
  static boolean isScanned(String regex) {
    switch (regex) {
      case NOT_BLANK:
      case NO_LEADING_SPACE:
      case NO_TRAILING_SPACE:
      case NO_CONTROL:
      case NO_LONE_SURROGATE:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether {@code c} is in {@link #SPACE}: the model's white space (ECMAScript's {@code \s}), the
   * one copy of the predicate in this module.
   */
  static boolean isSpace(int c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }
    if (c < '\u00A0') {
      return false;
    }
    return c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000'
        || c == '\uFEFF';
  }

  private static boolean hasNonSpace(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (!isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasControl(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < ' ' ? c != '\t' && c != '\n' : c >= '\u007F' && c <= '\u009F') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }
}
