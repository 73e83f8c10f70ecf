package dev.caresheet.render.html;

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
 * The content strings of a document in the order the HTML renderer shows them: the walk the
 * no-loss property checks. It leaves out what is not content: ids, the language, the outline,
 * URLs, the {@code $schema}, and mechanisms' cause references (shown as the causes' names).
 *
 * <p>Order: name, alternate names, summary, description, affected anatomy, the document's
 * callouts (title, text); each part in {@link Condition#parts()} order (heading if given,
 * callouts, intro, items, conclusion; a free section's title, callouts, body); references (title,
 * publisher); related condition ids; attribution (authors then reviewers: name, credentials; the
 * review date).
 */
final class ContentWalk {
  private ContentWalk() {}

  static List<String> of(Condition c) {
    List<String> out = new ArrayList<>();
    out.add(c.name());
    out.addAll(c.alternateNames());
    c.summary().ifPresent(out::add);
    out.addAll(c.description());
    out.addAll(c.affectedAnatomy());
    c.callouts().forEach(callout -> callout(callout, out));
    for (Part part : c.parts()) {
      if (part instanceof Section s) {
        out.add(s.title());
        s.callouts().forEach(callout -> callout(callout, out));
        out.addAll(s.body());
      } else {
        ListPart<?> list = (ListPart<?>) part;
        list.heading().ifPresent(out::add);
        list.callouts().forEach(callout -> callout(callout, out));
        out.addAll(list.intro());
        for (Object item : list.items()) {
          item(item, out);
        }
        out.addAll(list.conclusion());
      }
    }
    for (Reference r : c.references()) {
      out.add(r.title());
      r.publisher().ifPresent(out::add);
    }
    out.addAll(c.related());
    c.attribution().ifPresent(a -> attribution(a, out));
    return out;
  }

  private static void callout(Callout c, List<String> out) {
    c.title().ifPresent(out::add);
    out.add(c.text());
  }

  private static void item(Object item, List<String> out) {
    if (item instanceof DifferentialDiagnosis d) {
      out.add(d.name());
      out.add(d.distinction());
    } else if (item instanceof Cause cause) {
      out.add(cause.name());
      cause.description().ifPresent(out::add);
    } else if (item instanceof Mechanism m) {
      out.add(m.name());
      out.addAll(m.description());
    } else if (item instanceof Trigger t) {
      out.add(t.name());
      t.description().ifPresent(out::add);
    } else if (item instanceof FirstAidStep step) {
      out.add(step.instruction());
      step.detail().ifPresent(out::add);
      for (BodySiteVariant v : step.variants()) {
        out.add(v.bodySite());
        out.add(v.instruction());
      }
      out.addAll(step.cautions());
    } else if (item instanceof SeekHelpAdvice a) {
      out.add(a.situation());
      out.addAll(a.advice());
    } else if (item instanceof PreventionMeasure m) {
      out.add(m.name());
      m.description().ifPresent(out::add);
    } else {
      throw new AssertionError("an item type the walk does not know: " + item.getClass());
    }
  }

  private static void attribution(Attribution a, List<String> out) {
    for (List<Person> people : List.of(a.authors(), a.reviewers())) {
      for (Person p : people) {
        out.add(p.name());
        p.credentials().ifPresent(out::add);
      }
    }
    a.lastReviewed().ifPresent(date -> out.add(date.toString()));
  }
}
