package dev.caresheet.model;

import java.util.List;
import java.util.Optional;

/**
 * One part of a condition document that renders as its own section of the page: a typed list part
 * ({@link ListPart}) or a free {@link Section}. {@link Condition#parts()} lists them in reading
 * order.
 */
public interface Part {

  /** {@return what kind of part this is; for a free section, {@link PartKind#SECTION}} */
  PartKind kind();

  /**
   * The key that names this part in a condition's {@link Condition#outline() outline}: the property
   * name of a typed part ({@code "causes"}) or the id of a free section.
   *
   * @return the key
   */
  String key();

  /** {@return the heading the document gives this part, if any; renderers fall back to a label} */
  Optional<String> heading();

  /**
   * Callouts shown at the top of the part, before its text.
   *
   * @return the callouts, possibly none
   */
  List<Callout> callouts();
}
