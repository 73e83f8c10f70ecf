package dev.caresheet.render.text.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.EastAsianWidth;
import com.ibm.icu.lang.UCharacter.GraphemeClusterBreak;
import com.ibm.icu.lang.UCharacter.LineBreak;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Objects;

/**
 * Measures text in terminal columns, one grapheme cluster at a time, and classifies characters for
 * line breaking.
 *
 * <p><b>Why ICU4J.</b> Column widths need three kinds of Unicode data that JDK 17 does not have:
 * extended grapheme clusters (UAX #29, so that an emoji ZWJ sequence or a flag is one unit —
 * {@code java.text.BreakIterator} in JDK 17 splits both), East Asian Width (UAX #11) and the emoji
 * properties (UTS #51). ICU4J is the Unicode Consortium's own library, released with every Unicode
 * version, with no dependencies of its own. JLine's {@code WCWidth} was the alternative: a small
 * hand-kept table of per-code-point widths with no grapheme clusters, so flags, ZWJ sequences and
 * skin tones would still need hand-written rules; and a table of our own would go stale with each
 * Unicode release. ICU is a large jar (15 MB), but it is only on the text renderer's path.
 *
 * <p><b>The rules.</b> A grapheme cluster is two columns wide if it is an emoji presentation
 * (a regional-indicator flag, an emoji with U+FE0F, a ZWJ sequence or a skin-tone sequence);
 * otherwise it is the sum of its code points' widths, as POSIX {@code wcwidth} counts them: wide
 * and fullwidth characters (East_Asian_Width W or F) two; combining marks (Mn, Me), format
 * characters (Cf, such as zero width space, joiners and bidi controls) and Hangul medial vowels and
 * final consonants zero; everything else one. Ambiguous-width characters (Cyrillic, Greek, many
 * symbols) count one, as in a non-East-Asian terminal. The soft hyphen counts one, as glibc does.
 *
 * <p><b>Speed.</b> The class of every character up to U+1FFFF is looked up in a table computed
 * from ICU, a page of 256 characters at a time. A line made only of characters that cannot join a neighbour into one cluster — all of ASCII,
 * Latin, Cyrillic, CJK ideographs, precomposed Hangul — never touches the break iterator.
 *
 * <p>Thread-safe: the table is immutable and the static methods create their own iterators.
 */
public final class Columns {

  /** The width of a code point in columns: 0, 1 or 2. */
  static final int WIDTH = 0x3;
  /** The character may join a neighbour into one grapheme cluster: measure with the iterator. */
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

  /**
   * The flags of every character of the Basic and Supplementary Multilingual Planes (where the
   * emoji are), computed a page of 256 characters at a time the first time one of the page is
   * seen: most texts touch a few pages, and computing all 512 takes tens of milliseconds. {@link #UNKNOWN} marks a character not computed yet; it is no valid flags
   * value (a width of 3). A thread may see a page half computed by another and compute it again:
   * each entry only ever holds {@code UNKNOWN} or its one true value, so every read is right.
   */
  private static final byte[] TABLE = new byte[0x20000];

  private static final byte UNKNOWN = (byte) 0xFF;

  static {
    Arrays.fill(TABLE, UNKNOWN);
  }

  private Columns() {}

  /** The flags of a BMP character. */
  static int flags(char c) {
    byte f = TABLE[c];
    return f != UNKNOWN ? f & 0xFF : computePage(c);
  }

  private static int computePage(int cp) {
    int base = cp & ~0xFF;
    for (int i = 0; i < 256; i++) {
      TABLE[base + i] = (byte) computeFlags(base + i);
    }
    return TABLE[cp] & 0xFF;
  }

  /** The flags of any code point. */
  static int flags(int cp) {
    if (cp < TABLE.length) {
      byte f = TABLE[cp];
      return f != UNKNOWN ? f & 0xFF : computePage(cp);
    }
    return computeFlags(cp);
  }

  private static int computeFlags(int cp) {
    switch (cp) {
      case '\n': case '\r': case 0x0B: case 0x0C: case 0x85: case 0x2028: case 0x2029:
        return NEWLINE;
      case '\t': case ' ': case 0x1680: case 0x205F:
        return SPACE | 1;
      case 0x3000:
        return SPACE | 2; // ideographic space: wide, though the wrapper writes one space for it
      case 0x200B:
        return BREAK_AFTER;
      default:
        break;
    }
    if (cp >= 0x2000 && cp <= 0x200A && cp != 0x2007) {
      return SPACE | 1; // en quad .. hair space; figure space U+2007 does not break
    }
    int type = UCharacter.getType(cp);
    if (type == UCharacterCategory.CONTROL) {
      return REPLACE | 1;
    }
    if (type == UCharacterCategory.SURROGATE) {
      return REPLACE | COMPLEX | 1;
    }
    int flags = codePointWidth(cp, type);
    int gcb = UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK);
    switch (gcb) {
      case GraphemeClusterBreak.EXTEND: case GraphemeClusterBreak.ZWJ:
      case GraphemeClusterBreak.SPACING_MARK: case GraphemeClusterBreak.PREPEND:
      case GraphemeClusterBreak.L: case GraphemeClusterBreak.V: case GraphemeClusterBreak.T:
      case GraphemeClusterBreak.REGIONAL_INDICATOR: case GraphemeClusterBreak.E_BASE:
      case GraphemeClusterBreak.E_MODIFIER: case GraphemeClusterBreak.E_BASE_GAZ:
      case GraphemeClusterBreak.GLUE_AFTER_ZWJ:
        flags |= COMPLEX;
        break;
      default:
        break;
    }
    if (cp > 0xFFFF) {
      flags |= COMPLEX; // a surrogate pair: always through the iterator
    }
    int lb = UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK);
    if (lb == LineBreak.IDEOGRAPHIC || lb == LineBreak.E_BASE || lb == LineBreak.E_MODIFIER
        || lb == LineBreak.REGIONAL_INDICATOR) {
      flags |= IDEOGRAPHIC;
    }
    return flags;
  }

  /** The columns of one code point on its own, in the {@code wcwidth} tradition. */
  private static int codePointWidth(int cp, int type) {
    if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK) {
      return 0;
    }
    int gcb = UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK);
    if (type == UCharacterCategory.FORMAT) {
      // Soft hyphen and the prepended concatenation marks (U+0600..U+0605) are visible.
      return cp == 0xAD || gcb == GraphemeClusterBreak.PREPEND ? 1 : 0;
    }
    if (gcb == GraphemeClusterBreak.V || gcb == GraphemeClusterBreak.T) {
      return 0; // Hangul jungseong and jongseong join the leading consonant's two columns
    }
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return eaw == EastAsianWidth.WIDE || eaw == EastAsianWidth.FULLWIDTH ? 2 : 1;
  }

  /**
   * The columns of the grapheme cluster {@code text[start, end)}.
   */
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
    if (presentation && (UCharacter.hasBinaryProperty(first, UProperty.EMOJI)
        || UCharacter.hasBinaryProperty(first, UProperty.EXTENDED_PICTOGRAPHIC))) {
      return 2;
    }
    return sum;
  }

  /** A new grapheme-cluster iterator (extended grapheme clusters, UAX #29). Not thread-safe. */
  static BreakIterator newClusterIterator() {
    return BreakIterator.getCharacterInstance(ULocale.ROOT);
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
    BreakIterator clusters = newClusterIterator();
    clusters.setText(text);
    width = 0;
    int start = 0;
    for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
      width += clusterWidth(text, start, end);
    }
    return width;
  }
}
