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

  @Override
  public final PartKind kind() {
    return PartKind.FIRST_AID;
  }

  /** A new builder. */
  public static ImmutableFirstAid.Builder builder() {
    return ImmutableFirstAid.builder();
  }

  /** A part with these items and no surrounding prose. */
  public static FirstAid of(List<? extends FirstAidStep> items) {
    return builder().items(items).build();
  }

  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
