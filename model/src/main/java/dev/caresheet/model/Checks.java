package dev.caresheet.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The local invariants of the model, in one place. Every check throws {@link
 * InvalidContentException} naming the offending field. The JSON Schema states the same rules, with
 * the same character classes, so that the schema and the model accept exactly the same documents.
 */
final class Checks {

  /**
   * The white-space characters of ECMAScript's {@code \s}, which JSON Schema patterns use. Java's
   * {@code \s} is ASCII-only, so the class is spelled out to keep the schema and the model in step.
   */
  static final String WHITESPACE =
      "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

  /** A slug: lower-case ASCII letters and digits in groups joined by single hyphens. */
  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** The longest id accepted. */
  static final int MAX_ID_LENGTH = 100;

  /** A BCP 47 language tag, in the well-formed shape (primary language, then subtags). */
  static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*");

  /** An absolute http(s) URL without white space. */
  static final Pattern WEB_URL =
      Pattern.compile("https?://[^" + WHITESPACE + "/?#]+[^" + WHITESPACE + "]*");

  private Checks() {}

  /** Requires a non-blank, trimmed text without control characters or unpaired surrogates. */
  static String text(String value, String field) {
    int n = value.length();
    int firstNonSpace = 0;
    while (firstNonSpace < n && isSpace(value.charAt(firstNonSpace))) {
      firstNonSpace++;
    }
    if (firstNonSpace == n) {
      throw new InvalidContentException(field + " must not be empty");
    }
    if (firstNonSpace > 0 || isSpace(value.charAt(n - 1))) {
      throw new InvalidContentException(field + " must not start or end with white space");
    }
    // One pass, on every text of every document: plain comparisons, no Character.getType.
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && c <= 0x9F) {
        // Exactly the characters of Unicode's general category Cc, less line feed and tab.
        throw new InvalidContentException(
            field
                + " contains the control character U+"
                + hex(c)
                + " at index "
                + i
                + " (only line feeds and tabs are allowed)");
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          throw new InvalidContentException(
              field + " contains an unpaired surrogate (U+" + hex(c) + ") at index " + i);
        }
      }
    }
    return value;
  }

  static void text(Optional<String> value, String field) {
    value.ifPresent(v -> text(v, field));
  }

  static void texts(List<String> values, String field) {
    for (int i = 0; i < values.size(); i++) {
      text(values.get(i), field + "[" + i + "]");
    }
  }

  /** Requires a slug-shaped id. */
  static String id(String value, String field) {
    if (value.isEmpty()) {
      throw new InvalidContentException(field + " must not be empty");
    }
    if (value.length() > MAX_ID_LENGTH) {
      throw new InvalidContentException(
          field + " must be at most " + MAX_ID_LENGTH + " characters");
    }
    if (!SLUG.matcher(value).matches()) {
      throw new InvalidContentException(
          field
              + " must be a slug: lower-case letters and digits joined by single hyphens, like"
              + " \"leg-cramps\" (was \""
              + value
              + "\")");
    }
    return value;
  }

  static void ids(List<String> values, String field) {
    for (int i = 0; i < values.size(); i++) {
      id(values.get(i), field + "[" + i + "]");
    }
  }

  static void language(String value, String field) {
    if (!LANGUAGE.matcher(value).matches()) {
      throw new InvalidContentException(
          field
              + " must be a BCP 47 language tag such as \"en\" or \"pt-BR\" (was \""
              + value
              + "\")");
    }
  }

  static void webUrl(Optional<String> value, String field) {
    value.ifPresent(
        v -> {
          text(v, field);
          if (!WEB_URL.matcher(v).matches()) {
            throw new InvalidContentException(
                field + " must be an absolute http or https URL (was \"" + v + "\")");
          }
        });
  }

  static void notEmpty(Collection<?> values, String field) {
    if (values.isEmpty()) {
      throw new InvalidContentException(field + " must have at least one item");
    }
  }

  /** Checks the invariants every list part shares: texts, and items or an intro. */
  static void listPart(ListPart<?> part) {
    String name = part.key();
    text(part.heading(), name + ".heading");
    if (!part.hasContent()) {
      throw new InvalidContentException(
          name + " must have at least one " + part.kind().itemNoun() + " in items, or an intro");
    }
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }

  /** Whether {@code c} is in {@link #WHITESPACE}. */
  static boolean isSpace(int c) {
    switch (c) {
      case '\t':
      case '\n':
      case 0x0B:
      case '\f':
      case '\r':
      case ' ':
      case 0xA0:
      case 0x1680:
      case 0x2028:
      case 0x2029:
      case 0x202F:
      case 0x205F:
      case 0x3000:
      case 0xFEFF:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200A;
    }
  }
}
