package dev.caresheet.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part listing {@link PreventionMeasure prevention measures}. Maps to schema.org {@code primaryPrevention}.
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

  /** A new builder. */
  public static ImmutablePrevention.Builder builder() {
    return ImmutablePrevention.builder();
  }

  /** A part with these items and no surrounding prose. */
  public static Prevention of(List<? extends PreventionMeasure> items) {
    return builder().items(items).build();
  }

  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
