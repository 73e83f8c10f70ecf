package dev.caresheet.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A type or stage of the condition, such as "Chronic migraine" or "Stage 2". Maps to schema.org
 * {@code stage} (a {@code MedicalConditionStage}) when the part lists {@link Types#stages()
 * stages}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableConditionType.class)
@JsonDeserialize(as = ImmutableConditionType.class)
public abstract class ConditionType implements NamedItem {

  /** Package-private: the one implementation is the generated {@code ImmutableConditionType}. */
  ConditionType() {}

  /** The type or stage as a reader would name it. */
  @Override
  public abstract String name();

  /** What sets it apart. */
  @Override
  public abstract Optional<String> description();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ConditionType}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * ConditionType#builder()}.
   */
  public static final class Builder extends ImmutableConditionType.Builder {
    Builder() {}
  }

  /**
   * An item with only a name.
   *
   * @param name the item as a reader would name it
   * @return the item
   */
  public static ConditionType of(String name) {
    return builder().name(name).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(name(), "ConditionType.name");
    Checks.text(description(), "ConditionType.description");
  }
}
