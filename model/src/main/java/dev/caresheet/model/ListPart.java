package dev.caresheet.model;

import java.util.List;
import java.util.Optional;

/**
 * A typed part of a condition that is a list of items (causes, first-aid steps, prevention
 * measures…), with the prose an article puts around such a list: an optional heading that
 * overrides the default label, callouts, intro paragraphs before the items and concluding
 * paragraphs after them.
 *
 * @param <T> the item type
 */
public interface ListPart<T> extends Part {

  /** A heading that replaces the default label of this part ("Causes of night-time cramps"). */
  @Override
  Optional<String> heading();

  /**
   * Paragraphs before the items.
   *
   * @return the paragraphs, possibly none
   */
  List<String> intro();

  @Override
  List<Callout> callouts();

  /** {@return the items, at least one, in the document's order} */
  List<T> items();

  /**
   * Paragraphs after the items.
   *
   * @return the paragraphs, possibly none
   */
  List<String> conclusion();

  @Override
  default String key() {
    return kind().key().orElseThrow();
  }

}
