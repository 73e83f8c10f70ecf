package dev.caresheet.render.text;

import dev.caresheet.model.Attribution;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Callout;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Condition;
import dev.caresheet.model.DifferentialDiagnosis;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.ListPart;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.Part;
import dev.caresheet.model.Person;
import dev.caresheet.model.PreventionMeasure;
import dev.caresheet.model.Reference;
import dev.caresheet.model.Section;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.model.Trigger;
import java.util.ArrayList;
import java.util.List;

/**
 * The strings of a document that a reader must find in its text rendering, in the order the text
 * renderer writes them: the title, alternate names, summary, description, affected anatomy and
 * callouts; each part of {@link Condition#parts()} (heading, callouts, intro, items, conclusion; a
 * section's title, callouts and body); the references (title, publisher, URL); the attribution
 * (each author and reviewer's name, credentials and URL, then the review date in ISO form); the
 * related ids.
 *
 * <p>Left out, because they are machine identifiers and not text for a reader: the document's id,
 * language, {@code $schema} and outline, and the ids of causes, mechanisms and sections (a
 * mechanism's causes are written by name, and the names are here already).
 */
final class DocumentStrings {
  private DocumentStrings() {}

  static List<String> inRenderOrder(Condition c) {
    List<String> out = new ArrayList<>();
    out.add(c.name());
    out.addAll(c.alternateNames());
    c.summary().ifPresent(out::add);
    out.addAll(c.description());
    out.addAll(c.affectedAnatomy());
    c.callouts().forEach(callout -> callout(callout, out));
    for (Part part : c.parts()) {
      if (part instanceof Section) {
        Section section = (Section) part;
        out.add(section.title());
        section.callouts().forEach(callout -> callout(callout, out));
        out.addAll(section.body());
      } else {
        ListPart<?> list = (ListPart<?>) part;
        list.heading().ifPresent(out::add);
        list.callouts().forEach(callout -> callout(callout, out));
        out.addAll(list.intro());
        list.items().forEach(item -> item(item, out));
        out.addAll(list.conclusion());
      }
    }
    for (Reference reference : c.references()) {
      out.add(reference.title());
      reference.publisher().ifPresent(out::add);
      reference.url().ifPresent(out::add);
    }
    c.attribution().ifPresent(a -> attribution(a, out));
    out.addAll(c.related());
    return out;
  }

  private static void callout(Callout callout, List<String> out) {
    callout.title().ifPresent(out::add);
    out.add(callout.text());
  }

  private static void item(Object item, List<String> out) {
    if (item instanceof DifferentialDiagnosis) {
      DifferentialDiagnosis d = (DifferentialDiagnosis) item;
      out.add(d.name());
      out.add(d.distinction());
    } else if (item instanceof Cause) {
      Cause cause = (Cause) item;
      out.add(cause.name());
      cause.description().ifPresent(out::add);
    } else if (item instanceof Mechanism) {
      Mechanism m = (Mechanism) item;
      out.add(m.name());
      out.addAll(m.description());
    } else if (item instanceof Trigger) {
      Trigger t = (Trigger) item;
      out.add(t.name());
      t.description().ifPresent(out::add);
    } else if (item instanceof FirstAidStep) {
      FirstAidStep step = (FirstAidStep) item;
      out.add(step.instruction());
      step.detail().ifPresent(out::add);
      for (BodySiteVariant variant : step.variants()) {
        out.add(variant.bodySite());
        out.add(variant.instruction());
      }
      out.addAll(step.cautions());
    } else if (item instanceof SeekHelpAdvice) {
      SeekHelpAdvice advice = (SeekHelpAdvice) item;
      out.add(advice.situation());
      out.addAll(advice.advice());
    } else if (item instanceof PreventionMeasure) {
      PreventionMeasure m = (PreventionMeasure) item;
      out.add(m.name());
      m.description().ifPresent(out::add);
    } else {
      throw new AssertionError("an item type the walk does not know: " + item.getClass());
    }
  }

  private static void attribution(Attribution a, List<String> out) {
    a.authors().forEach(p -> person(p, out));
    a.reviewers().forEach(p -> person(p, out));
    a.lastReviewed().ifPresent(date -> out.add(date.toString()));
  }

  private static void person(Person p, List<String> out) {
    out.add(p.name());
    p.credentials().ifPresent(out::add);
    p.url().ifPresent(out::add);
  }

  /** Every URL of the document: the words that may stand alone on a line wider than the width. */
  static List<String> urls(Condition c) {
    List<String> urls = new ArrayList<>();
    c.references().forEach(r -> r.url().ifPresent(urls::add));
    c.attribution().ifPresent(a -> {
      a.authors().forEach(p -> p.url().ifPresent(urls::add));
      a.reviewers().forEach(p -> p.url().ifPresent(urls::add));
    });
    return urls;
  }
}
