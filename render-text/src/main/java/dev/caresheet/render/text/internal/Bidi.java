package dev.caresheet.render.text.internal;

/**
 * Keeps a text's explicit bidirectional formatting inside the text. A right-to-left override
 * (U+202E) that a text leaves open would reverse whatever the renderer writes after it on the same
 * line — a label, a URL, the next item (the "Trojan Source" trick); in HTML a {@code <bdi>} element
 * stops it, in plain text only closing characters do. Right-to-left text itself needs nothing: it
 * is written in logical order, and the reader's terminal or mail client lays it out.
 */
public final class Bidi {
  private Bidi() {}

  private static final char LRE = '\u202A';
  private static final char RLO = '\u202E';
  private static final char PDF = '\u202C';
  private static final char LRI = '\u2066';
  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';

  /** {@code text} with the closing characters it needs; the same instance if it needs none. */
  public static String close(String text) {
    if (!hasFormatting(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 4);
    appendClosed(out, text);
    return out.length() == text.length() ? text : out.toString();
  }

  private static boolean hasFormatting(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= LRE && c <= PDI) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends {@code text} to {@code out}, followed by a PDF (U+202C) for each embedding or override
   * and a PDI (U+2069) for each isolate that the text's last line leaves open. A line break ends
   * every embedding, so only the last line counts.
   */
  public static void appendClosed(StringBuilder out, String text) {
    out.append(text);
    int n = text.length();
    int i = 0;
    while (i < n && (text.charAt(i) < LRE || text.charAt(i) > PDI)) {
      i++;
    }
    if (i == n) {
      return; // the common case: no directional formatting character at all
    }
    // The stack of open initiators: 'E' for an embedding or override, 'I' for an isolate.
    StringBuilder open = new StringBuilder();
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= LRE && c <= RLO && c != PDF) {
        open.append('E');
      } else if (c == PDF) {
        if (open.length() > 0 && open.charAt(open.length() - 1) == 'E') {
          open.setLength(open.length() - 1); // a PDF never closes across an isolate
        }
      } else if (c >= LRI && c <= FSI) {
        open.append('I');
      } else if (c == PDI) {
        int isolate = open.lastIndexOf("I");
        if (isolate >= 0) {
          open.setLength(isolate); // closes the isolate and every embedding inside it
        }
      } else if ((Columns.flags(c) & Columns.NEWLINE) != 0) {
        open.setLength(0);
      }
    }
    for (int k = open.length() - 1; k >= 0; k--) {
      out.append(open.charAt(k) == 'E' ? PDF : PDI);
    }
  }
}
