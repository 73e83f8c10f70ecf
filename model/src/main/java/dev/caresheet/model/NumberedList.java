package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;

/** A numbered list of prose: {@code {"numbered": [item, ...]}} in JSON and YAML. */
@Value.Immutable
@CaresheetStyle
public abstract non-sealed class NumberedList implements ListBlock {

  @Override
  @Value.Parameter
  public abstract List<String> items();

  @Override
  public final Kind kind() {
    return Kind.NUMBERED_LIST;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.numberedList(this);
  }

  /**
   * {@return a numbered list}
   *
   * @param items the items' texts, inline markup, at least one
   */
  public static NumberedList of(List<String> items) {
    return ImmutableNumberedList.of(items);
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.notEmpty(items(), "numbered");
    Checks.texts(items(), "numbered");
  }
}
