package dev.caresheet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kinds of {@link Part}: the one declaration of every typed part of a condition document. Each
 * typed kind declares its property name in the document ({@link #key()}), its part and item types,
 * how its items are listed, what one item is called in messages, and the schema.org property it
 * maps to. The constants' order is the default reading order; the renderers, the validator's rules
 * and messages, the labels and the JSON-LD are derived from these declarations (where behaviour
 * differs by kind they switch over every constant, so the compiler finds a forgotten one), and a
 * parity test checks the JSON Schema, the label bundles and the generators.
 *
 * <p>To add a part: a constant here, its accessor in {@link Condition}, its part and item types,
 * its schema property, and its labels; see {@code docs/ARCHITECTURE.md}.
 */
public enum PartKind {
  /** The signs and symptoms, optionally in groups. */
  SYMPTOMS(
      "symptoms",
      Condition::symptoms,
      Symptoms.class,
      Symptom.class,
      ListStyle.BULLETED,
      "symptom",
      "symptoms",
      "signOrSymptom"),
  /** Types or stages of the condition. */
  TYPES(
      "types",
      Condition::types,
      Types.class,
      ConditionType.class,
      ListStyle.BULLETED,
      "type",
      "types",
      "stage"),
  /** Conditions that look alike and how to tell them apart. */
  DIFFERENTIAL_DIAGNOSES(
      "differentialDiagnoses",
      Condition::differentialDiagnoses,
      DifferentialDiagnoses.class,
      DifferentialDiagnosis.class,
      ListStyle.TERMS,
      "look-alike condition",
      "look-alike conditions",
      "differentialDiagnosis"),
  /** What causes the condition. */
  CAUSES(
      "causes",
      Condition::causes,
      Causes.class,
      Cause.class,
      ListStyle.BULLETED,
      "cause",
      "causes",
      "cause"),
  /** How the condition comes about in the body. */
  MECHANISMS(
      "mechanisms",
      Condition::mechanisms,
      Mechanisms.class,
      Mechanism.class,
      ListStyle.BULLETED,
      "mechanism",
      "mechanisms",
      "pathophysiology"),
  /** Precursors and risk factors. */
  TRIGGERS(
      "triggers",
      Condition::triggers,
      Triggers.class,
      Trigger.class,
      ListStyle.BULLETED,
      "trigger",
      "triggers",
      "riskFactor"),
  /** The tests and what to expect from them. */
  DIAGNOSIS(
      "diagnosis",
      Condition::diagnosis,
      Diagnosis.class,
      DiagnosticTest.class,
      ListStyle.BULLETED,
      "test",
      "tests",
      "typicalTest"),
  /** Ordered first-aid steps. */
  FIRST_AID(
      "firstAid",
      Condition::firstAid,
      FirstAid.class,
      FirstAidStep.class,
      ListStyle.NUMBERED,
      "step",
      "steps",
      "possibleTreatment"),
  /** What readers can do themselves: Do and Don't lists. */
  SELF_CARE(
      "selfCare",
      Condition::selfCare,
      SelfCare.class,
      SelfCareTip.class,
      ListStyle.DO_AND_DONT,
      "tip",
      "tips",
      null),
  /** The treatment options. */
  TREATMENT(
      "treatment",
      Condition::treatment,
      Treatment.class,
      TreatmentOption.class,
      ListStyle.BULLETED,
      "treatment",
      "treatments",
      "possibleTreatment"),
  /** When to see a doctor or call for help. */
  WHEN_TO_SEEK_HELP(
      "whenToSeekHelp",
      Condition::whenToSeekHelp,
      WhenToSeekHelp.class,
      SeekHelpAdvice.class,
      ListStyle.BULLETED,
      "situation",
      "situations",
      null),
  /** What the condition can lead to. */
  COMPLICATIONS(
      "complications",
      Condition::complications,
      Complications.class,
      Complication.class,
      ListStyle.BULLETED,
      "complication",
      "complications",
      "possibleComplication"),
  /** How the condition usually goes. */
  OUTLOOK(
      "outlook",
      Condition::outlook,
      Outlook.class,
      Prognosis.class,
      ListStyle.BULLETED,
      "point",
      "points",
      "expectedPrognosis"),
  /** How to prevent the condition. */
  PREVENTION(
      "prevention",
      Condition::prevention,
      Prevention.class,
      PreventionMeasure.class,
      ListStyle.BULLETED,
      "measure",
      "measures",
      "primaryPrevention"),
  /** Living with the condition and where to find support. */
  LIVING_WITH(
      "livingWith",
      Condition::livingWith,
      LivingWith.class,
      SupportResource.class,
      ListStyle.BULLETED,
      "resource",
      "resources",
      null),
  /** A free titled section; its key is the section's own id. */
  SECTION(null, null, Section.class, null, null, null, null, null);

  private static final List<PartKind> TYPED = typedKinds();

  private final String key;
  private final Function<Condition, Optional<? extends ListPart<?>>> accessor;
  private final Class<? extends Part> partType;
  private final Class<?> itemType;
  private final ListStyle listStyle;
  private final String itemNoun;
  private final String itemNounPlural;
  private final String schemaOrgProperty;

  PartKind(
      String key,
      Function<Condition, Optional<? extends ListPart<?>>> accessor,
      Class<? extends Part> partType,
      Class<?> itemType,
      ListStyle listStyle,
      String itemNoun,
      String itemNounPlural,
      String schemaOrgProperty) {
    this.key = key;
    this.accessor = accessor;
    this.partType = partType;
    this.itemType = itemType;
    this.listStyle = listStyle;
    this.itemNoun = itemNoun;
    this.itemNounPlural = itemNounPlural;
    this.schemaOrgProperty = schemaOrgProperty;
  }

  private static List<PartKind> typedKinds() {
    List<PartKind> kinds = new ArrayList<>();
    for (PartKind kind : values()) {
      if (kind != SECTION) {
        kinds.add(kind);
      }
    }
    return List.copyOf(kinds);
  }

  /** {@return the typed kinds, every kind but {@link #SECTION}, in the default reading order} */
  public static List<PartKind> typed() {
    return TYPED;
  }

  /**
   * The property name of a typed part in the document, such as {@code "firstAid"}; empty for {@link
   * #SECTION}, whose key is each section's id.
   *
   * @return the key, or empty for {@link #SECTION}
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /**
   * {@return the typed kind whose key is {@code key}, if any}
   *
   * @param key a property name such as {@code "causes"}
   */
  public static Optional<PartKind> ofKey(String key) {
    for (PartKind kind : TYPED) {
      if (kind.key.equals(key)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * This kind's part in a document, if the document has it; always empty for {@link #SECTION}.
   *
   * @param condition the document
   * @return the part, if the document has it
   */
  public Optional<ListPart<?>> in(Condition condition) {
    return accessor == null ? Optional.empty() : accessor.apply(condition).map(p -> p);
  }

  /** {@return the model type of this kind's parts ({@code Causes.class})} */
  public Class<? extends Part> partType() {
    return partType;
  }

  /**
   * {@return the model type of this kind's items ({@code Cause.class}); empty for {@link #SECTION}}
   */
  public Optional<Class<?>> itemType() {
    return Optional.ofNullable(itemType);
  }

  /**
   * {@return how the items are listed; {@link ListStyle#BULLETED} for {@link #SECTION}, which has
   * none}
   */
  public ListStyle listStyle() {
    return listStyle == null ? ListStyle.BULLETED : listStyle;
  }

  /** {@return what one item is called in messages ("step"); "paragraph" for a section} */
  public String itemNoun() {
    return itemNoun == null ? "paragraph" : itemNoun;
  }

  /** {@return what several items are called in messages ("steps"); "paragraphs" for a section} */
  public String itemNounPlural() {
    return itemNounPlural == null ? "paragraphs" : itemNounPlural;
  }

  /**
   * The schema.org property of a {@code MedicalCondition} this part maps to ({@code "cause"}), or
   * empty where it has none and is page text only (when to seek help, self-care, living with).
   *
   * @return the property, or empty for a part that is page text only
   */
  public Optional<String> schemaOrgProperty() {
    return Optional.ofNullable(schemaOrgProperty);
  }

  /**
   * {@return the key of the part's default heading in the renderers' labels ({@code
   * "part.causes"})}
   */
  public String labelKey() {
    return "part."
        + key()
            .orElseThrow(
                () -> new IllegalArgumentException("a free section has no default heading"));
  }
}
