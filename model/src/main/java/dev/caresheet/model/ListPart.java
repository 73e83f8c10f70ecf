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

  /** {@return paragraphs before the items} */
  List<String> intro();

  @Override
  List<Callout> callouts();

  /** {@return the items, in the document's order; empty for a part that is prose only} */
  List<T> items();

  /** {@return paragraphs after the items} */
  List<String> conclusion();

  /** {@return how the items are shown: the {@link PartKind#listStyle() declared style} of the kind} */
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
}
