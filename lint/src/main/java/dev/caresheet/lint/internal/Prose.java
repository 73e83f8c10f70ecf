package dev.caresheet.lint.internal;

import dev.caresheet.model.Inline;
import dev.caresheet.schema.internal.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The texts of a parsed document, found by walking its tree by JSON pointer, so that whatever shape
 * prose takes (paragraph strings, list blocks) needs no change here: every string is a text, a
 * paragraph when {@link Inline#isInlineField(String)} says it is markup. Each text keeps its plain
 * form (markup removed) and, for each plain character, its index in the source string, so that a
 * finding is located at the exact character through the validator's source map.
 */
public final class Prose {
  private Prose() {}

  /** Strings that are not prose: ids, addresses, dates, codes, and the lint settings. */
  private static final Set<String> NOT_PROSE =
      Set.of(
          "$schema",
          "id",
          "language",
          "url",
          "kind",
          "urgency",
          "published",
          "modified",
          "lastReviewed",
          "nextReview",
          "related",
          "outline",
          "cause",
          "causes",
          "code",
          "reason",
          "stages");

  /**
   * A link's text in a paragraph.
   *
   * @param text the link's text
   * @param start the index in the plain text of its first character
   */
  public record LinkText(String text, int start) {}

  /**
   * One string of the document.
   *
   * @param pointer its JSON pointer
   * @param value the string as the document holds it
   * @param plain its text without markup
   * @param sourceIndex for each character of {@code plain}, its index in {@code value}
   * @param paragraph whether it is a paragraph text (inline markup)
   * @param links the texts of its links
   */
  public record Text(
      String pointer,
      String value,
      String plain,
      int[] sourceIndex,
      boolean paragraph,
      List<LinkText> links) {

    /** The index in {@link #value()} of the plain character at {@code plainIndex}. */
    public int source(int plainIndex) {
      if (sourceIndex.length == 0) {
        return 0;
      }
      return sourceIndex[Math.max(0, Math.min(plainIndex, sourceIndex.length - 1))];
    }

    /** The first reference token of the pointer, such as {@code causes}; or the section. */
    public String part() {
      List<String> tokens = Pointers.tokens(pointer);
      if (tokens.isEmpty()) {
        return "";
      }
      if (tokens.get(0).equals("sections") && tokens.size() > 1) {
        return "/sections/" + tokens.get(1);
      }
      return "/" + tokens.get(0);
    }
  }

  /** Every text of a document's tree, in document order. */
  public static List<Text> of(JsonNode tree) {
    List<Text> texts = new ArrayList<>();
    walk(tree, "", "", texts);
    return texts;
  }

  private static void walk(JsonNode node, String pointer, String name, List<Text> texts) {
    if (node.isObject()) {
      if (pointer.equals("/lint")) {
        return;
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), Pointers.child(pointer, e.getKey()), e.getKey(), texts);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, name, texts);
      }
    } else if (node.isString() && !NOT_PROSE.contains(name)) {
      String value = node.stringValue();
      if (Inline.isInlineField(pointer)) {
        texts.add(paragraph(pointer, value));
      } else {
        texts.add(new Text(pointer, value, value, identity(value.length()), false, List.of()));
      }
    }
  }

  private static Text paragraph(String pointer, String value) {
    Inline inline = Inline.parse(value);
    if (!inline.hasMarkup()) {
      return new Text(pointer, value, value, identity(value.length()), true, List.of());
    }
    StringBuilder plain = new StringBuilder();
    List<Integer> index = new ArrayList<>();
    List<LinkText> links = new ArrayList<>();
    int cursor = 0;
    Inline.Link previous = null;
    StringBuilder linkText = null;
    int linkStart = 0;
    for (Inline.Run run : inline.runs()) {
      Inline.Link link = run.link().orElse(null);
      if (previous != null && link != previous) {
        links.add(new LinkText(linkText.toString(), linkStart));
        linkText = null;
        cursor = Math.max(cursor, previous.targetIndex() + previous.destination().length());
      }
      if (link != null && link != previous) {
        linkText = new StringBuilder();
        linkStart = plain.length();
      }
      String t = run.text();
      int found = value.indexOf(t, cursor);
      if (found >= 0) {
        for (int k = 0; k < t.length(); k++) {
          index.add(found + k);
        }
        cursor = found + t.length();
      } else {
        // Escaped characters: match each one at the next place it occurs.
        for (int k = 0; k < t.length(); k++) {
          int j = value.indexOf(t.charAt(k), cursor);
          int at = j >= 0 ? j : Math.min(cursor, value.length() - 1);
          index.add(at);
          cursor = j >= 0 ? j + 1 : cursor;
        }
      }
      plain.append(t);
      if (linkText != null) {
        linkText.append(t);
      }
      previous = link;
    }
    if (previous != null && linkText != null) {
      links.add(new LinkText(linkText.toString(), linkStart));
    }
    int[] sourceIndex = new int[index.size()];
    for (int i = 0; i < sourceIndex.length; i++) {
      sourceIndex[i] = index.get(i);
    }
    return new Text(pointer, value, plain.toString(), sourceIndex, true, List.copyOf(links));
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }
}
