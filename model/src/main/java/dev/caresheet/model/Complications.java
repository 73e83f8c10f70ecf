package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part on what the condition can lead to: its {@link Complication complications}. Maps to
 * schema.org {@code possibleComplication}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableComplications.class)
@JsonDeserialize(as = ImmutableComplications.class)
public abstract class Complications implements ListPart<Complication> {

  @Override
  public final PartKind kind() {
    return PartKind.COMPLICATIONS;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableComplications.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * A part with these items and no surrounding prose.
   *
   * @param items the items, in reading order
   * @return the part
   */
  public static Complications of(List<? extends Complication> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
