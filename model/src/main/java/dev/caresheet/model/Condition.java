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
 * One health condition as a structured document: what it is, what it looks like and is not, its
 * causes and mechanisms, its triggers, first aid, when to seek help and how to prevent it, with
 * free sections, callouts, attribution and references. Maps to a schema.org {@code
 * MedicalCondition} (the {@code mainEntity} of a {@code MedicalWebPage}).
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()} or read them with
 * {@link dev.caresheet.codec.ConditionCodec}. The constructor enforces the model's local
 * invariants (no blank texts, slug-shaped ids, at least one item in each list part) and throws
 * {@link InvalidContentException} when one is broken. Rules that relate parts to each other (ids
 * unique, references resolve) are checked by the validator in {@code caresheet-schema}.
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
   * {@return the condition's name as the title of its page ("Leg cramps")} schema.org {@code name}.
   */
  public abstract String name();

  /** {@return other names it goes by ("Night cramps")} schema.org {@code alternateName}. */
  public abstract List<String> alternateNames();

  /** {@return one or two sentences that say what it is} schema.org {@code description}. */
  public abstract Optional<String> summary();

  /** {@return the opening paragraphs of the article} */
  public abstract List<String> description();

  /** {@return the body sites affected ("Calf muscles")} schema.org {@code associatedAnatomy}. */
  public abstract List<String> affectedAnatomy();

  /**
   * Callouts shown after the description.
   *
   * @return the callouts, possibly none
   */
  public abstract List<Callout> callouts();

  /**
   * Conditions that look alike. schema.org {@code differentialDiagnosis}.
   *
   * @return the part, if the document has it
   */
  public abstract Optional<DifferentialDiagnoses> differentialDiagnoses();

  /** {@return what causes it} schema.org {@code cause}. */
  public abstract Optional<Causes> causes();

  /** {@return how it comes about} schema.org {@code pathophysiology}. */
  public abstract Optional<Mechanisms> mechanisms();

  /**
   * Precursors and risk factors. schema.org {@code riskFactor}.
   *
   * @return the part, if the document has it
   */
  public abstract Optional<Triggers> triggers();

  /**
   * {@return what to do when it happens} schema.org {@code possibleTreatment} as a {@code HowTo}.
   */
  public abstract Optional<FirstAid> firstAid();

  /** {@return when to see a doctor} */
  public abstract Optional<WhenToSeekHelp> whenToSeekHelp();

  /** {@return how to prevent it} schema.org {@code primaryPrevention}. */
  public abstract Optional<Prevention> prevention();

  /** {@return free titled sections for what fits no typed part} */
  public abstract List<Section> sections();

  /**
   * The reading order of the parts, by {@link Part#key() key}: typed part names ({@code
   * "causes"}) and section ids. Empty means the default order; parts it leaves out follow in the
   * default order, so nothing is ever dropped.
   *
   * @return the keys in reading order, possibly none
   */
  public abstract List<String> outline();

  /** {@return who wrote and reviewed it, and when} */
  public abstract Optional<Attribution> attribution();

  /** {@return sources} schema.org {@code citation}. */
  public abstract List<Reference> references();

  /**
   * Ids of related conditions, which a site links to. schema.org {@code relevantSpecialty} is not
   * used; the links are plain {@code relatedLink}s of the page.
   *
   * @return the ids, possibly none
   */
  public abstract List<String> related();

  /** {@return a new builder} */
  public static ImmutableCondition.Builder builder() {
    return ImmutableCondition.builder();
  }

  /**
   * The parts in reading order: those named by the {@link #outline() outline} first, in its order,
   * then the rest in the default order (the typed parts in {@link PartKind} order, then the free
   * sections). Outline entries that name no part are skipped; the validator reports them.
   *
   * @return every part of the document, each once
   */
  public final List<Part> parts() {
    Map<String, Part> byKey = new LinkedHashMap<>();
    differentialDiagnoses().ifPresent(p -> byKey.put(p.key(), p));
    causes().ifPresent(p -> byKey.put(p.key(), p));
    mechanisms().ifPresent(p -> byKey.put(p.key(), p));
    triggers().ifPresent(p -> byKey.put(p.key(), p));
    firstAid().ifPresent(p -> byKey.put(p.key(), p));
    whenToSeekHelp().ifPresent(p -> byKey.put(p.key(), p));
    prevention().ifPresent(p -> byKey.put(p.key(), p));
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
    Checks.texts(description(), "description");
    Checks.texts(affectedAnatomy(), "affectedAnatomy");
    Checks.texts(outline(), "outline");
    Checks.ids(related(), "related");
  }
}
