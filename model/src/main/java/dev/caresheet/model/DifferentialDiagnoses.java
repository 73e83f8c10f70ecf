package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part listing the {@link DifferentialDiagnosis differential diagnoses}: conditions that look
 * alike. Maps to schema.org {@code differentialDiagnosis}.
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

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableDifferentialDiagnoses.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * {@return a part with these items and no surrounding prose}
   *
   * @param items the differential diagnoses, at least one
   */
  public static DifferentialDiagnoses of(List<? extends DifferentialDiagnosis> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
