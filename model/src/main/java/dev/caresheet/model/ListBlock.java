package dev.caresheet.model;

import java.util.List;

/** A list block, bulleted ({@link BulletList}) or numbered ({@link NumberedList}). */
public sealed interface ListBlock extends Block permits BulletList, NumberedList {

  /** {@return the items' texts, inline markup, at least one} */
  List<String> items();

  @Override
  default List<String> inlineTexts() {
    return items();
  }
}
