package dev.caresheet.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Something a reader can do to prevent the condition or make it rarer, such as drinking enough
 * water. Maps to schema.org {@code primaryPrevention} (a {@code MedicalTherapy}).
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutablePreventionMeasure.class)
@JsonDeserialize(as = ImmutablePreventionMeasure.class)
public abstract class PreventionMeasure implements NamedItem {

  /** {@return the measure in a few words ("Drink enough water")} */
  public abstract String name();

  /** {@return what to do and why it helps} */
  public abstract Optional<String> description();

  /** {@return a new builder} */
  public static ImmutablePreventionMeasure.Builder builder() {
    return ImmutablePreventionMeasure.builder();
  }

  /** Checks the invariants of a new value; the generated class calls it. */

  @Value.Check
  protected void check() {
    Checks.text(name(), "PreventionMeasure.name");
    Checks.text(description(), "PreventionMeasure.description");
  }
}
