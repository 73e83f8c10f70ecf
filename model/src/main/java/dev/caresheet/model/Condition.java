package dev.caresheet.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One health condition as a structured document, the whole article: what it is, its symptoms and
 * types, what it looks like and is not, its causes, mechanisms and triggers, how it is diagnosed
 * and treated, first aid and self-care, when to seek help, complications, outlook, prevention and
 * living with it, with free sections, callouts, attribution and references. The typed parts are
 * declared in {@link PartKind}. Maps to a schema.org {@code MedicalCondition} (the {@code
 * mainEntity} of a {@code MedicalWebPage}).
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()} or read them with
 * {@link dev.caresheet.codec.ConditionCodec}. The constructor enforces the model's local invariants
 * (no blank texts, slug-shaped ids, at least one item in each list part) and throws {@link
 * InvalidContentException} when one is broken. Rules that relate parts to each other (ids unique,
 * references resolve) are checked by the validator in {@code caresheet-schema}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableCondition.class)
@JsonDeserialize(as = ImmutableCondition.class)
@JsonPropertyOrder({"$schema"}) // first, as editors expect; the rest in declaration order
public abstract class Condition {

  /**
   * {@return the JSON Schema the document names in {@code $schema}, kept so that nothing is lost}
   */
  @JsonProperty("$schema")
  public abstract Optional<String> schema();

  /**
   * {@return the condition's slug, unique in a content set; names its page ({@code "leg-cramps"})}
   */
  public abstract String id();

  /** {@return the BCP 47 language of the document ({@code "en"}); selects the renderers' labels} */
  public abstract String language();

  /**
   * {@return the condition's name as the title of its page ("Leg cramps"); schema.org {@code name}}
   */
  public abstract String name();

  /** {@return other names it goes by ("Night cramps"); schema.org {@code alternateName}} */
  public abstract List<String> alternateNames();

  /** {@return one or two sentences that say what it is; schema.org {@code description}} */
  public abstract Optional<String> summary();

  /** {@return the opening prose of the article: paragraphs and other blocks} */
  public abstract List<Block> description();

  /** {@return the body sites affected ("Calf muscles"); schema.org {@code associatedAnatomy}} */
  public abstract List<String> affectedAnatomy();

  /** {@return callouts shown after the description} */
  public abstract List<Callout> callouts();

  /** {@return the signs and symptoms, optionally in groups; schema.org {@code signOrSymptom}} */
  public abstract Optional<Symptoms> symptoms();

  /** {@return types or stages of the condition; schema.org {@code stage} for stages} */
  public abstract Optional<Types> types();

  /** {@return conditions that look alike; schema.org {@code differentialDiagnosis}} */
  public abstract Optional<DifferentialDiagnoses> differentialDiagnoses();

  /** {@return what causes it; schema.org {@code cause}} */
  public abstract Optional<Causes> causes();

  /** {@return how it comes about; schema.org {@code pathophysiology}} */
  public abstract Optional<Mechanisms> mechanisms();

  /** {@return precursors and risk factors; schema.org {@code riskFactor}} */
  public abstract Optional<Triggers> triggers();

  /** {@return how it is diagnosed; schema.org {@code typicalTest}} */
  public abstract Optional<Diagnosis> diagnosis();

  /**
   * {@return what to do when it happens; schema.org {@code possibleTreatment} as a {@code HowTo}}
   */
  public abstract Optional<FirstAid> firstAid();

  /** {@return what readers can do themselves, as Do and Don't lists} */
  public abstract Optional<SelfCare> selfCare();

  /** {@return how it is treated; schema.org {@code possibleTreatment}} */
  public abstract Optional<Treatment> treatment();

  /** {@return when to see a doctor} */
  public abstract Optional<WhenToSeekHelp> whenToSeekHelp();

  /** {@return what it can lead to; schema.org {@code possibleComplication}} */
  public abstract Optional<Complications> complications();

  /** {@return how it usually goes; schema.org {@code expectedPrognosis}} */
  public abstract Optional<Outlook> outlook();

  /** {@return how to prevent it; schema.org {@code primaryPrevention}} */
  public abstract Optional<Prevention> prevention();

  /** {@return living with it and where to find support} */
  public abstract Optional<LivingWith> livingWith();

  /** {@return free titled sections for what fits no typed part} */
  public abstract List<Section> sections();

  /**
   * The reading order of the parts, by {@link Part#key() key}: typed part names ({@code "causes"})
   * and section ids. Empty means the default order; parts it leaves out follow in the default
   * order, so nothing is ever dropped.
   *
   * @return the keys of the parts in reading order
   */
  public abstract List<String> outline();

  /** {@return who wrote and reviewed it, and when} */
  public abstract Optional<Attribution> attribution();

  /** {@return the sources: schema.org {@code citation}} */
  public abstract List<Reference> references();

  /**
   * {@return the ids of related conditions, which a site links to} The links are plain {@code
   * relatedLink}s of the page.
   */
  public abstract List<String> related();

  /** {@return what the document says to {@code caresheet lint}: suppressed codes, with reasons} */
  public abstract Optional<Lint> lint();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of conditions, which also takes paragraphs of the description as plain texts. */
  public static final class Builder extends ImmutableCondition.Builder {
    Builder() {}

    /**
     * {@return this builder} Adds paragraphs to the description.
     *
     * @param paragraphs the paragraphs' texts, inline markup
     */
    public Builder addDescription(String... paragraphs) {
      for (String p : paragraphs) {
        addDescription(Block.paragraph(p));
      }
      return this;
    }
  }

  /**
   * The parts in reading order: those named by the {@link #outline() outline} first, in its order,
   * then the rest in the default order (the typed parts in {@link PartKind#typed()} order, then the
   * free sections). Outline entries that name no part are skipped; the validator reports them.
   *
   * @return the parts, each once
   */
  public final List<Part> parts() {
    Map<String, Part> byKey = new LinkedHashMap<>();
    for (PartKind kind : PartKind.typed()) {
      kind.in(this).ifPresent(p -> byKey.put(p.key(), p));
    }
    for (Section section : sections()) {
      byKey.putIfAbsent(section.key(), section);
    }
    List<Part> ordered = new ArrayList<>(byKey.size());
    for (String key : outline()) {
      Part part = byKey.remove(key);
      if (part != null) {
        ordered.add(part);
      }
    }
    ordered.addAll(byKey.values());
    return List.copyOf(ordered);
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(schema(), "$schema");
    Checks.id(id(), "id");
    Checks.text(language(), "language");
    Checks.language(language(), "language");
    Checks.text(name(), "name");
    Checks.texts(alternateNames(), "alternateNames");
    Checks.text(summary(), "summary");
    Checks.texts(affectedAnatomy(), "affectedAnatomy");
    Checks.texts(outline(), "outline");
    Checks.ids(related(), "related");
  }
}
