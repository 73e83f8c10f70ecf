package dev.caresheet.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A free titled section for what fits no typed part ("When do cramps occur?", "Leg cramps during
 * pregnancy"). In schema.org it is part of the page's text, not of the condition.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableSection.class)
@JsonDeserialize(as = ImmutableSection.class)
public abstract class Section implements Part {

  /** Package-private: the one implementation is the generated {@code ImmutableSection}. */
  Section() {}

  /**
   * A slug, unique among the document's sections and different from every typed part's key; it
   * names the section in the {@link Condition#outline() outline} and in the page's anchors.
   *
   * @return the id
   */
  public abstract String id();

  /** {@return the section's title} */
  public abstract String title();

  @Override
  public abstract List<Callout> callouts();

  /** {@return the section's paragraphs, at least one} */
  public abstract List<String> body();

  @Override
  public final PartKind kind() {
    return PartKind.SECTION;
  }

  @Override
  public final String key() {
    return id();
  }

  /** The {@link #title() title}: a section always has its own heading. */
  @Override
  public final Optional<String> heading() {
    return Optional.of(title());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Section}: a setter per attribute (and {@code add*}, {@code addAll*} for lists), then
   * {@code build()}, which checks the value's invariants. Get one from {@link Section#builder()}.
   */
  public static final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }

  /** Checks the invariants of a new value; the generated class calls it. */

  @Value.Check
  protected void check() {
    Checks.id(id(), "Section.id");
    Checks.text(title(), "Section.title");
    Checks.notEmpty(body(), "Section.body");
    Checks.texts(body(), "Section.body");
  }
}
