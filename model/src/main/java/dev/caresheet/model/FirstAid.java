package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part giving ordered {@link FirstAidStep first-aid steps}. Maps to a schema.org {@code HowTo}
 * whose steps are {@code HowToStep}s, offered as the condition's {@code possibleTreatment}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableFirstAid.class)
@JsonDeserialize(as = ImmutableFirstAid.class)
public abstract class FirstAid implements ListPart<FirstAidStep> {

  @Override
  public final PartKind kind() {
    return PartKind.FIRST_AID;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableFirstAid.Builder
      implements ListPart.ProseBuilder<Builder> {
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
