package dev.caresheet.render.html.internal;

import dev.caresheet.model.Attribution;
import dev.caresheet.model.Block;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Complication;
import dev.caresheet.model.Complications;
import dev.caresheet.model.Condition;
import dev.caresheet.model.ConditionType;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.Diagnosis;
import dev.caresheet.model.DifferentialDiagnoses;
import dev.caresheet.model.DifferentialDiagnosis;
import dev.caresheet.model.Figure;
import dev.caresheet.model.FirstAid;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.Inline;
import dev.caresheet.model.License;
import dev.caresheet.model.ListPart;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.Mechanisms;
import dev.caresheet.model.NamedItem;
import dev.caresheet.model.Outlook;
import dev.caresheet.model.PartKind;
import dev.caresheet.model.Prevention;
import dev.caresheet.model.Prognosis;
import dev.caresheet.model.Reference;
import dev.caresheet.model.Subheading;
import dev.caresheet.model.Symptom;
import dev.caresheet.model.Symptoms;
import dev.caresheet.model.Table;
import dev.caresheet.model.Treatment;
import dev.caresheet.model.TreatmentKind;
import dev.caresheet.model.TreatmentOption;
import dev.caresheet.model.Triggers;
import dev.caresheet.model.Types;
import dev.caresheet.render.Labels;
import dev.caresheet.render.html.RelatedLink;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org JSON-LD of a document: a {@code MedicalWebPage} whose {@code mainEntity} is the
 * {@code MedicalCondition}. Only core schema.org 30.0 types and properties, none superseded or
 * pending, each used on a type in its domain with a value in its range (a test checks every one
 * against an extract of the vocabulary):
 *
 * <ul>
 *   <li>page: {@code @id} and {@code url} (when the base URL is known), {@code name}, {@code
 *       description} (the summary), {@code inLanguage}, {@code author} and {@code reviewedBy}
 *       ({@code Person} or {@code Organization} with {@code name}, {@code url}; a person's
 *       credentials as {@code hasOccupation}), {@code lastReviewed}, {@code citation} ({@code
 *       CreativeWork}), {@code relatedLink} (absolute when the base URL is known);
 *   <li>condition: {@code name}, {@code alternateName}, {@code description}, {@code
 *       associatedAnatomy} ({@code AnatomicalStructure}), {@code differentialDiagnosis} ({@code
 *       DDxElement}: {@code diagnosis} and {@code distinguishingSign}), {@code cause} ({@code
 *       MedicalCause}), {@code pathophysiology} (text per mechanism), {@code riskFactor} ({@code
 *       MedicalRiskFactor}), {@code signOrSymptom} (the emergency situations of when to seek help),
 *       {@code primaryPrevention} ({@code MedicalTherapy});
 *   <li>first aid: {@code possibleTreatment} is a {@code MedicalTherapy} (the property's range does
 *       not include {@code HowTo}), whose {@code subjectOf} is a {@code HowTo} of {@code
 *       HowToStep}s: the instruction as {@code text}, the detail as {@code description}, body-site
 *       variants as {@code HowToDirection}s and cautions as {@code HowToTip}s in {@code
 *       itemListElement}.
 * </ul>
 *
 * <p>The JSON is compact and plain: {@link dev.caresheet.render.html.HtmlWriter#jsonLd(String)}
 * does the escaping that keeps it inside its script element.
 */
final class JsonLd {
  private JsonLd() {}

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /**
   * The JSON-LD of a document.
   *
   * @param baseUrl where the pages are published, if known: related links are then absolute
   * @param pageUrl the page's own absolute URL, if known: its {@code url} and {@code @id}
   */
  static String of(
      Condition c,
      Labels labels,
      Function<String, Optional<RelatedLink>> relatedLinks,
      Optional<URI> baseUrl,
      Optional<String> pageUrl) {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("@context", "https://schema.org");
      g.writeStringProperty("@type", "MedicalWebPage");
      if (pageUrl.isPresent()) {
        g.writeStringProperty("@id", pageUrl.get());
        g.writeStringProperty("url", pageUrl.get());
      }
      g.writeStringProperty("name", c.name());
      Optional<String> description = description(c);
      if (description.isPresent()) {
        g.writeStringProperty("description", description.get());
      }
      g.writeStringProperty("inLanguage", c.language());
      if (c.attribution().isPresent()) {
        attribution(g, c.attribution().get());
      }
      if (!c.references().isEmpty()) {
        g.writeArrayPropertyStart("citation");
        for (Reference r : c.references()) {
          g.writeStartObject();
          g.writeStringProperty("@type", "CreativeWork");
          g.writeStringProperty("name", r.title());
          if (r.url().isPresent()) {
            g.writeStringProperty("url", r.url().get());
          }
          if (r.publisher().isPresent()) {
            g.writeObjectPropertyStart("publisher");
            g.writeStringProperty("@type", "Organization");
            g.writeStringProperty("name", r.publisher().get());
            g.writeEndObject();
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!c.related().isEmpty()) {
        g.writeArrayPropertyStart("relatedLink");
        for (String id : c.related()) {
          Optional<RelatedLink> link = relatedLinks.apply(id);
          String href =
              link.isEmpty()
                  ? null
                  : baseUrl.isPresent()
                      ? Urls.absolute(baseUrl.get(), link.get().href())
                      : Urls.sanitize(link.get().href());
          if (href != null) {
            g.writeString(href);
          }
        }
        g.writeEndArray();
      }
      g.writeName("mainEntity");
      condition(g, c, labels);
      g.writeEndObject();
    }
    return out.toString();
  }

  private static Optional<String> description(Condition c) {
    if (c.summary().isPresent()) {
      return c.summary();
    }
    return c.description().isEmpty() ? Optional.empty() : Optional.of(plain(c.description()));
  }

  private static void condition(JsonGenerator g, Condition c, Labels labels) {
    g.writeStartObject();
    g.writeStringProperty("@type", "MedicalCondition");
    g.writeStringProperty("name", c.name());
    strings(g, "alternateName", c.alternateNames());
    Optional<String> description = description(c);
    if (description.isPresent()) {
      g.writeStringProperty("description", description.get());
    }
    if (!c.affectedAnatomy().isEmpty()) {
      g.writeArrayPropertyStart("associatedAnatomy");
      for (String site : c.affectedAnatomy()) {
        named(g, "AnatomicalStructure", site, Optional.empty());
      }
      g.writeEndArray();
    }
    // Parts that map to the same property (first aid and treatment: possibleTreatment) share
    // one array, in the reading order of their kinds.
    Map<String, List<ListPart<?>>> byProperty = new LinkedHashMap<>();
    for (PartKind kind : PartKind.typed()) {
      Optional<ListPart<?>> part = kind.in(c);
      if (part.isPresent() && kind.schemaOrgProperty().isPresent() && states(kind, part.get())) {
        byProperty
            .computeIfAbsent(kind.schemaOrgProperty().get(), k -> new ArrayList<>())
            .add(part.get());
      }
    }
    byProperty.forEach(
        (property, parts) -> {
          g.writeArrayPropertyStart(property);
          for (ListPart<?> part : parts) {
            part(g, part.kind(), part, labels);
          }
          g.writeEndArray();
        });
    g.writeEndObject();
  }

  /**
   * The elements one part adds to the array of the schema.org property its kind declares ({@link
   * PartKind#schemaOrgProperty()}). Parts that are page text only say nothing.
   */
  private static void part(JsonGenerator g, PartKind kind, ListPart<?> part, Labels labels) {
    // An exhaustive switch expression: a new kind does not compile until it is mapped here.
    Runnable write =
        switch (kind) {
          case SYMPTOMS ->
              () -> {
                Symptoms symptoms = (Symptoms) part;
                List<Symptom> all = new ArrayList<>(symptoms.items());
                symptoms.groups().forEach(group -> all.addAll(group.items()));
                for (Symptom s : new LinkedHashSet<>(all)) {
                  named(g, "MedicalSignOrSymptom", s.name(), s.description());
                }
              };
          case TYPES ->
              () -> {
                for (ConditionType t : ((Types) part).items()) {
                  named(g, "MedicalConditionStage", t.name(), t.description());
                }
              };
          case DIFFERENTIAL_DIAGNOSES ->
              () -> {
                for (DifferentialDiagnosis d : ((DifferentialDiagnoses) part).items()) {
                  g.writeStartObject();
                  g.writeStringProperty("@type", "DDxElement");
                  g.writeName("diagnosis");
                  named(g, "MedicalCondition", d.name(), Optional.empty());
                  // The distinction is a sentence or more: a description, never a name.
                  g.writeObjectPropertyStart("distinguishingSign");
                  g.writeStringProperty("@type", "MedicalSignOrSymptom");
                  g.writeStringProperty("description", d.distinction());
                  g.writeEndObject();
                  g.writeEndObject();
                }
              };
          case CAUSES -> () -> namedItems(g, "MedicalCause", ((Causes) part).items());
          case MECHANISMS ->
              () -> {
                for (Mechanism m : ((Mechanisms) part).items()) {
                  g.writeString(
                      m.name()
                          + "\n\n"
                          + String.join(
                              "\n\n", m.description().stream().map(Inline::plain).toList()));
                }
              };
          case TRIGGERS -> () -> namedItems(g, "MedicalRiskFactor", ((Triggers) part).items());
          case DIAGNOSIS -> () -> namedItems(g, "MedicalTest", ((Diagnosis) part).items());
          case FIRST_AID -> () -> firstAid(g, (FirstAid) part, labels);
          case TREATMENT ->
              () -> {
                for (TreatmentOption t : ((Treatment) part).items()) {
                  named(g, treatmentType(t.kind()), t.name(), t.description());
                }
              };
          case COMPLICATIONS ->
              () -> {
                for (Complication complication : ((Complications) part).items()) {
                  g.writeString(complication.name());
                }
              };
          case OUTLOOK -> () -> g.writeString(outlook((Outlook) part));
          case PREVENTION -> () -> namedItems(g, "MedicalTherapy", ((Prevention) part).items());
          case SELF_CARE, WHEN_TO_SEEK_HELP, LIVING_WITH, SECTION ->
              () -> {
                // Page text only: a situation is not a symptom, a tip not a therapy.
              };
        };
    write.run();
  }

  /** Whether a part has anything to state about the condition, rather than page text only. */
  private static boolean states(PartKind kind, ListPart<?> part) {
    if (kind == PartKind.OUTLOOK) {
      return true; // its intro is the prognosis
    }
    if (kind == PartKind.TYPES && !((Types) part).stages()) {
      return false; // types that are not stages: schema.org has no property for them
    }
    if (kind == PartKind.SYMPTOMS && !((Symptoms) part).groups().isEmpty()) {
      return true;
    }
    return !part.items().isEmpty();
  }

  /** The outlook as one plain text: intro, each point, conclusion. */
  private static String outlook(Outlook outlook) {
    List<String> paragraphs = new ArrayList<>(plainEach(outlook.intro()));
    for (Prognosis p : outlook.items()) {
      paragraphs.add(
          p.description().isPresent()
              ? p.name() + ": " + Inline.plain(p.description().get())
              : p.name());
    }
    paragraphs.addAll(plainEach(outlook.conclusion()));
    return String.join("\n\n", paragraphs);
  }

  /** The schema.org type of a treatment option by its kind. */
  private static String treatmentType(Optional<TreatmentKind> kind) {
    if (kind.isEmpty()) {
      return "MedicalTherapy";
    }
    return switch (kind.get()) {
      case MEDICINE -> "Drug";
      case LIFESTYLE -> "LifestyleModification";
      case THERAPY, PROCEDURE, SURGERY, OTHER -> "MedicalTherapy";
    };
  }

  private static void namedItems(JsonGenerator g, String type, List<? extends NamedItem> items) {
    for (NamedItem item : items) {
      named(g, type, item.name(), item.description());
    }
  }

  private static void firstAid(JsonGenerator g, FirstAid firstAid, Labels labels) {
    String name = firstAid.heading().orElseGet(() -> labels.part(firstAid.kind()));
    g.writeStartObject();
    g.writeStringProperty("@type", "MedicalTherapy");
    g.writeStringProperty("name", name);
    g.writeObjectPropertyStart("subjectOf");
    g.writeStringProperty("@type", "HowTo");
    g.writeStringProperty("name", name);
    g.writeArrayPropertyStart("step");
    int position = 1;
    for (FirstAidStep step : firstAid.items()) {
      g.writeStartObject();
      g.writeStringProperty("@type", "HowToStep");
      g.writeNumberProperty("position", position++);
      g.writeStringProperty("text", step.instruction());
      if (step.detail().isPresent()) {
        g.writeStringProperty("description", Inline.plain(step.detail().get()));
      }
      if (!step.variants().isEmpty() || !step.cautions().isEmpty()) {
        g.writeArrayPropertyStart("itemListElement");
        for (BodySiteVariant v : step.variants()) {
          g.writeStartObject();
          g.writeStringProperty("@type", "HowToDirection");
          g.writeStringProperty("name", v.bodySite());
          g.writeStringProperty("text", v.instruction());
          g.writeEndObject();
        }
        for (String caution : step.cautions()) {
          g.writeStartObject();
          g.writeStringProperty("@type", "HowToTip");
          g.writeStringProperty("text", caution);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void attribution(JsonGenerator g, Attribution a) {
    contributors(g, "author", a.authors());
    contributors(g, "reviewedBy", a.reviewers());
    if (a.publisher().isPresent()) {
      g.writeName("publisher");
      contributor(g, a.publisher().get());
    }
    date(g, "datePublished", a.published());
    date(g, "dateModified", a.modified());
    date(g, "lastReviewed", a.lastReviewed());
    if (a.license().isPresent()) {
      License license = a.license().get();
      g.writeObjectPropertyStart("license");
      g.writeStringProperty("@type", "CreativeWork");
      g.writeStringProperty("name", license.name());
      if (license.url().isPresent()) {
        g.writeStringProperty("url", license.url().get());
      }
      g.writeEndObject();
    }
  }

  private static void date(JsonGenerator g, String property, Optional<LocalDate> date) {
    if (date.isPresent()) {
      g.writeStringProperty(property, date.get().toString());
    }
  }

  private static void contributors(JsonGenerator g, String property, List<Contributor> people) {
    if (people.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart(property);
    for (Contributor p : people) {
      contributor(g, p);
    }
    g.writeEndArray();
  }

  private static void contributor(JsonGenerator g, Contributor p) {
    g.writeStartObject();
    g.writeStringProperty("@type", p.isOrganization() ? "Organization" : "Person");
    g.writeStringProperty("name", p.name());
    if (p.url().isPresent()) {
      g.writeStringProperty("url", p.url().get());
    }
    if (p.credentials().isPresent()) {
      if (p.isOrganization()) {
        g.writeStringProperty("description", p.credentials().get());
      } else {
        g.writeObjectPropertyStart("hasOccupation");
        g.writeStringProperty("@type", "Occupation");
        g.writeStringProperty("name", p.credentials().get());
        g.writeEndObject();
      }
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String property, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart(property);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private static void named(
      JsonGenerator g, String type, String name, Optional<String> description) {
    g.writeStartObject();
    g.writeStringProperty("@type", type);
    g.writeStringProperty("name", name);
    if (description.isPresent()) {
      g.writeStringProperty("description", Inline.plain(description.get()));
    }
    g.writeEndObject();
  }

  /** Paragraphs of inline markup as one plain text: JSON-LD carries no markup. */
  private static String plain(List<Block> prose) {
    return String.join("\n\n", plainEach(prose));
  }

  /**
   * Prose as plain texts, one per block: a paragraph's text, a list's items a line each, a
   * subheading, a table's caption and rows (cells joined by " | ") a line each, a figure's caption
   * or else its alt; never markup. A decorative figure without a caption says nothing.
   */
  private static List<String> plainEach(List<Block> prose) {
    List<String> plain = new ArrayList<>(prose.size());
    for (Block block : prose) {
      String text =
          switch (block.kind()) {
            case PARAGRAPH, BULLET_LIST, NUMBERED_LIST -> lines(block.inlineTexts());
            case SUBHEADING -> ((Subheading) block).text();
            case TABLE -> {
              Table t = (Table) block;
              List<String> lines = new ArrayList<>();
              t.caption().ifPresent(c -> lines.add(Inline.plain(c)));
              lines.add(cells(t.header()));
              t.rows().forEach(r -> lines.add(cells(r)));
              yield String.join("\n", lines);
            }
            case FIGURE -> {
              Figure f = (Figure) block;
              yield f.caption().map(Inline::plain).or(f::alt).orElse("");
            }
          };
      if (!text.isEmpty()) {
        plain.add(text);
      }
    }
    return plain;
  }

  private static String lines(List<String> texts) {
    List<String> plain = new ArrayList<>(texts.size());
    texts.forEach(t -> plain.add(Inline.plain(t)));
    return String.join("\n", plain);
  }

  private static String cells(List<String> cells) {
    List<String> plain = new ArrayList<>(cells.size());
    cells.forEach(t -> plain.add(Inline.plain(t)));
    return String.join(" | ", plain);
  }
}
