package dev.caresheet.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A situation in which a reader should see a doctor, how urgently, and what to do. Renders under
 * "When to seek help"; in schema.org it is part of the page's text (there is no dedicated
 * property, and a situation is not a symptom of the condition).
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableSeekHelpAdvice.class)
@JsonDeserialize(as = ImmutableSeekHelpAdvice.class)
public abstract class SeekHelpAdvice {

  /** When this applies ("Cramps keep coming back"). */
  public abstract String situation();

  /** How soon to act; advice may also be given without an urgency. */
  public abstract Optional<Urgency> urgency();

  /** What to do, in one or more paragraphs. */
  public abstract List<String> advice();

  /** A new builder. */
  public static ImmutableSeekHelpAdvice.Builder builder() {
    return ImmutableSeekHelpAdvice.builder();
  }

  @Value.Check
  protected void check() {
    Checks.text(situation(), "SeekHelpAdvice.situation");
    Checks.texts(advice(), "SeekHelpAdvice.advice");
  }
}
