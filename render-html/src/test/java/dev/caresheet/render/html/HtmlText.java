package dev.caresheet.render.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text content of parsed HTML as the no-loss property compares it: {@code <br>} is a line feed,
 * every other element boundary is a marker that no content string contains (so that a string cannot
 * match across two elements), scripts are skipped, and runs of ASCII white space become one space,
 * in the content strings as in the page.
 */
final class HtmlText {
  private HtmlText() {}

  /** Marks an element boundary: a private-use character the generators never produce. */
  static final char BOUNDARY = '\uE000';

  static String of(Element root) {
    StringBuilder sb = new StringBuilder();
    append(root, sb);
    return normalize(sb.toString());
  }

  private static void append(Node node, StringBuilder sb) {
    if (node instanceof TextNode text) {
      sb.append(text.getWholeText());
    } else if (node instanceof Element element) {
      if (element.nameIs("br")) {
        sb.append('\n');
      } else if (element.nameIs("img")) {
        // What a screen reader says for an image: its alternative text.
        sb.append(BOUNDARY).append(element.attr("alt")).append(BOUNDARY);
      } else if (!element.nameIs("script")) {
        sb.append(BOUNDARY);
        for (Node child : element.childNodes()) {
          append(child, sb);
        }
        sb.append(BOUNDARY);
      }
    }
  }

  /** Collapses runs of ASCII white space (as HTML does) into one space. */
  static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space = true;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    if (space) {
      sb.append(' ');
    }
    return sb.toString();
  }

  /**
   * The index of the first expected string that is not found, in order, in the text; -1 if all are.
   * Strings are matched as substrings, each after the end of the one before.
   */
  static int firstMissing(String text, List<String> expected) {
    int from = 0;
    for (int i = 0; i < expected.size(); i++) {
      String wanted = normalize(expected.get(i));
      int at = text.indexOf(wanted, from);
      if (at < 0) {
        return i;
      }
      from = at + wanted.length();
    }
    return -1;
  }
}
