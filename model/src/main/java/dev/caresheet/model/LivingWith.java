package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part on living with the condition and where to find support: advice in its intro and {@link SupportResource resources} as items. It has no schema.org counterpart and is part of the page text.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableLivingWith.class)
@JsonDeserialize(as = ImmutableLivingWith.class)
public abstract class LivingWith implements ListPart<SupportResource> {

  @Override
  public final PartKind kind() {
    return PartKind.LIVING_WITH;
  }

  /** A new builder. */
  public static ImmutableLivingWith.Builder builder() {
    return ImmutableLivingWith.builder();
  }

  /** A part with these items and no surrounding prose. */
  public static LivingWith of(List<? extends SupportResource> items) {
    return builder().items(items).build();
  }

  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
