package dev.caresheet.model;

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

  /**
   * Package-private: the one implementation is the generated {@code ImmutablePreventionMeasure}.
   */
  PreventionMeasure() {}

  /** {@return the measure in a few words ("Drink enough water")} */
  public abstract String name();

  /** {@return what to do and why it helps} */
  public abstract Optional<String> description();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PreventionMeasure}: a setter per attribute (and {@code add*}, {@code addAll*}
   * for lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * PreventionMeasure#builder()}.
   */
  public static final class Builder extends ImmutablePreventionMeasure.Builder {
    Builder() {}
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(name(), "PreventionMeasure.name");
    Checks.text(description(), "PreventionMeasure.description");
  }
}
