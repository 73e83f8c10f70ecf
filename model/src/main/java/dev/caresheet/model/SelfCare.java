package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part on what readers can do themselves, as Do and Don't lists ({@link SelfCareTip tips}), the NHS pattern. It has no schema.org counterpart and is part of the page text.
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

  /** A new builder. */
  public static ImmutableSelfCare.Builder builder() {
    return ImmutableSelfCare.builder();
  }

  /** A part with these items and no surrounding prose. */
  public static SelfCare of(List<? extends SelfCareTip> items) {
    return builder().items(items).build();
  }

  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
