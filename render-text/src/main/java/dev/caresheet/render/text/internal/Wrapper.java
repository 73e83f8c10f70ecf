package dev.caresheet.render.text.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Breaks text into lines no wider than a number of terminal columns ({@link Columns}), greedily
 * (first fit), keeping the text's own line breaks, and streams the lines to a {@link Sink}.
 *
 * <p><b>Where a line may break.</b> At white space (space, tab, the Unicode spaces that are not
 * no-break spaces), which is dropped at the break and written as one space elsewhere; after a zero
 * width space; and between two ideographic grapheme clusters (Unicode Line_Break ID, EB, EM or RI:
 * Han, kana, pictographic emoji, flags), because Chinese and Japanese are written without spaces.
 * Nowhere else: not after hyphens or slashes (so that URLs, drug names and numbers stay whole), not
 * inside a grapheme cluster, and not between Hangul syllables (Korean is written with spaces, and
 * "keep-all" is the preferred Korean style). Thai, Lao, Khmer and Myanmar, written without spaces,
 * break only where the text has a space or a zero width space: dictionary breaking is left out.
 *
 * <p><b>Words wider than the line</b> are never hard-wrapped: such a word stands alone on a line
 * that is wider than the width. A medical term or a URL cut in two is worse than a long line, and a
 * cut through a URL breaks it for a mail client's link detection and for copy and paste.
 *
 * <p><b>Speed.</b> One pass over the text. Characters that cannot join a neighbour into one
 * grapheme cluster (all of ASCII, Latin, Cyrillic, Greek, CJK ideographs, precomposed Hangul) are
 * classified by a table lookup each; the grapheme cluster rules run only from the characters that
 * can (combining marks, surrogate pairs, joiners). Text goes straight to the sink's output, without
 * an intermediate line buffer.
 *
 * <p>Control characters and lone surrogates are written as U+FFFD, so that no escape sequence in
 * content ever reaches a terminal. Not thread-safe: one per writer.
 */
public final class Wrapper {

  /** Where the lines go. */
  public interface Sink {
    /** The columns available to the next line. */
    int available();

    /** Starts a line that has content, writing its indentation; returns where its text goes. */
    Appendable startLine() throws IOException;

    /** Ends the line started last, which took {@code columns} columns. */
    void endLine(int columns) throws IOException;

    /** Takes an empty line of the text. */
    void emptyLine() throws IOException;
  }

  // The text being wrapped.
  private String text = "";
  private boolean breakIdeographs;
  private @Nullable Sink sink;

  // The output line being filled: where its text goes once started, its columns so far, whether
  // anything was placed on it, and white space placed at its end but not yet written (dropped if
  // the line ends there, so that no line ends with white space).
  private @Nullable Appendable out;
  private int lineColumns;
  private int available;
  private boolean placed;
  private final StringBuilder pending = new StringBuilder();
  private int pendingColumns;

  // Text placed on the line but not yet written: text[runStart, runEnd), or none if runStart < 0.
  // Consecutive words that the source separates by exactly what the line needs (one space, or
  // nothing) are written with one append: a line is usually one append, not one per word.
  private int runStart = -1;
  private int runEnd;

  /**
   * Wraps {@code text}, passing its lines to {@code sink}.
   *
   * @param breakIdeographs whether a line may break between ideographs and after a zero width
   *     space; {@code false} keeps a URL whole
   */
  public void wrap(String text, boolean breakIdeographs, Sink sink) throws IOException {
    this.text = text;
    this.breakIdeographs = breakIdeographs;
    this.sink = sink;
    try {
      wrap();
    } finally {
      this.text = "";
      this.sink = null;
      this.out = null;
    }
  }

  private static final int SPECIAL =
      Columns.NEWLINE | Columns.SPACE | Columns.COMPLEX | Columns.BREAK_AFTER | Columns.IDEOGRAPHIC;

