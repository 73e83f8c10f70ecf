package dev.caresheet.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A precursor or risk factor that makes an episode more likely, such as a sudden change in physical
 * activity or emotional stress. Maps to schema.org {@code riskFactor}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableTrigger.class)
@JsonDeserialize(as = ImmutableTrigger.class)
public abstract class Trigger implements NamedItem {

  /** Package-private: the one implementation is the generated {@code ImmutableTrigger}. */
  Trigger() {}

  /** {@return the trigger as a reader would name it ("Emotional stress")} */
  public abstract String name();

  /** {@return how it brings on the condition} */
  public abstract Optional<String> description();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Trigger}: a setter per attribute (and {@code add*}, {@code addAll*} for lists),
   * then {@code build()}, which checks the value's invariants. Get one from {@link
   * Trigger#builder()}.
   */
  public static final class Builder extends ImmutableTrigger.Builder {
    Builder() {}
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(name(), "Trigger.name");
    Checks.text(description(), "Trigger.description");
  }
}
