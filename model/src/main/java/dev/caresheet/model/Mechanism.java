package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How the condition comes about in the body — for leg cramps, how fatigue depletes ATP and lets
 * metabolites build up. Maps to schema.org {@code pathophysiology}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableMechanism.class)
@JsonDeserialize(as = ImmutableMechanism.class)
public abstract class Mechanism {

  /** Package-private: the one implementation is the generated {@code ImmutableMechanism}. */
  Mechanism() {}

  /** {@return a slug, unique among the document's mechanisms} */
  public abstract String id();

  /** {@return a short name for the mechanism ("Muscle fatigue and metabolite build-up")} */
  public abstract String name();

  /** {@return how it happens, in one or more paragraphs} */
  public abstract List<String> description();

  /**
   * {@return the ids of the {@link Cause}s this mechanism explains; each must name a cause of the
   * document}
   */
  public abstract List<String> causes();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Mechanism}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * Mechanism#builder()}.
   */
  public static final class Builder extends ImmutableMechanism.Builder {
    Builder() {}
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.id(id(), "Mechanism.id");
    Checks.text(name(), "Mechanism.name");
    Checks.notEmpty(description(), "Mechanism.description");
    Checks.texts(description(), "Mechanism.description");
    Checks.ids(causes(), "Mechanism.causes");
  }
}
