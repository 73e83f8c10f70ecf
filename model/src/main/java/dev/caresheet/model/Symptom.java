package dev.caresheet.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A sign or symptom of the condition, such as "Painful muscle spasm". Maps to schema.org {@code
 * signOrSymptom} (a {@code MedicalSignOrSymptom}).
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableSymptom.class)
@JsonDeserialize(as = ImmutableSymptom.class)
public abstract class Symptom implements NamedItem {

  /** Package-private: the one implementation is the generated {@code ImmutableSymptom}. */
  Symptom() {}

  /** The symptom as a reader would name it ("A high temperature"). */
  @Override
  public abstract String name();

  /** What it is like, or when it happens. */
  @Override
  public abstract Optional<String> description();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Symptom}: a setter per attribute (and {@code add*}, {@code addAll*} for lists),
   * then {@code build()}, which checks the value's invariants. Get one from {@link
   * Symptom#builder()}.
   */
  public static final class Builder extends ImmutableSymptom.Builder {
    Builder() {}
  }

  /**
   * An item with only a name.
   *
   * @param name the item as a reader would name it
   * @return the item
   */
  public static Symptom of(String name) {
    return builder().name(name).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(name(), "Symptom.name");
    Checks.text(description(), "Symptom.description");
  }
}
