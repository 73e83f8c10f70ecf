package dev.caresheet.render.html.internal;

import dev.caresheet.model.Attribution;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Condition;
import dev.caresheet.model.DifferentialDiagnosis;
import dev.caresheet.model.FirstAid;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.Person;
import dev.caresheet.model.PreventionMeasure;
import dev.caresheet.model.Reference;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.model.Trigger;
import dev.caresheet.model.Urgency;
import dev.caresheet.render.Labels;
import dev.caresheet.render.html.RelatedLink;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
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
 *       description} (the summary), {@code inLanguage}, {@code author}
 *       and {@code reviewedBy} ({@code Person} with {@code name}, {@code url} and the credentials
 *       as {@code hasOccupation}), {@code lastReviewed}, {@code citation} ({@code CreativeWork}),
 *       {@code relatedLink} (absolute when the base URL is known);
 *   <li>condition: {@code name}, {@code alternateName}, {@code description}, {@code
 *       associatedAnatomy} ({@code AnatomicalStructure}), {@code differentialDiagnosis} ({@code
 *       DDxElement}: {@code diagnosis} and {@code distinguishingSign}), {@code cause} ({@code
 *       MedicalCause}), {@code pathophysiology} (text per mechanism), {@code riskFactor} ({@code
 *       MedicalRiskFactor}), {@code signOrSymptom} (the emergency situations of when to seek help),
 *       {@code primaryPrevention} ({@code MedicalTherapy});
 *   <li>first aid: {@code possibleTreatment} is a {@code MedicalTherapy} (the property's range
 *       does not include {@code HowTo}), whose {@code subjectOf} is a {@code HowTo} of {@code
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
  static String of(Condition c, Labels labels, Function<String, Optional<RelatedLink>> relatedLinks,
      Optional<URI> baseUrl, Optional<String> pageUrl) {
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
          String href = link.isEmpty() ? null : baseUrl.isPresent()
              ? Urls.absolute(baseUrl.get(), link.get().href()) : Urls.sanitize(link.get().href());
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
    return c.description().isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", c.description()));
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
    if (c.differentialDiagnoses().isPresent()) {
      g.writeArrayPropertyStart("differentialDiagnosis");
      for (DifferentialDiagnosis d : c.differentialDiagnoses().get().items()) {
        g.writeStartObject();
        g.writeStringProperty("@type", "DDxElement");
        g.writeName("diagnosis");
        named(g, "MedicalCondition", d.name(), Optional.empty());
        g.writeName("distinguishingSign");
        named(g, "MedicalSignOrSymptom", d.distinction(), Optional.empty());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (c.causes().isPresent()) {
      g.writeArrayPropertyStart("cause");
      for (Cause cause : c.causes().get().items()) {
        named(g, "MedicalCause", cause.name(), cause.description());
      }
      g.writeEndArray();
    }
    if (c.mechanisms().isPresent()) {
      g.writeArrayPropertyStart("pathophysiology");
      for (Mechanism m : c.mechanisms().get().items()) {
        g.writeString(m.name() + "\n\n" + String.join("\n\n", m.description()));
      }
      g.writeEndArray();
    }
    if (c.triggers().isPresent()) {
      g.writeArrayPropertyStart("riskFactor");
      for (Trigger t : c.triggers().get().items()) {
        named(g, "MedicalRiskFactor", t.name(), t.description());
      }
      g.writeEndArray();
    }
    if (c.whenToSeekHelp().isPresent()) {
      List<SeekHelpAdvice> emergencies = c.whenToSeekHelp().get().items().stream()
          .filter(a -> a.urgency() == Urgency.EMERGENCY).toList();
      if (!emergencies.isEmpty()) {
        g.writeArrayPropertyStart("signOrSymptom");
        for (SeekHelpAdvice a : emergencies) {
          named(g, "MedicalSignOrSymptom", a.situation(),
              a.advice().isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", a.advice())));
        }
        g.writeEndArray();
      }
    }
    if (c.firstAid().isPresent()) {
      g.writeArrayPropertyStart("possibleTreatment");
      firstAid(g, c.firstAid().get(), labels);
      g.writeEndArray();
    }
    if (c.prevention().isPresent()) {
      g.writeArrayPropertyStart("primaryPrevention");
      for (PreventionMeasure m : c.prevention().get().items()) {
        named(g, "MedicalTherapy", m.name(), m.description());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
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
        g.writeStringProperty("description", step.detail().get());
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
    people(g, "author", a.authors());
    people(g, "reviewedBy", a.reviewers());
    if (a.lastReviewed().isPresent()) {
      g.writeStringProperty("lastReviewed", a.lastReviewed().get().toString());
    }
  }

  private static void people(JsonGenerator g, String property, List<Person> people) {
    if (people.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart(property);
    for (Person p : people) {
      g.writeStartObject();
      g.writeStringProperty("@type", "Person");
      g.writeStringProperty("name", p.name());
      if (p.url().isPresent()) {
        g.writeStringProperty("url", p.url().get());
      }
      if (p.credentials().isPresent()) {
        g.writeObjectPropertyStart("hasOccupation");
        g.writeStringProperty("@type", "Occupation");
        g.writeStringProperty("name", p.credentials().get());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
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

  private static void named(JsonGenerator g, String type, String name, Optional<String> description) {
    g.writeStartObject();
    g.writeStringProperty("@type", type);
    g.writeStringProperty("name", name);
    if (description.isPresent()) {
      g.writeStringProperty("description", description.get());
    }
    g.writeEndObject();
  }
}
