package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part listing {@link Trigger triggers}: precursors and risk factors. Maps to schema.org {@code
 * riskFactor}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableTriggers.class)
@JsonDeserialize(as = ImmutableTriggers.class)
public abstract class Triggers implements ListPart<Trigger> {

  @Override
  public final PartKind kind() {
    return PartKind.TRIGGERS;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableTriggers.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * {@return a part with these items and no surrounding prose}
   *
   * @param items the triggers, at least one
   */
  public static Triggers of(List<? extends Trigger> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
