package dev.caresheet.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A situation in which a reader should see a doctor, how urgently, and what to do. Renders under
 * "When to seek help"; in schema.org it is part of the page's text (there is no dedicated property,
 * and a situation is not a symptom of the condition).
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableSeekHelpAdvice.class)
@JsonDeserialize(as = ImmutableSeekHelpAdvice.class)
public abstract class SeekHelpAdvice {

  /** Package-private: the one implementation is the generated {@code ImmutableSeekHelpAdvice}. */
  SeekHelpAdvice() {}

  /** {@return when this applies ("Cramps keep coming back")} */
  public abstract String situation();

  /** {@return how soon to act; advice may also be given without an urgency} */
  public abstract Optional<Urgency> urgency();

  /** {@return what to do, in one or more paragraphs} */
  public abstract List<String> advice();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SeekHelpAdvice}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * SeekHelpAdvice#builder()}.
   */
  public static final class Builder extends ImmutableSeekHelpAdvice.Builder {
    Builder() {}
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(situation(), "SeekHelpAdvice.situation");
    Checks.texts(advice(), "SeekHelpAdvice.advice");
  }
}
