package dev.caresheet.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part giving ordered {@link FirstAidStep first-aid steps}. Maps to a schema.org {@code HowTo} whose steps are {@code HowToStep}s, offered as the condition's {@code possibleTreatment}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableFirstAid.class)
@JsonDeserialize(as = ImmutableFirstAid.class)
public abstract class FirstAid implements ListPart<FirstAidStep> {

  /** Package-private: the one implementation is the generated {@code ImmutableFirstAid}. */
  FirstAid() {}

  @Override
  public final PartKind kind() {
    return PartKind.FIRST_AID;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FirstAid}: a setter per attribute (and {@code add*}, {@code addAll*} for lists), then
   * {@code build()}, which checks the value's invariants. Get one from {@link FirstAid#builder()}.
   */
  public static final class Builder extends ImmutableFirstAid.Builder {
    Builder() {}
  }

  /**
   * {@return a part with these items and no surrounding prose}
   *
   * @param items the steps, at least one
   */
  public static FirstAid of(List<? extends FirstAidStep> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */

  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
