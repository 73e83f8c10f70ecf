package dev.caresheet.render.text.internal;

import com.ibm.icu.text.BreakIterator;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Breaks text into lines no wider than a number of terminal columns ({@link Columns}), greedily
 * (first fit), keeping the text's own line breaks.
 *
 * <p><b>Where a line may break.</b> At white space (space, tab, the Unicode spaces that are not
 * no-break spaces), which is dropped at the break and written as one space elsewhere; after a zero
 * width space; and between two ideographic grapheme clusters (Unicode Line_Break ID, EB, EM
 * or RI: Han, kana, pictographic emoji, flags), because Chinese and Japanese are written without spaces.
 * Nowhere else: not after hyphens or slashes (so that URLs, drug names and numbers stay whole), not
 * inside a grapheme cluster, and not between Hangul syllables (Korean is written with spaces, and
 * "keep-all" is the preferred Korean style). Thai, Lao, Khmer and Myanmar, written without spaces,
 * break only where the text has a space or a zero width space: dictionary breaking is left out.
 *
 * <p><b>Words wider than the line</b> are never hard-wrapped: such a word stands alone on a line
 * that is wider than the width. A medical term or a URL cut in two is worse than a long line, and a
 * cut through a URL breaks it for a mail client's link detection and for copy and paste.
 *
 * <p>Control characters and lone surrogates are written as U+FFFD, so that no escape sequence in
 * content ever reaches a terminal. Not thread-safe: one per writer.
 */
public final class Wrapper {

  /** Where the lines go. */
  public interface Sink {
    /** The columns available to the next line. */
    int available();

    /**
     * Takes one line: no line break, no leading or trailing white space; empty for an empty line
     * of the text.
     */
    void line(CharSequence content, int columns) throws IOException;
  }

  private final StringBuilder line = new StringBuilder(128);
  private @Nullable BreakIterator clusters;

  // The text being wrapped, and whether the cluster iterator has been given it.
  private String text = "";
  private boolean iteratorHasText;
  private boolean breakIdeographs;
  private @Nullable Sink sink;

  // The output line being filled.
  private int lineColumns;
  private int available;

  // The atom (unbreakable run of clusters) being collected; atomStart < 0 when there is none.
  private int atomStart = -1;
  private int atomEnd;
  private int atomColumns;
  private boolean atomSpaceBefore;
  private boolean atomSanitize;
  private int lastClusterFlags;

  /**
   * Wraps {@code text}, passing each line to {@code sink}.
   *
   * @param breakIdeographs whether a line may break between ideographs; {@code false} keeps a URL
   *     whole
   */
  public void wrap(String text, boolean breakIdeographs, Sink sink) throws IOException {
    this.text = text;
    this.iteratorHasText = false;
    this.breakIdeographs = breakIdeographs;
    this.sink = sink;
    try {
      int n = text.length();
      int start = 0;
      while (true) {
        int end = start;
        boolean complex = false;
        int f = 0;
        while (end < n && ((f = Columns.flags(text.charAt(end))) & Columns.NEWLINE) == 0) {
          complex |= (f & Columns.COMPLEX) != 0;
          end++;
        }
        wrapLine(start, end, complex);
        if (end >= n) {
          break;
        }
        start = end + 1;
        if (text.charAt(end) == '\r' && start < n && text.charAt(start) == '\n') {
          start++;
        }
        if (start >= n) {
          emit(); // a text ending in a line break ends with an empty line
          break;
        }
      }
    } finally {
      this.text = "";
      this.sink = null;
      if (clusters != null && iteratorHasText) {
        clusters.setText("");
      }
    }
  }

  private void wrapLine(int start, int end, boolean complex) throws IOException {
    line.setLength(0);
    lineColumns = 0;
    available = sink().available();
    atomStart = -1;
    boolean space = false;
    if (!complex) {
      // Fast path: every character is a grapheme cluster of its own.
      for (int i = start; i < end; i++) {
        space = cluster(i, i + 1, Columns.flags(text.charAt(i)), space);
      }
    } else {
      BreakIterator it = clusterIterator();
      int i = start;
      while (i < end) {
        int next = it.current() == i ? it.next() : it.following(i);
        if (next == BreakIterator.DONE || next > end) {
          next = end;
        }
        int flags;
        if (next - i == 1) {
          flags = Columns.flags(text.charAt(i));
        } else {
          int cp = Character.codePointAt(text, i);
          flags = Columns.flags(cp);
          if (Character.charCount(cp) != next - i) {
            // Several code points: only the first one's line-breaking class counts, so that a
            // space carrying a combining mark is part of a word, not a break.
            flags &= Columns.IDEOGRAPHIC;
          }
          flags = (flags & ~Columns.WIDTH) | Columns.clusterWidth(text, i, next);
        }
        space = cluster(i, next, flags, space);
        i = next;
      }
    }
    if (atomStart >= 0) {
      placeAtom();
    }
    emit();
  }

  /** Takes one grapheme cluster; returns whether white space is pending before the next atom. */
  private boolean cluster(int start, int end, int flags, boolean space) throws IOException {
    if ((flags & Columns.SPACE) != 0) {
      if (atomStart >= 0) {
        placeAtom();
      }
      return true;
    }
    if (atomStart >= 0 && breakIdeographs
        && (flags & lastClusterFlags & Columns.IDEOGRAPHIC) != 0) {
      placeAtom();
    }
    if (atomStart < 0) {
      atomStart = start;
      atomColumns = 0;
      atomSpaceBefore = space;
      atomSanitize = false;
      space = false;
    }
    atomEnd = end;
    atomColumns += flags & Columns.WIDTH;
    atomSanitize |= (flags & Columns.REPLACE) != 0;
    lastClusterFlags = flags;
    if ((flags & Columns.BREAK_AFTER) != 0 && breakIdeographs) {
      placeAtom();
    }
    return space;
  }

  private void placeAtom() throws IOException {
    boolean content = line.length() > 0;
    int needed = atomColumns + (content && atomSpaceBefore ? 1 : 0);
    if (content && lineColumns + needed > available) {
      emit();
      available = sink().available();
      content = false;
      needed = atomColumns;
    }
    if (content && atomSpaceBefore) {
      line.append(' ');
    }
    if (atomSanitize) {
      appendSanitized(atomStart, atomEnd);
    } else {
      line.append(text, atomStart, atomEnd);
    }
    lineColumns += needed;
    atomStart = -1;
  }

  private void appendSanitized(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
        line.append(c).append(text.charAt(++i));
      } else if ((Columns.flags(c) & Columns.REPLACE) != 0) {
        line.append(Columns.REPLACEMENT);
      } else {
        line.append(c);
      }
    }
  }

  private void emit() throws IOException {
    // White space that does not break (no-break space) is still white space at a line's end.
    int end = line.length();
    while (end > 0 && isWhiteSpace(line.charAt(end - 1))) {
      end--;
      lineColumns -= 1;
    }
    line.setLength(end);
    sink().line(line, Math.max(lineColumns, 0));
    line.setLength(0);
    lineColumns = 0;
  }

  private static boolean isWhiteSpace(char c) {
    return c == ' ' || c > 0x7F && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private BreakIterator clusterIterator() {
    BreakIterator it = clusters;
    if (it == null) {
      it = Columns.newClusterIterator();
      clusters = it;
    }
    if (!iteratorHasText) {
      it.setText(text);
      iteratorHasText = true;
    }
    return it;
  }

  private Sink sink() {
    Sink s = sink;
    if (s == null) {
      throw new IllegalStateException("not wrapping");
    }
    return s;
  }
}
