package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;

/** A bullet list of prose: {@code {"list": [item, ...]}} in JSON and YAML. */
@Value.Immutable
@CaresheetStyle
public abstract non-sealed class BulletList implements ListBlock {

  @Override
  @Value.Parameter
  public abstract List<String> items();

  @Override
  public final Kind kind() {
    return Kind.BULLET_LIST;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.bulletList(this);
  }

  /**
   * {@return a bullet list}
   *
   * @param items the items' texts, inline markup, at least one
   */
  public static BulletList of(List<String> items) {
    return ImmutableBulletList.of(items);
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.notEmpty(items(), "list");
    Checks.texts(items(), "list");
  }
}
