package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part on living with the condition and where to find support: advice in its intro and {@link
 * SupportResource resources} as items. It has no schema.org counterpart and is part of the page
 * text.
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

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableLivingWith.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * A part with these items and no surrounding prose.
   *
   * @param items the items, in reading order
   * @return the part
   */
  public static LivingWith of(List<? extends SupportResource> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
