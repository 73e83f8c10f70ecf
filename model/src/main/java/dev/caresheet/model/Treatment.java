package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part on how the condition is treated: the {@link TreatmentOption treatment options}. Maps to
 * schema.org {@code possibleTreatment}, typed by each option's {@link TreatmentKind kind}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableTreatment.class)
@JsonDeserialize(as = ImmutableTreatment.class)
public abstract class Treatment implements ListPart<TreatmentOption> {

  @Override
  public final PartKind kind() {
    return PartKind.TREATMENT;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableTreatment.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * A part with these items and no surrounding prose.
   *
   * @param items the items, in reading order
   * @return the part
   */
  public static Treatment of(List<? extends TreatmentOption> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
