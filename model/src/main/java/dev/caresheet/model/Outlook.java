package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part on how the condition usually goes, often prose only: its intro, with optional {@link
 * Prognosis points} ("With treatment", "Without treatment"). Maps to schema.org {@code
 * expectedPrognosis}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableOutlook.class)
@JsonDeserialize(as = ImmutableOutlook.class)
public abstract class Outlook implements ListPart<Prognosis> {

  @Override
  public final PartKind kind() {
    return PartKind.OUTLOOK;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableOutlook.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * A part with these items and no surrounding prose.
   *
   * @param items the items, in reading order
   * @return the part
   */
  public static Outlook of(List<? extends Prognosis> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
