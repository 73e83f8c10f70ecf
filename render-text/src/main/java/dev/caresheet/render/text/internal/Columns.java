package dev.caresheet.render.text.internal;

import java.util.Objects;

/**
 * Measures text in terminal columns, one grapheme cluster at a time, and classifies characters for
 * line breaking.
 *
 * <p><b>The data.</b> Column widths need three kinds of Unicode data that JDK 17 does not have:
 * extended grapheme clusters (UAX #29, so that an emoji ZWJ sequence or a flag is one unit — {@code
 * java.text.BreakIterator} in JDK 17 splits both), East Asian Width (UAX #11) and the emoji
 * properties (UTS #51). They come from {@link UnicodeTable}, generated at build time from ICU4J,
 * the Unicode Consortium's own library, which is a test dependency only: the renderer ships a 30 KB
 * table instead of ICU's 15 MB jar. JLine's {@code WCWidth} was the alternative: a small hand-kept
 * table of per-code-point widths with no grapheme clusters, which would go stale.
 *
 * <p><b>The rules.</b> A grapheme cluster is two columns wide if it is an emoji presentation (a
 * regional-indicator flag, an emoji with U+FE0F, a ZWJ sequence or a skin-tone sequence); otherwise
 * it is the sum of its code points' widths, as POSIX {@code wcwidth} counts them: wide and
 * fullwidth characters (East_Asian_Width W or F) two; combining marks (Mn, Me), format characters
 * (Cf, such as zero width space, joiners and bidi controls) and Hangul medial vowels and final
 * consonants zero; everything else one. Ambiguous-width characters (Cyrillic, Greek, many symbols)
 * count one, as in a non-East-Asian terminal. The soft hyphen counts one, as glibc does.
 *
 * <p><b>Speed.</b> The flags of every character are one table look-up. A line made only of
 * characters that cannot join a neighbour into one cluster — all of ASCII, Latin, Cyrillic, CJK
 * ideographs, precomposed Hangul — is never segmented by the grapheme rules ({@link Graphemes}).
 *
 * <p>Thread-safe: the table is immutable and the methods are stateless.
 */
public final class Columns {

  /** The width of a code point in columns: 0, 1 or 2. */
  static final int WIDTH = 0x3;

  /**
   * The character may join a neighbour into one grapheme cluster: segment with the grapheme rules.
   */
  static final int COMPLEX = 0x4;

  /**
   * Line_Break ID, EB, EM or RI (ideographs, kana, pictographs, flags): a line may break between
   * two such grapheme clusters.
   */
  static final int IDEOGRAPHIC = 0x8;

  /** White space at which a line may break; collapsed to one space within a line. */
  static final int SPACE = 0x10;

  /** A line break of the text: LF, CR, VT, FF, NEL, U+2028, U+2029. */
  static final int NEWLINE = 0x20;

  /** A control character or lone surrogate: never written, U+FFFD is written instead. */
  static final int REPLACE = 0x40;

  /** Zero width space: a line may break after it. */
  static final int BREAK_AFTER = 0x80;

  /** The character written instead of a control character or a lone surrogate. */
  static final char REPLACEMENT = '\uFFFD';

  private Columns() {}

  /** The flags of a BMP character. */
  static int flags(char c) {
    return UnicodeTable.value(c) & UnicodeTable.FLAGS;
  }

  /** The flags of any code point. */
  static int flags(int cp) {
    return UnicodeTable.value(cp) & UnicodeTable.FLAGS;
  }

  /** The columns of the grapheme cluster {@code text[start, end)}. */
  static int clusterWidth(CharSequence text, int start, int end) {
    int first = Character.codePointAt(text, start);
    if (Character.charCount(first) == end - start) {
      return flags(first) & WIDTH;
    }
    int sum = 0;
    boolean presentation = false;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      // Both ranges are closed: Unicode adds no regional indicators or skin tone modifiers.
      if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
        return 2; // a flag, or a lone regional indicator
      }
      if (cp == 0xFE0F || cp == 0x200D || cp >= 0x1F3FB && cp <= 0x1F3FF) {
        presentation = true;
      }
      sum += flags(cp) & WIDTH;
    }
    if (presentation && (UnicodeTable.value(first) & UnicodeTable.EMOJI) != 0) {
      return 2;
    }
    return sum;
  }

  /**
   * The end of the grapheme cluster (UAX #29) that starts at {@code start}, a cluster boundary
   * before {@code limit}; it ends at {@code limit} at the latest.
   */
  static int nextCluster(CharSequence text, int start, int limit) {
    return Graphemes.next(text, start, limit);
  }

  /**
   * The width of a text in terminal columns, as the text renderer measures it. Line breaks count
   * nothing; a tab counts one column (the renderer writes white space between words as one space).
   */
  public static int of(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    boolean complex = false;
    int width = 0;
    for (int i = 0; i < n; i++) {
      int f = flags(text.charAt(i));
      if ((f & COMPLEX) != 0) {
        complex = true;
        break;
      }
      width += f & WIDTH;
    }
    if (!complex) {
      return width;
    }
    width = 0;
    for (int start = 0; start < n; ) {
      int end = nextCluster(text, start, n);
      width += clusterWidth(text, start, end);
      start = end;
    }
    return width;
  }
}