  private void wrap() throws IOException {
    String text = this.text;
    int n = text.length();
    // The loop looks at every character: an array spares String.charAt's checks of the coder and
    // the index at each one.
    char[] chars = text.toCharArray();
    beginLine();
    boolean space = false; // white space since the last word
    int word = -1; // the start of the open word, or -1
    int wordColumns = 0;
    int wordFlags = 0;
    boolean wordSpace = false; // whether white space came before the open word
    int previous = 0; // the flags of the word's last cluster
    int i = 0;
    int f = n > 0 ? Columns.flags(chars[0]) : 0; // the flags of the cluster at i
    while (i < n) {
      // The grapheme cluster text[i, next), its flags f, and the flags nf of the character at next.
      int next = i + 1;
      int nf = next < n ? Columns.flags(chars[next]) : 0;
      if (((f | nf) & Columns.COMPLEX) != 0) {
        // i is a cluster boundary: the text's start or the end of the cluster before. A cluster
        // never holds a line break but CR LF, whose characters are not COMPLEX.
        next = Columns.nextCluster(text, i, n);
        if (next - i > 1) {
          f = clusterFlags(i, next);
        }
        nf = next < n ? Columns.flags(chars[next]) : 0;
      }
      if ((f & SPECIAL) == 0) {
        // The common case: a cluster inside a word.
        if (word < 0) {
          word = i;
          wordColumns = 0;
          wordFlags = 0;
          wordSpace = space;
          space = false;
        }
        wordColumns += f & Columns.WIDTH;
        wordFlags |= f;
        previous = f;
      } else if ((f & Columns.NEWLINE) != 0) {
        if (word >= 0) {
          place(word, i, wordColumns, wordSpace, wordFlags);
          word = -1;
        }
        endLine();
        space = false;
        if (chars[i] == '\r' && next < n && chars[next] == '\n') {
          next++;
          nf = next < n ? Columns.flags(chars[next]) : 0;
        }
        beginLine();
        if (next >= n) {
          endLine(); // a text ending in a line break ends with an empty line
          return;
        }
      } else if ((f & Columns.SPACE) != 0) {
        if (word >= 0) {
          place(word, i, wordColumns, wordSpace, wordFlags);
          word = -1;
        }
        space = true;
      } else {
        // An ideograph, a zero width space or a cluster of several characters: a line may break
        // between two ideographs and after a zero width space.
        if (word >= 0 && breakIdeographs && (f & previous & Columns.IDEOGRAPHIC) != 0) {
          place(word, i, wordColumns, wordSpace, wordFlags);
          word = -1;
        }
        if (word < 0) {
          word = i;
          wordColumns = 0;
          wordFlags = 0;
          wordSpace = space;
          space = false;
        }
        wordColumns += f & Columns.WIDTH;
        wordFlags |= f;
        previous = f;
        if ((f & Columns.BREAK_AFTER) != 0 && breakIdeographs) {
          place(word, next, wordColumns, wordSpace, wordFlags);
          word = -1;
        }
      }
      i = next;
      f = nf;
    }
    if (word >= 0) {
      place(word, n, wordColumns, wordSpace, wordFlags);
    }
    endLine();
  }

  /** The flags of the cluster {@code text[start, end)} of more than one character. */
  private int clusterFlags(int start, int end) {
    int cp = Character.codePointAt(text, start);
    int flags = Columns.flags(cp);
    if (Character.charCount(cp) != end - start) {
      // Several code points: only the first one's line-breaking class counts, so that a space
      // carrying a combining mark is part of a word, not a break.
      flags &= Columns.IDEOGRAPHIC;
    }
    return (flags & ~Columns.WIDTH) | Columns.clusterWidth(text, start, end);
  }

  private void beginLine() throws IOException {
    out = null;
    runStart = -1;
    lineColumns = 0;
    placed = false;
    pending.setLength(0);
    pendingColumns = 0;
    available = sink().available();
  }

  private void endLine() throws IOException {
    if (out != null) {
      flushRun();
      sink().endLine(lineColumns);
    } else {
      sink().emptyLine();
    }
    out = null;
  }

  /**
   * Places the unbreakable run {@code text[start, end)} on the current line, after a space if
   * {@code spaceBefore}, or on a new line if it does not fit.
   */
  private void place(int start, int end, int columns, boolean spaceBefore, int flags)
      throws IOException {
    int space = placed && spaceBefore ? 1 : 0;
    if (placed && lineColumns + pendingColumns + space + columns > available) {
      endLine();
      beginLine();
      space = 0;
    }
    placed = true;
    // White space at the run's end (a no-break space) waits until something follows it.
    int k = end;
    while (k > start && isWhiteSpace(text.charAt(k - 1))) {
      k--;
    }
    if (k == start) {
      if (space == 1) {
        pending.append(' ');
      }
      pending.append(text, start, end);
      pendingColumns += space + columns;
      return;
    }
    Appendable out = this.out;
    if (out == null) {
      out = sink().startLine();
      this.out = out;
    }
    if (pending.length() > 0) {
      flushRun();
      out.append(pending);
      lineColumns += pendingColumns;
      pending.setLength(0);
      pendingColumns = 0;
    }
    if ((flags & Columns.REPLACE) != 0) {
      flushRun();
      if (space == 1) {
        out.append(' ');
      }
      appendSanitized(out, start, k);
    } else if (runStart >= 0
        && (space == 0 ? start == runEnd : start == runEnd + 1 && text.charAt(runEnd) == ' ')) {
      runEnd = k;
    } else {
      flushRun();
      if (space == 1) {
        out.append(' ');
      }
      runStart = start;
      runEnd = k;
    }
    lineColumns += space + columns - (end - k);
    if (k < end) {
      pending.append(text, k, end);
      pendingColumns += end - k;
    }
  }

  private void flushRun() throws IOException {
    if (runStart >= 0) {
      Appendable out = this.out;
      if (out == null) {
        throw new IllegalStateException("no line started");
      }
      // A substring, not append(text, start, end): StringBuilder copies a String's array at once
      // but a CharSequence's range one character at a time.
      out.append(text.substring(runStart, runEnd));
      runStart = -1;
    }
  }

  private void appendSanitized(Appendable out, int start, int end) throws IOException {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < end
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if ((Columns.flags(c) & Columns.REPLACE) != 0) {
        out.append(Columns.REPLACEMENT);
      } else {
        out.append(c);
      }
    }
  }

  /** White space that does not break (a no-break space): still white space at a line's end. */
  private static boolean isWhiteSpace(char c) {
    return c > 0x7F && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private Sink sink() {
    Sink s = sink;
    if (s == null) {
      throw new IllegalStateException("not wrapping");
    }
    return s;
  }
}
