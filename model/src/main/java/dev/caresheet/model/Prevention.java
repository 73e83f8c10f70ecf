package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part listing {@link PreventionMeasure prevention measures}. Maps to schema.org {@code
 * primaryPrevention}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutablePrevention.class)
@JsonDeserialize(as = ImmutablePrevention.class)
public abstract class Prevention implements ListPart<PreventionMeasure> {

  @Override
  public final PartKind kind() {
    return PartKind.PREVENTION;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutablePrevention.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * {@return a part with these items and no surrounding prose}
   *
   * @param items the measures, at least one
   */
  public static Prevention of(List<? extends PreventionMeasure> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
