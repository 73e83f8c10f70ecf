package dev.caresheet.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One thing a reader can do, or should not do, to look after themselves ("use insect repellent",
 * "do not scratch the rash"). Part of {@link SelfCare}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableSelfCareTip.class)
@JsonDeserialize(as = ImmutableSelfCareTip.class)
public abstract class SelfCareTip {

  /** Whether it is a Do or a Don't; a plain tip when absent. */
  public abstract Optional<Recommendation> kind();

  /** The tip itself, as the reader would act on it ("drink plenty of fluids"). */
  public abstract String text();

  /** Why, or how, in more detail. */
  public abstract Optional<String> detail();

  /** A new builder. */
  public static ImmutableSelfCareTip.Builder builder() {
    return ImmutableSelfCareTip.builder();
  }

  /** A tip of a kind. */
  public static SelfCareTip of(Recommendation kind, String text) {
    return builder().kind(kind).text(text).build();
  }

  @Value.Check
  protected void check() {
    Checks.text(text(), "SelfCareTip.text");
    Checks.text(detail(), "SelfCareTip.detail");
  }
}
