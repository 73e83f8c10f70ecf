package dev.caresheet.render.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The Unicode properties the text renderer needs, for every code point, read once from the resource
 * {@code unicode.txt} beside this class.
 *
 * <p>That resource is generated from ICU4J, a test dependency only, by {@code UnicodeTableTest},
 * which fails the build when the resource is not what the build's ICU4J gives (upgrading ICU4J to a
 * new Unicode version means running that test with {@code -Dcaresheet.regenerate=true}). So the
 * renderer ships 30 KB of data instead of ICU's 15 MB jar, and the data is never kept by hand.
 *
 * <p>Each code point has a 16-bit value: the {@link Columns} flags (bits 0–7), its
 * Grapheme_Cluster_Break (bits 8–11, one of the {@code GCB_} values), whether it is
 * Extended_Pictographic (bit 12), whether it is Emoji or Extended_Pictographic (bit 13), and its
 * Indic_Conjunct_Break (bits 14–15, one of the {@code INCB_} values). The resource holds runs: each
 * line gives, in hexadecimal, the first code point of a run and the value of every code point up to
 * the next line's.
 */
final class UnicodeTable {

  /** The {@link Columns} flags of a value. */
  static final int FLAGS = 0xFF;

  static final int GCB_SHIFT = 8;
  static final int GCB_MASK = 0xF;
  static final int GCB_OTHER = 0;
  static final int GCB_CR = 1;
  static final int GCB_LF = 2;
  static final int GCB_CONTROL = 3;
  static final int GCB_EXTEND = 4;
  static final int GCB_ZWJ = 5;
  static final int GCB_REGIONAL_INDICATOR = 6;
  static final int GCB_PREPEND = 7;
  static final int GCB_SPACING_MARK = 8;
  static final int GCB_L = 9;
  static final int GCB_V = 10;
  static final int GCB_T = 11;
  static final int GCB_LV = 12;
  static final int GCB_LVT = 13;

  /** Extended_Pictographic (UTS #51), for the emoji ZWJ sequence rule GB11 of UAX #29. */
  static final int EXTENDED_PICTOGRAPHIC = 1 << 12;

  /**
   * Emoji or Extended_Pictographic: a base that U+FE0F or a ZWJ sequence makes two columns wide.
   */
  static final int EMOJI = 1 << 13;

  static final int INCB_SHIFT = 14;
  static final int INCB_NONE = 0;
  static final int INCB_CONSONANT = 1;
  static final int INCB_EXTEND = 2;
  static final int INCB_LINKER = 3;

  /** The resource, beside this class. */
  static final String RESOURCE = "unicode.txt";

  /** The value of every code point of the Basic and Supplementary Multilingual Planes. */
  private static final char[] LOW = new char[0x20000];

  /** The runs: their first code points, ascending, and their values. */
  private static final int[] STARTS;

  private static final char[] VALUES;

  static {
    int[] starts = new int[8192];
    char[] values = new char[8192];
    int count = 0;
    try (InputStream in = UnicodeTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int space = line.indexOf(' ');
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          values = Arrays.copyOf(values, count * 2);
        }
        starts[count] = Integer.parseInt(line, 0, space, 16);
        values[count] = (char) Integer.parseInt(line, space + 1, line.length(), 16);
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (count == 0 || starts[0] != 0) {
      throw new IllegalStateException(RESOURCE + " does not start at U+0000");
    }
    STARTS = Arrays.copyOf(starts, count);
    VALUES = Arrays.copyOf(values, count);
    for (int r = 0; r < count && STARTS[r] < LOW.length; r++) {
      int end = r + 1 < count ? Math.min(STARTS[r + 1], LOW.length) : LOW.length;
      Arrays.fill(LOW, STARTS[r], end, VALUES[r]);
    }
  }

  private UnicodeTable() {}

  /** The value of a BMP character. */
  static int value(char c) {
    return LOW[c];
  }

  /** The value of a code point (a lone surrogate is a code point here). */
  static int value(int cp) {
    if (cp < LOW.length) {
      return LOW[cp];
    }
    int r = Arrays.binarySearch(STARTS, cp);
    return VALUES[r >= 0 ? r : -r - 2];
  }

  /** The Grapheme_Cluster_Break of a value. */
  static int gcb(int value) {
    return (value >>> GCB_SHIFT) & GCB_MASK;
  }

  /** The Indic_Conjunct_Break of a value. */
  static int incb(int value) {
    return value >>> INCB_SHIFT;
  }
}
