package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part saying {@link SeekHelpAdvice when to seek help} and how urgently. It has no dedicated
 * schema.org property and is part of the page text.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableWhenToSeekHelp.class)
@JsonDeserialize(as = ImmutableWhenToSeekHelp.class)
public abstract class WhenToSeekHelp implements ListPart<SeekHelpAdvice> {

  @Override
  public final PartKind kind() {
    return PartKind.WHEN_TO_SEEK_HELP;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableWhenToSeekHelp.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * {@return a part with these items and no surrounding prose}
   *
   * @param items the advice, at least one item
   */
  public static WhenToSeekHelp of(List<? extends SeekHelpAdvice> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
