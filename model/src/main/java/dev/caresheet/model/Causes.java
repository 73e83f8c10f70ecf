package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The part listing the {@link Cause causes} of the condition. Maps to schema.org {@code cause}. */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableCauses.class)
@JsonDeserialize(as = ImmutableCauses.class)
public abstract class Causes implements ListPart<Cause> {

  @Override
  public final PartKind kind() {
    return PartKind.CAUSES;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableCauses.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * {@return a part with these items and no surrounding prose}
   *
   * @param items the causes, at least one
   */
  public static Causes of(List<? extends Cause> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
