package dev.caresheet.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part saying {@link SeekHelpAdvice when to seek help} and how urgently. It has no dedicated schema.org property and is part of the page text.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableWhenToSeekHelp.class)
@JsonDeserialize(as = ImmutableWhenToSeekHelp.class)
public abstract class WhenToSeekHelp implements ListPart<SeekHelpAdvice> {

  /** Package-private: the one implementation is the generated {@code ImmutableWhenToSeekHelp}. */
  WhenToSeekHelp() {}

  @Override
  public final PartKind kind() {
    return PartKind.WHEN_TO_SEEK_HELP;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link WhenToSeekHelp}: a setter per attribute (and {@code add*}, {@code addAll*} for lists), then
   * {@code build()}, which checks the value's invariants. Get one from {@link WhenToSeekHelp#builder()}.
   */
  public static final class Builder extends ImmutableWhenToSeekHelp.Builder {
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
