package dev.caresheet.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One step of first aid, in order: what to do, why or how in more detail, how to do it at
 * particular body sites, and what to be careful of. Maps to a schema.org {@code HowToStep}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableFirstAidStep.class)
@JsonDeserialize(as = ImmutableFirstAidStep.class)
public abstract class FirstAidStep {

  /** Package-private: the one implementation is the generated {@code ImmutableFirstAidStep}. */
  FirstAidStep() {}

  /** {@return what to do, as an imperative sentence ("Massage the cramped muscle.")} */
  public abstract String instruction();

  /** {@return why the step helps or how to do it, in more detail} */
  public abstract Optional<String> detail();

  /** {@return how the step differs by body site} */
  public abstract List<BodySiteVariant> variants();

  /**
   * Warnings about the step ("Never use knives or needles.").
   *
   * @return the warnings, possibly none
   */
  public abstract List<String> cautions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FirstAidStep}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * FirstAidStep#builder()}.
   */
  public static final class Builder extends ImmutableFirstAidStep.Builder {
    Builder() {}
  }

  /**
   * {@return a step with only its instruction}
   *
   * @param instruction what to do
   */
  public static FirstAidStep of(String instruction) {
    return builder().instruction(instruction).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(instruction(), "FirstAidStep.instruction");
    Checks.text(detail(), "FirstAidStep.detail");
    Checks.texts(cautions(), "FirstAidStep.cautions");
  }
}
