package dev.caresheet.render.text.internal;

import static dev.caresheet.render.text.internal.UnicodeTable.EXTENDED_PICTOGRAPHIC;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_CONTROL;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_CR;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_EXTEND;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_L;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_LF;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_LV;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_LVT;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_PREPEND;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_REGIONAL_INDICATOR;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_SPACING_MARK;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_T;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_V;
import static dev.caresheet.render.text.internal.UnicodeTable.GCB_ZWJ;
import static dev.caresheet.render.text.internal.UnicodeTable.INCB_CONSONANT;
import static dev.caresheet.render.text.internal.UnicodeTable.INCB_EXTEND;
import static dev.caresheet.render.text.internal.UnicodeTable.INCB_LINKER;

/**
 * Extended grapheme clusters (UAX #29, Unicode 15.1 and later, with the Indic conjunct rule GB9c),
 * over the properties of {@link UnicodeTable}.
 *
 * <p>{@link #next} scans forward from a cluster boundary. Every rule that looks back (GB9c, GB11,
 * GB12 and GB13) looks back only within the cluster being scanned, so the scan carries that state
 * with it and never reads before {@code start}. {@code UnicodeTableTest} checks it against ICU's
 * character break iterator on every sequence of up to four property classes and on random longer
 * ones. Lone surrogates are code points of class Control, as in ICU.
 *
 * <p>Thread-safe: stateless.
 */
final class Graphemes {

  private Graphemes() {}

  /**
   * The end of the grapheme cluster that starts at {@code start}, which must be a cluster boundary
   * (the start of the text, or the end of a cluster) and less than {@code limit}; the cluster ends
   * at {@code limit} at the latest.
   */
  static int next(CharSequence text, int start, int limit) {
    int cp = codePointAt(text, start, limit);
    int i = start + Character.charCount(cp);
    int value = UnicodeTable.value(cp);
    int previous = UnicodeTable.gcb(value);
    // GB11: 1 after Extended_Pictographic Extend*, 2 after Extended_Pictographic Extend* ZWJ.
    int emoji = (value & EXTENDED_PICTOGRAPHIC) != 0 ? 1 : 0;
    // GB9c: 1 after InCB=Consonant [Extend Linker]*, 2 once a Linker is among them.
    int conjunct = UnicodeTable.incb(value) == INCB_CONSONANT ? 1 : 0;
    // GB12, GB13: regional indicators in a row at the end of the cluster so far.
    int indicators = previous == GCB_REGIONAL_INDICATOR ? 1 : 0;
    while (i < limit) {
      cp = codePointAt(text, i, limit);
      value = UnicodeTable.value(cp);
      int gcb = UnicodeTable.gcb(value);
      int incb = UnicodeTable.incb(value);
      if (!joins(previous, gcb, incb, value, emoji, conjunct, indicators)) {
        break;
      }
      i += Character.charCount(cp);
      if ((value & EXTENDED_PICTOGRAPHIC) != 0) {
        emoji = 1;
      } else if (emoji == 1 && gcb == GCB_ZWJ) {
        emoji = 2;
      } else if (!(emoji == 1 && gcb == GCB_EXTEND)) {
        emoji = 0;
      }
      if (incb == INCB_CONSONANT) {
        conjunct = 1;
      } else if (conjunct > 0 && incb == INCB_LINKER) {
        conjunct = 2;
      } else if (incb != INCB_EXTEND) {
        conjunct = 0;
      }
      indicators = gcb == GCB_REGIONAL_INDICATOR ? indicators + 1 : 0;
      previous = gcb;
    }
    return i;
  }

  /** Whether no boundary lies between a character of class {@code previous} and the next. */
  private static boolean joins(
      int previous, int gcb, int incb, int value, int emoji, int conjunct, int indicators) {
    if (previous == GCB_CR && gcb == GCB_LF) {
      return true; // GB3
    }
    if (previous == GCB_CONTROL
        || previous == GCB_CR
        || previous == GCB_LF
        || gcb == GCB_CONTROL
        || gcb == GCB_CR
        || gcb == GCB_LF) {
      return false; // GB4, GB5
    }
    if (previous == GCB_L && (gcb == GCB_L || gcb == GCB_V || gcb == GCB_LV || gcb == GCB_LVT)) {
      return true; // GB6
    }
    if ((previous == GCB_LV || previous == GCB_V) && (gcb == GCB_V || gcb == GCB_T)) {
      return true; // GB7
    }
    if ((previous == GCB_LVT || previous == GCB_T) && gcb == GCB_T) {
      return true; // GB8
    }
    if (gcb == GCB_EXTEND || gcb == GCB_ZWJ || gcb == GCB_SPACING_MARK || previous == GCB_PREPEND) {
      return true; // GB9, GB9a, GB9b
    }
    if (conjunct == 2 && incb == INCB_CONSONANT) {
      return true; // GB9c
    }
    if (emoji == 2 && previous == GCB_ZWJ && (value & EXTENDED_PICTOGRAPHIC) != 0) {
      return true; // GB11
    }
    // GB12, GB13: regional indicators pair up; GB999 otherwise.
    return previous == GCB_REGIONAL_INDICATOR
        && gcb == GCB_REGIONAL_INDICATOR
        && indicators % 2 == 1;
  }

  /** The code point at {@code i}, a surrogate pair only if both halves lie before {@code limit}. */
  private static int codePointAt(CharSequence text, int i, int limit) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < limit) {
      char d = text.charAt(i + 1);
      if (Character.isLowSurrogate(d)) {
        return Character.toCodePoint(c, d);
      }
    }
    return c;
  }
}
