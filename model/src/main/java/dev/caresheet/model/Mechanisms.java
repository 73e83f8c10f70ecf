package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part explaining the {@link Mechanism mechanisms} by which the condition arises. Maps to
 * schema.org {@code pathophysiology}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableMechanisms.class)
@JsonDeserialize(as = ImmutableMechanisms.class)
public abstract class Mechanisms implements ListPart<Mechanism> {

  @Override
  public final PartKind kind() {
    return PartKind.MECHANISMS;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableMechanisms.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * {@return a part with these items and no surrounding prose}
   *
   * @param items the mechanisms, at least one
   */
  public static Mechanisms of(List<? extends Mechanism> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
