package dev.caresheet.model;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One editorial code a document suppresses under {@link Lint#suppress()}, and why. */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableSuppression.class)
@JsonDeserialize(as = ImmutableSuppression.class)
public abstract class Suppression {

  /** {@return the suppressed code, such as {@code editorial.no-medical-reviewer}} */
  public abstract String code();

  /** {@return why the finding does not apply to this document} */
  public abstract String reason();

  /** {@return a new builder} */
  public static ImmutableSuppression.Builder builder() {
    return ImmutableSuppression.builder();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(code(), "Suppression.code");
    Checks.text(reason(), "Suppression.reason");
  }
}
