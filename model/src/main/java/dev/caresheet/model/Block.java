package dev.caresheet.model;

import java.util.List;
import java.util.Optional;

/**
 * One block of prose: a {@link Paragraph}, a {@link BulletList}, a {@link NumberedList}, a {@link
 * Subheading}, a {@link Table} or a {@link Figure}. Prose is a {@code List<Block>}: a condition's
 * {@link Condition#description() description}, every part's {@link ListPart#intro() intro} and
 * {@link ListPart#conclusion() conclusion} and a section's {@link Section#body() body}.
 *
 * <p>In JSON and YAML a paragraph is a plain string, exactly as before blocks existed; every other
 * block is an object with one key, its {@link Kind#key() kind's key}: {@code {"list": [...]}},
 * {@code {"numbered": [...]}}, {@code {"subheading": "..."}}, {@code {"table": {...}}}, {@code
 * {"figure": {...}}}. The texts of paragraphs, list items, table cells and captions are inline
 * markup ({@link Inline}); a subheading, a figure's alternative text and credit are plain.
 *
 * <p>Java 17 has no exhaustive switch over a sealed type: switch over {@link #kind()} (an enum,
 * exhaustive in a switch expression) or implement a {@link Visitor}, and the compiler names a kind
 * that is forgotten.
 */
public sealed interface Block permits Paragraph, ListBlock, Subheading, Table, Figure {

  /** The kinds of block, each with the key that names it in JSON and YAML. */
  enum Kind {
    /** A paragraph: a plain string in JSON and YAML. */
    PARAGRAPH(null),
    /** A bullet list: {@code {"list": [item, ...]}}. */
    BULLET_LIST("list"),
    /** A numbered list: {@code {"numbered": [item, ...]}}. */
    NUMBERED_LIST("numbered"),
    /** A subheading: {@code {"subheading": "plain text"}}. */
    SUBHEADING("subheading"),
    /** A table: {@code {"table": {"caption": ..., "header": [...], "rows": [[...], ...]}}}. */
    TABLE("table"),
    /** A figure: {@code {"figure": {"src": ..., "alt": ..., ...}}}. */
    FIGURE("figure");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** {@return the one key of the block's object in JSON and YAML; empty for a paragraph} */
    public Optional<String> key() {
      return Optional.ofNullable(key);
    }

    /**
     * {@return the kind a JSON key names, if any}
     *
     * @param key a block object's key
     */
    public static Optional<Kind> ofKey(String key) {
      for (Kind kind : values()) {
        if (kind.key != null && kind.key.equals(key)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }

    /** {@return the keys of the block objects, in declaration order} */
    public static List<String> keys() {
      return List.of("list", "numbered", "subheading", "table", "figure");
    }
  }

  /**
   * An operation on each kind of block; adding a kind adds a method, so every visitor must handle
   * it.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * {@return the result for a paragraph}
     *
     * @param paragraph the block
     */
    R paragraph(Paragraph paragraph);

    /**
     * {@return the result for a bullet list}
     *
     * @param list the block
     */
    R bulletList(BulletList list);

    /**
     * {@return the result for a numbered list}
     *
     * @param list the block
     */
    R numberedList(NumberedList list);

    /**
     * {@return the result for a subheading}
     *
     * @param subheading the block
     */
    R subheading(Subheading subheading);

    /**
     * {@return the result for a table}
     *
     * @param table the block
     */
    R table(Table table);

    /**
     * {@return the result for a figure}
     *
     * @param figure the block
     */
    R figure(Figure figure);
  }

  /** {@return what kind of block this is} */
  Kind kind();

  /**
   * {@return the visitor's result for this block}
   *
   * @param visitor the operation
   * @param <R> the result type
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * {@return the inline texts of the block, in reading order} A paragraph's text, a list's items, a
   * table's caption, header and cells row by row, a figure's caption. Plain texts (a subheading, a
   * figure's alternative text, credit and licence) are not among them.
   */
  List<String> inlineTexts();

  /**
   * {@return a paragraph}
   *
   * @param text the paragraph's text, inline markup
   */
  static Paragraph paragraph(String text) {
    return Paragraph.of(text);
  }

  /**
   * {@return paragraphs, one per text}
   *
   * @param texts the paragraphs' texts
   */
  static List<Block> paragraphs(List<String> texts) {
    return texts.stream().<Block>map(Paragraph::of).toList();
  }

  /**
   * {@return a bullet list}
   *
   * @param items the items' texts, inline markup, at least one
   */
  static BulletList list(String... items) {
    return BulletList.of(List.of(items));
  }

  /**
   * {@return a numbered list}
   *
   * @param items the items' texts, inline markup, at least one
   */
  static NumberedList numbered(String... items) {
    return NumberedList.of(List.of(items));
  }

  /**
   * {@return a subheading}
   *
   * @param text its plain text
   */
  static Subheading subheading(String text) {
    return Subheading.of(text);
  }
}
