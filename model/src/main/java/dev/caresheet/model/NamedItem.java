package dev.caresheet.model;

import java.util.Optional;

/**
 * An item of a list part that is a name with an optional description: a cause, a trigger, a
 * symptom, a test, a complication… Renderers and rules treat every such item alike unless a part
 * renderer for its own type is registered.
 */
public interface NamedItem {

  /** {@return the item as a reader would name it: a short text, shown as the item's heading} */
  String name();

  /** {@return what the item is, in more detail} */
  Optional<String> description();
}
