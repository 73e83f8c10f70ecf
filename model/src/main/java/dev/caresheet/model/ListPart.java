package dev.caresheet.model;

import java.util.List;
import java.util.Optional;

/**
 * A typed part of a condition that is a list of items (causes, first-aid steps, symptoms…), with
 * the prose an article puts around such a list: an optional heading that overrides the default
 * label, callouts, intro paragraphs before the items and concluding paragraphs after them.
 *
 * <p>A part may also be prose only, an intro with no items: "The cause of X is not known" is a
 * valid causes part. It must say something: items or an intro.
 *
 * @param <T> the item type, the {@link PartKind#itemType() item type} of its kind
 */
public interface ListPart<T> extends Part {

  /** A heading that replaces the default label of this part ("Causes of night-time cramps"). */
  @Override
  Optional<String> heading();

  /** {@return the prose before the items: paragraphs and other blocks} */
  List<Block> intro();

  @Override
  List<Callout> callouts();

  /** {@return the items, in the document's order; empty for a part that is prose only} */
  List<T> items();

  /** {@return the prose after the items: paragraphs and other blocks} */
  List<Block> conclusion();

  /**
   * {@return how the items are shown: the {@link PartKind#listStyle() declared style} of the kind}
   */
  default ListStyle listStyle() {
    return kind().listStyle();
  }

  /** {@return whether the part says anything: items or an intro. Every valid part does} */
  default boolean hasContent() {
    return !items().isEmpty() || !intro().isEmpty();
  }

  @Override
  default String key() {
    return kind().key().orElseThrow();
  }

  /**
   * What every list part's builder can do besides its generated methods: take paragraphs of the
   * intro and the conclusion as plain texts.
   *
   * @param <B> the builder's own type
   */
  interface ProseBuilder<B extends ProseBuilder<B>> {
    /**
     * {@return this builder} Adds a block to the intro.
     *
     * @param block the block
     */
    B addIntro(Block block);

    /**
     * {@return this builder} Adds a block to the conclusion.
     *
     * @param block the block
     */
    B addConclusion(Block block);

    /**
     * {@return this builder} Adds paragraphs to the intro.
     *
     * @param paragraphs the paragraphs' texts, inline markup
     */
    @SuppressWarnings("unchecked")
    default B addIntro(String... paragraphs) {
      for (String p : paragraphs) {
        addIntro(Block.paragraph(p));
      }
      return (B) this;
    }

    /**
     * {@return this builder} Adds paragraphs to the conclusion.
     *
     * @param paragraphs the paragraphs' texts, inline markup
     */
    @SuppressWarnings("unchecked")
    default B addConclusion(String... paragraphs) {
      for (String p : paragraphs) {
        addConclusion(Block.paragraph(p));
      }
      return (B) this;
    }
  }
}
