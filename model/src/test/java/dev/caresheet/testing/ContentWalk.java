package dev.caresheet.testing;

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
 * The strings of a document a reader must find in any rendering, in reading order: the walk every
 * renderer's no-loss property checks, in one place so that all formats agree on it.
 *
 * <p>Order: name, alternate names, summary, description, affected anatomy, the document's callouts
 * (title, text); each part in {@link Condition#parts()} order (heading if given, callouts, intro,
 * items, conclusion; a free section's title, callouts, body); references (title, publisher, URL);
 * related condition ids; attribution (authors then reviewers: name, credentials, URL; the review
 * date in ISO form).
 *
 * <p>Left out, as machine identifiers rather than text: the document's id, language, {@code
 * $schema} and outline, and the ids of causes, mechanisms and sections (a mechanism's causes are
 * shown by name, and the names are here already).
 */
public final class ContentWalk {
  private ContentWalk() {}

  /** Whether URLs are part of the text (plain text) or only of markup (HTML attributes). */
  public enum Urls { INCLUDED, LEFT_OUT }

  /** The strings in reading order. */
  public static List<String> strings(Condition c, Urls urls) {
    boolean withUrls = urls == Urls.INCLUDED;
    List<String> out = new ArrayList<>();
    out.add(c.name());
    out.addAll(c.alternateNames());
    c.summary().ifPresent(out::add);
    out.addAll(c.description());
    out.addAll(c.affectedAnatomy());
    c.callouts().forEach(callout -> callout(callout, out));
    for (Part part : c.parts()) {
      if (part instanceof Section) {
        Section s = (Section) part;
        out.add(s.title());
        s.callouts().forEach(callout -> callout(callout, out));
        out.addAll(s.body());
      } else {
        ListPart<?> list = (ListPart<?>) part;
        list.heading().ifPresent(out::add);
        list.callouts().forEach(callout -> callout(callout, out));
        out.addAll(list.intro());
        list.items().forEach(item -> item(item, out));
        out.addAll(list.conclusion());
      }
    }
    for (Reference r : c.references()) {
      out.add(r.title());
      r.publisher().ifPresent(out::add);
      if (withUrls) {
        r.url().ifPresent(out::add);
      }
    }
    out.addAll(c.related());
    c.attribution().ifPresent(a -> attribution(a, withUrls, out));
    return out;
  }

  /** Every URL of the document. */
  public static List<String> urls(Condition c) {
    List<String> urls = new ArrayList<>();
    c.references().forEach(r -> r.url().ifPresent(urls::add));
    c.attribution().ifPresent(a -> {
      a.authors().forEach(p -> p.url().ifPresent(urls::add));
      a.reviewers().forEach(p -> p.url().ifPresent(urls::add));
    });
    return urls;
  }

  private static void callout(Callout c, List<String> out) {
    c.title().ifPresent(out::add);
    out.add(c.text());
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
      for (BodySiteVariant v : step.variants()) {
        out.add(v.bodySite());
        out.add(v.instruction());
      }
      out.addAll(step.cautions());
    } else if (item instanceof SeekHelpAdvice) {
      SeekHelpAdvice a = (SeekHelpAdvice) item;
      out.add(a.situation());
      out.addAll(a.advice());
    } else if (item instanceof PreventionMeasure) {
      PreventionMeasure m = (PreventionMeasure) item;
      out.add(m.name());
      m.description().ifPresent(out::add);
    } else {
      throw new AssertionError("an item type the walk does not know: " + item.getClass());
    }
  }

  private static void attribution(Attribution a, boolean withUrls, List<String> out) {
    for (List<Person> people : List.of(a.authors(), a.reviewers())) {
      for (Person p : people) {
        out.add(p.name());
        p.credentials().ifPresent(out::add);
        if (withUrls) {
          p.url().ifPresent(out::add);
        }
      }
    }
    a.lastReviewed().ifPresent(date -> out.add(date.toString()));
  }
}
