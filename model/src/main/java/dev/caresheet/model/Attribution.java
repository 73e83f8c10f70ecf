package dev.caresheet.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who wrote and who medically reviewed the document, and when it was last reviewed. Maps to
 * schema.org {@code author}, {@code reviewedBy} and {@code lastReviewed} of the web page.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableAttribution.class)
@JsonDeserialize(as = ImmutableAttribution.class)
public abstract class Attribution {

  /** {@return the authors} */
  public abstract List<Person> authors();

  /** {@return the medical reviewers} */
  public abstract List<Person> reviewers();

  /** {@return the day the content was last reviewed (ISO date, {@code "2024-05-01"})} */
  public abstract Optional<java.time.LocalDate> lastReviewed();

  /** {@return a new builder} */
  public static ImmutableAttribution.Builder builder() {
    return ImmutableAttribution.builder();
  }

  /** Checks the invariants of a new value; the generated class calls it. */

  @Value.Check
  protected void check() {
    if (authors().isEmpty() && reviewers().isEmpty()) {
      throw new InvalidContentException("Attribution must name at least one author or reviewer");
    }
  }
}
