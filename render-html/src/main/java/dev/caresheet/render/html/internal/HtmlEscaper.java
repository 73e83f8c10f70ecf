package dev.caresheet.render.html.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * How {@link dev.caresheet.render.html.HtmlWriter} escapes (what it may write is {@link
 * HtmlPolicy}'s):
 *
 * <ul>
 *   <li>text: {@code & < >} as character references; attribute values also {@code "} (they are
 *       always double-quoted);
 *   <li>characters that may not appear in an HTML document (controls other than white space,
 *       noncharacters, lone surrogates) as U+FFFD;
 *   <li>in a JSON-LD script, every {@code < > &}, U+2028, U+2029 and every character not allowed in
 *       HTML as a {@code \\uXXXX} JSON escape, so nothing in it can end the script or start a
 *       comment, and valid JSON keeps its meaning.
 * </ul>
 *
 * <p>Every method appends to an {@link Appendable}, runs of unescaped characters at once.
 */
public final class HtmlEscaper {
  private HtmlEscaper() {}

  /**
   * The ASCII characters that text and attribute values write as they are: printable, and none of
   * {@code & < > "}. (Text keeps {@code "}, which {@link #escape} checks.)
   */
  private static final boolean[] PLAIN_ASCII = new boolean[128];

  static {
    for (char c = 0x20; c < 0x7F; c++) {
      PLAIN_ASCII[c] = c != '&' && c != '<' && c != '>' && c != '"';
    }
  }

  /**
   * Appends text, escaped.
   *
   * @param s the text
   * @param out where it goes
   * @param breaks whether a line feed is written as {@code <br>} (else it stays a line feed)
   * @throws IOException if {@code out} fails
   */
  public static void text(String s, Appendable out, boolean breaks) throws IOException {
    escape(s, out, false, breaks);
  }

  /**
   * Appends an attribute value, escaped for a double-quoted value.
   *
   * @param s the value
   * @param out where it goes
   * @throws IOException if {@code out} fails
   */
  public static void attribute(String s, Appendable out) throws IOException {
    escape(s, out, true, false);
  }

  private static void escape(String s, Appendable out, boolean attribute, boolean breaks)
      throws IOException {
    int n = s.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      // Fast path, nearly every character of real text: plain ASCII, or a BMP character from
      // U+00A0 up to the surrogates (Latin, Cyrillic, Greek, CJK, punctuation such as ’ “ –),
      // none of which is escaped or replaced.
      if (c < 0x80 ? PLAIN_ASCII[c] : c >= 0xA0 && c < 0xD800) {
        continue;
      }
      String replacement = null;
      int skip = 1;
      if (c >= 0x20 && c < 0x7F) {
        switch (c) {
          case '&' -> replacement = "&amp;";
          case '<' -> replacement = "&lt;";
          case '>' -> replacement = "&gt;";
          case '"' -> replacement = attribute ? "&quot;" : null;
          default -> replacement = null;
        }
      } else if (c == '\n') {
        replacement = breaks ? "<br>" : null;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        char low = s.charAt(i + 1);
        if (low == '\uDFFE' || low == '\uDFFF') {
          replacement = "\uFFFD";
          skip = 2;
        } else {
          i++;
          continue;
        }
      } else if (isForbidden(c) || Character.isSurrogate(c)) {
        replacement = "\uFFFD";
      }
      if (replacement != null) {
        appendRange(s, run, i, out);
        out.append(replacement);
        run = i + skip;
        i += skip - 1;
      }
    }
    appendRange(s, run, n, out);
  }

  /**
   * Appends a JSON document for a {@code <script type="application/ld+json">} data block, with
   * every {@code <}, {@code >}, {@code &}, U+2028, U+2029 and character not allowed in HTML as a
   * {@code \\uXXXX} escape. In valid JSON those characters occur only inside strings, where the
   * escape means the same character.
   *
   * @param json a JSON document
   * @param out where it goes
   * @throws IOException if {@code out} fails
   */
  public static void json(String json, Appendable out) throws IOException {
    int n = json.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = json.charAt(i);
      boolean escape;
      if (c >= 0x20 && c < 0x7F) {
        escape = c == '<' || c == '>' || c == '&';
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(json.charAt(i + 1))) {
        char low = json.charAt(i + 1);
        if (low == '\uDFFE' || low == '\uDFFF') {
          appendRange(json, run, i, out);
          jsonEscape(c, out);
          jsonEscape(low, out);
          run = i + 2;
        }
        i++;
        continue;
      } else {
        escape = c == '\u2028' || c == '\u2029' || isForbidden(c) || Character.isSurrogate(c);
      }
      if (escape) {
        appendRange(json, run, i, out);
        jsonEscape(c, out);
        run = i + 1;
      }
    }
    appendRange(json, run, n, out);
  }

  /**
   * Whether a character may not appear in an HTML document: a control other than ASCII white space,
   * or a BMP noncharacter. (Astral noncharacters and lone surrogates are handled where surrogates
   * are.)
   */
  private static boolean isForbidden(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }
    if (c < 0x7F) {
      return false;
    }
    return c <= 0x9F || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF;
  }

  private static void jsonEscape(char c, Appendable out) throws IOException {
    out.append('\\')
        .append('u')
        .append(hex(c >> 12))
        .append(hex(c >> 8))
        .append(hex(c >> 4))
        .append(hex(c));
  }

  private static char hex(int nibble) {
    return "0123456789abcdef".charAt(nibble & 0xF);
  }

  private static void appendRange(String s, int from, int to, Appendable out) throws IOException {
    if (from >= to) {
      return;
    }
    if (out instanceof Writer) {
      ((Writer) out).write(s, from, to - from);
    } else if (from == 0 && to == s.length()) {
      // A whole text, the usual case: append(String) copies arrays, while append(CharSequence,
      // int, int) copies one character at a time.
      out.append(s);
    } else {
      out.append(s, from, to);
    }
  }
}
