package dev.caresheet.render.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.LineBreak;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;

/** Checks on rendered text that the tests share. */
final class TextChecks {
  private TextChecks() {}

  /** The lines of a text that ends with a line break (the empty string after it left out). */
  static List<String> lines(String text) {
    String[] lines = text.split("\n", -1);
    return Arrays.asList(lines).subList(0, Math.max(0, lines.length - 1));
  }

  /**
   * The text without any white space: wrapping may add or drop white space, never anything else.
   */
  static String withoutWhiteSpace(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** A line without its indentation and list markers ("- ", "12. "). */
  static String withoutPrefix(String line) {
    String s = line;
    while (true) {
      String stripped = s.stripLeading();
      if (stripped.startsWith("- ")) {
        stripped = stripped.substring(2);
      } else {
        int digits = 0;
        while (digits < stripped.length()
            && stripped.charAt(digits) >= '0'
            && stripped.charAt(digits) <= '9') {
          digits++;
        }
        if (digits > 0 && stripped.startsWith(". ", digits)) {
          stripped = stripped.substring(digits + 2);
        }
      }
      if (stripped.equals(s)) {
        return s;
      }
      s = stripped;
    }
  }

  /**
   * Whether a line could have been broken somewhere, by the rules the renderer documents: at white
   * space other than no-break spaces (never inside a grapheme cluster), after a zero width space,
   * or between two grapheme clusters that are both ideographic (Unicode Line_Break ID, EB, EM or
   * RI).
   */
  static boolean hasBreakOpportunity(String content) {
    int zwsp = content.indexOf('\u200B');
    if (zwsp >= 0 && zwsp < content.length() - 1) {
      return true;
    }
    BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
    clusters.setText(content);
    boolean previousIdeographic = false;
    for (int start = clusters.first(), end = clusters.next();
        start < content.length();
        start = end, end = clusters.next()) {
      // White space that is a grapheme cluster of its own. A space followed by a combining mark is
      // one cluster with it, and a line never breaks inside a cluster (found by
      // TextRenderFuzzTest).
      int cp = content.codePointAt(start);
      if (Character.isWhitespace(cp) && end - start == Character.charCount(cp)) {
        return true;
      }
      int lb = UCharacter.getIntPropertyValue(content.codePointAt(start), UProperty.LINE_BREAK);
      boolean ideographic =
          lb == LineBreak.IDEOGRAPHIC
              || lb == LineBreak.E_BASE
              || lb == LineBreak.E_MODIFIER
              || lb == LineBreak.REGIONAL_INDICATOR;
      if (ideographic && previousIdeographic) {
        return true;
      }
      previousIdeographic = ideographic;
    }
    return false;
  }
}
