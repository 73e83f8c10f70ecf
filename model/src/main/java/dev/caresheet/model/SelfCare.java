package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part on what readers can do themselves, as Do and Don't lists ({@link SelfCareTip tips}), the
 * NHS pattern. It has no schema.org counterpart and is part of the page text.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableSelfCare.class)
@JsonDeserialize(as = ImmutableSelfCare.class)
public abstract class SelfCare implements ListPart<SelfCareTip> {

  @Override
  public final PartKind kind() {
    return PartKind.SELF_CARE;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableSelfCare.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * A part with these items and no surrounding prose.
   *
   * @param items the items, in reading order
   * @return the part
   */
  public static SelfCare of(List<? extends SelfCareTip> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
