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

  /** Package-private: the one implementation is the generated {@code ImmutableSelfCareTip}. */
  SelfCareTip() {}

  /** {@return whether it is a Do or a Don't; a plain tip when absent} */
  public abstract Optional<Recommendation> kind();

  /** {@return the tip itself, as the reader would act on it ("drink plenty of fluids")} */
  public abstract String text();

  /** {@return why, or how, in more detail} */
  public abstract Optional<String> detail();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SelfCareTip}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * SelfCareTip#builder()}.
   */
  public static final class Builder extends ImmutableSelfCareTip.Builder {
    Builder() {}
  }

  /**
   * A tip of a kind.
   *
   * @param kind do or don't
   * @param text the tip itself
   * @return a new builder
   */
  public static SelfCareTip of(Recommendation kind, String text) {
    return builder().kind(kind).text(text).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(text(), "SelfCareTip.text");
    Checks.text(detail(), "SelfCareTip.detail");
  }
}
