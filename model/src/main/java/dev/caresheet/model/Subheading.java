package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A subheading inside prose ("Vena cava filter"): {@code {"subheading": "plain text"}} in JSON and
 * YAML. Renderers put it one level below the heading of its part.
 */
@Value.Immutable
@CaresheetStyle
public abstract non-sealed class Subheading implements Block {

  /** {@return the subheading's plain text} */
  @Value.Parameter
  public abstract String text();

  @Override
  public final Kind kind() {
    return Kind.SUBHEADING;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.subheading(this);
  }

  /** {@return nothing: a subheading is plain text} */
  @Override
  public final List<String> inlineTexts() {
    return List.of();
  }

  /**
   * {@return a subheading}
   *
   * @param text its plain text
   */
  public static Subheading of(String text) {
    return ImmutableSubheading.of(text);
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(text(), "subheading");
  }
}
