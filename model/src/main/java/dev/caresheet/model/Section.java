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

  /** {@return the section's prose: paragraphs and other blocks, at least one} */
  public abstract List<Block> body();

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

  /** A builder of sections, which also takes paragraphs of the body as plain texts. */
  public static final class Builder extends ImmutableSection.Builder {
    Builder() {}

    /**
     * {@return this builder} Adds paragraphs to the body.
     *
     * @param paragraphs the paragraphs' texts, inline markup
     */
    public Builder addBody(String... paragraphs) {
      for (String p : paragraphs) {
        addBody(Block.paragraph(p));
      }
      return this;
    }
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.id(id(), "Section.id");
    Checks.text(title(), "Section.title");
    Checks.notEmpty(body(), "Section.body");
  }
}
