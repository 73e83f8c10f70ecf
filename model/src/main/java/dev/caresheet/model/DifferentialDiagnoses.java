package dev.caresheet.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part listing the {@link DifferentialDiagnosis differential diagnoses}: conditions that look alike. Maps to schema.org {@code differentialDiagnosis}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableDifferentialDiagnoses.class)
@JsonDeserialize(as = ImmutableDifferentialDiagnoses.class)
public abstract class DifferentialDiagnoses implements ListPart<DifferentialDiagnosis> {

  @Override
  public final PartKind kind() {
    return PartKind.DIFFERENTIAL_DIAGNOSES;
  }

  /** A new builder. */
  public static ImmutableDifferentialDiagnoses.Builder builder() {
    return ImmutableDifferentialDiagnoses.builder();
  }

  /** A part with these items and no surrounding prose. */
  public static DifferentialDiagnoses of(List<? extends DifferentialDiagnosis> items) {
    return builder().items(items).build();
  }

  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
