package dev.caresheet.model;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A condition that looks like this one but is different in nature, with how to tell the two apart —
 * for leg cramps, epileptic seizures or tics. Maps to schema.org {@code differentialDiagnosis} (a
 * {@code DDxElement}: {@code diagnosis} and {@code distinguishingSign}).
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableDifferentialDiagnosis.class)
@JsonDeserialize(as = ImmutableDifferentialDiagnosis.class)
public abstract class DifferentialDiagnosis {

  /**
   * Package-private: the one implementation is the generated {@code
   * ImmutableDifferentialDiagnosis}.
   */
  DifferentialDiagnosis() {}

  /** {@return the look-alike condition ("Epileptic seizures")} */
  public abstract String name();

  /** {@return how it differs from this condition} */
  public abstract String distinction();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DifferentialDiagnosis}: a setter per attribute (and {@code add*}, {@code
   * addAll*} for lists), then {@code build()}, which checks the value's invariants. Get one from
   * {@link DifferentialDiagnosis#builder()}.
   */
  public static final class Builder extends ImmutableDifferentialDiagnosis.Builder {
    Builder() {}
  }

  /**
   * {@return a differential diagnosis with its distinction}
   *
   * @param name the condition it may be confused with
   * @param distinction how to tell them apart
   */
  public static DifferentialDiagnosis of(String name, String distinction) {
    return builder().name(name).distinction(distinction).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(name(), "DifferentialDiagnosis.name");
    Checks.text(distinction(), "DifferentialDiagnosis.distinction");
  }
}
