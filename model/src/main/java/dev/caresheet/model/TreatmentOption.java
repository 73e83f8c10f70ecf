package dev.caresheet.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One way the condition is treated, such as a medicine or a therapy, with what to be careful of.
 * Maps to schema.org {@code possibleTreatment}: a {@code Drug}, a {@code LifestyleModification} or
 * a {@code MedicalTherapy}, by {@link #kind() kind}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableTreatmentOption.class)
@JsonDeserialize(as = ImmutableTreatmentOption.class)
public abstract class TreatmentOption implements NamedItem {

  /** Package-private: the one implementation is the generated {@code ImmutableTreatmentOption}. */
  TreatmentOption() {}

  /** The treatment as a reader would name it ("Painkillers", "Physiotherapy"). */
  @Override
  public abstract String name();

  /** {@return what kind of treatment it is; unknown when absent} */
  public abstract Optional<TreatmentKind> kind();

  /** What it involves and how it helps. */
  @Override
  public abstract Optional<String> description();

  /** {@return warnings about it ("Do not give aspirin to children under 16.")} */
  public abstract List<String> cautions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TreatmentOption}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * TreatmentOption#builder()}.
   */
  public static final class Builder extends ImmutableTreatmentOption.Builder {
    Builder() {}
  }

  /**
   * An option with only a name.
   *
   * @param name the item as a reader would name it
   * @return the item
   */
  public static TreatmentOption of(String name) {
    return builder().name(name).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(name(), "TreatmentOption.name");
    Checks.text(description(), "TreatmentOption.description");
    Checks.texts(cautions(), "TreatmentOption.cautions");
  }
}
