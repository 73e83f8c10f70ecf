package dev.caresheet.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where the document comes from: who wrote, reviewed and published it, when it was published,
 * modified and reviewed, when its next review is due, and its licence. Maps to schema.org {@code
 * author}, {@code reviewedBy}, {@code publisher}, {@code datePublished}, {@code dateModified},
 * {@code lastReviewed} and {@code license} of the web page; the next review has no schema.org
 * property and is shown on the page only.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableAttribution.class)
@JsonDeserialize(as = ImmutableAttribution.class)
public abstract class Attribution {

  /** Package-private: the one implementation is the generated {@code ImmutableAttribution}. */
  Attribution() {}

  /** {@return the authors: people or organisations} */
  public abstract List<Contributor> authors();

  /** {@return the medical reviewers} */
  public abstract List<Contributor> reviewers();

  /** {@return who publishes the document, usually an organisation} */
  public abstract Optional<Contributor> publisher();

  /** {@return the day the content was first published} */
  public abstract Optional<LocalDate> published();

  /** {@return the day the content was last changed} */
  public abstract Optional<LocalDate> modified();

  /** {@return the day the content was last reviewed (ISO date, {@code "2024-05-01"})} */
  public abstract Optional<LocalDate> lastReviewed();

  /** {@return the day the next review is due, as a planned review cycle asks} */
  public abstract Optional<LocalDate> nextReview();

  /** {@return the licence or rights statement} */
  public abstract Optional<License> license();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Attribution}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * Attribution#builder()}.
   */
  public static final class Builder extends ImmutableAttribution.Builder {
    Builder() {}
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    if (authors().isEmpty() && reviewers().isEmpty() && publisher().isEmpty()) {
      throw new InvalidContentException(
          "Attribution must name at least one author, reviewer or publisher");
    }
  }
}
