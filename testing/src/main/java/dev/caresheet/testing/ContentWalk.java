package dev.caresheet.testing;

import dev.caresheet.model.Attribution;
import dev.caresheet.model.Block;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Callout;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.DifferentialDiagnosis;
import dev.caresheet.model.Figure;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.Inline;
import dev.caresheet.model.ListPart;
import dev.caresheet.model.ListStyle;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.NamedItem;
import dev.caresheet.model.Part;
import dev.caresheet.model.Recommendation;
import dev.caresheet.model.Reference;
import dev.caresheet.model.Section;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.model.SelfCareTip;
import dev.caresheet.model.Subheading;
import dev.caresheet.model.SupportResource;
import dev.caresheet.model.SymptomGroup;
import dev.caresheet.model.Symptoms;
import dev.caresheet.model.TreatmentOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The strings of a document a reader must find in any rendering, in reading order: the walk every
 * renderer's no-loss property checks, in one place so that all formats agree on it.
 *
 * <p>Order: name, alternate names, summary, description, affected anatomy, the document's callouts
 * (title, text); each part in {@link Condition#parts()} order (heading if given, callouts, intro,
 * items, conclusion; a free section's title, callouts, body); prose block by block (a list's items,
 * a subheading, a table's caption, header and rows, a figure's alt, caption, credit and licence);
 * references (title, publisher, URL); related condition ids; attribution (authors, reviewers,
 * publisher: name, credentials, URL; the dates in ISO form: published, modified, last reviewed,
 * next review; the licence's name and URL). Items of a Do and Don't list come plain first, then Do,
 * then Don't; a symptoms part's groups (title, intro, items) follow its items.
 *
 * <p>Paragraph texts ({@link Inline#FIELDS}) are walked as the plain text of each of their inline
 * runs (a run is one element in HTML), and, with URLs, each external link's target after its text.
 *
 * <p>Left out, as machine identifiers rather than text: the document's id, language, {@code
 * $schema} and outline, and the ids of causes, mechanisms and sections (a mechanism's causes are
 * shown by name, and the names are here already).
 */
public final class ContentWalk {
  private ContentWalk() {}

  /** Whether URLs are part of the text (plain text) or only of markup (HTML attributes). */
  public enum Urls {
    /** URLs are text: a plain-text format prints them. */
    INCLUDED,
    /** URLs are markup only (HTML attributes), not text a reader sees. */
    LEFT_OUT
  }

  /**
   * {@return the strings in reading order (unmodifiable)}
   *
   * @param c the document
   * @param urls whether URLs are among the strings
   */
  public static List<String> strings(Condition c, Urls urls) {
    boolean withUrls = urls == Urls.INCLUDED;
    List<String> out = new ArrayList<>();
    out.add(c.name());
    out.addAll(c.alternateNames());
    c.summary().ifPresent(out::add);
    blocks(c.description(), withUrls, out);
    out.addAll(c.affectedAnatomy());
    c.callouts().forEach(callout -> callout(callout, withUrls, out));
    for (Part part : c.parts()) {
      if (part instanceof Section) {
        Section s = (Section) part;
        out.add(s.title());
        s.callouts().forEach(callout -> callout(callout, withUrls, out));
        blocks(s.body(), withUrls, out);
      } else {
        ListPart<?> list = (ListPart<?>) part;
        list.heading().ifPresent(out::add);
        list.callouts().forEach(callout -> callout(callout, withUrls, out));
        blocks(list.intro(), withUrls, out);
        inStyleOrder(list.listStyle(), list.items()).forEach(item -> item(item, withUrls, out));
        if (list instanceof Symptoms) {
          for (SymptomGroup group : ((Symptoms) list).groups()) {
            out.add(group.title());
            group.intro().forEach(t -> inline(t, withUrls, out));
            group.items().forEach(item -> item(item, withUrls, out));
          }
        }
        blocks(list.conclusion(), withUrls, out);
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
    return Collections.unmodifiableList(out);
  }

  /**
   * Prose: a paragraph's or a list item's text, a subheading, a table's caption, header cells and
   * then each row's cells, a figure's alt, caption, credit and licence (name, URL).
   */
  private static void blocks(List<Block> blocks, boolean withUrls, List<String> out) {
    for (Block block : blocks) {
      if (block instanceof Subheading) {
        out.add(((Subheading) block).text());
      } else if (block instanceof Figure) {
        Figure f = (Figure) block;
        f.alt().ifPresent(out::add);
        f.caption().ifPresent(t -> inline(t, withUrls, out));
        f.credit().ifPresent(out::add);
        f.license()
            .ifPresent(
                l -> {
                  out.add(l.name());
                  if (withUrls) {
                    l.url().ifPresent(out::add);
                  }
                });
      } else {
        block.inlineTexts().forEach(t -> inline(t, withUrls, out));
      }
    }
  }

  /**
   * {@return every URL of the document (unmodifiable)}
   *
   * @param c the document
   */
  public static List<String> urls(Condition c) {
    List<String> urls = new ArrayList<>();
    c.livingWith().ifPresent(p -> p.items().forEach(r -> r.url().ifPresent(urls::add)));
    c.references().forEach(r -> r.url().ifPresent(urls::add));
    c.attribution()
        .ifPresent(
            a -> {
              a.authors().forEach(p -> p.url().ifPresent(urls::add));
              a.reviewers().forEach(p -> p.url().ifPresent(urls::add));
              a.publisher().ifPresent(p -> p.url().ifPresent(urls::add));
              a.license().ifPresent(l -> l.url().ifPresent(urls::add));
            });
    return Collections.unmodifiableList(urls);
  }

  /** The items in the order their list style shows them: Do and Don't lists are grouped. */
  private static List<?> inStyleOrder(ListStyle style, List<?> items) {
    if (style != ListStyle.DO_AND_DONT) {
      return items;
    }
    List<Object> ordered = new ArrayList<>(Recommendation.select(items, Optional.empty()));
    for (Recommendation r : Recommendation.values()) {
      ordered.addAll(Recommendation.select(items, Optional.of(r)));
    }
    return ordered;
  }

  private static void callout(Callout c, boolean withUrls, List<String> out) {
    c.title().ifPresent(out::add);
    inline(c.text(), withUrls, out);
  }

  /**
   * An inline text ({@link Inline#FIELDS}): the plain text of each run, and with URLs the target of
   * each external link after its text, unless the text is the URL (as the text output writes {@code
   * text (url)}). In-document and cross-condition links show only their text.
   */
  private static void inline(String source, boolean withUrls, List<String> out) {
    List<Inline.Run> runs = Inline.parse(source).runs();
    for (int i = 0; i < runs.size(); i++) {
      Inline.Run run = runs.get(i);
      out.add(run.text());
      Optional<Inline.Link> link = run.link();
      boolean last =
          i + 1 == runs.size() || runs.get(i + 1).link().orElse(null) != link.orElse(null);
      if (withUrls && last && link.isPresent() && link.get().kind() == Inline.LinkKind.EXTERNAL) {
        StringBuilder text = new StringBuilder();
        for (int j = i; j >= 0 && runs.get(j).link().orElse(null) == link.get(); j--) {
          text.insert(0, runs.get(j).text());
        }
        if (!text.toString().equals(link.get().target())) {
          out.add(link.get().target());
        }
      }
    }
  }

  private static void item(Object item, boolean withUrls, List<String> out) {
    if (item instanceof SupportResource) {
      SupportResource r = (SupportResource) item;
      out.add(r.name());
      r.description().ifPresent(t -> inline(t, withUrls, out));
      if (withUrls) {
        r.url().ifPresent(out::add);
      }
    } else if (item instanceof TreatmentOption) {
      TreatmentOption t = (TreatmentOption) item;
      out.add(t.name());
      t.description().ifPresent(d -> inline(d, withUrls, out));
      out.addAll(t.cautions());
    } else if (item instanceof NamedItem) {
      NamedItem named = (NamedItem) item;
      out.add(named.name());
      named.description().ifPresent(t -> inline(t, withUrls, out));
    } else if (item instanceof DifferentialDiagnosis) {
      DifferentialDiagnosis d = (DifferentialDiagnosis) item;
      out.add(d.name());
      out.add(d.distinction());
    } else if (item instanceof Mechanism) {
      Mechanism m = (Mechanism) item;
      out.add(m.name());
      m.description().forEach(t -> inline(t, withUrls, out));
    } else if (item instanceof FirstAidStep) {
      FirstAidStep step = (FirstAidStep) item;
      out.add(step.instruction());
      step.detail().ifPresent(t -> inline(t, withUrls, out));
      for (BodySiteVariant v : step.variants()) {
        out.add(v.bodySite());
        out.add(v.instruction());
      }
      out.addAll(step.cautions());
    } else if (item instanceof SeekHelpAdvice) {
      SeekHelpAdvice a = (SeekHelpAdvice) item;
      out.add(a.situation());
      a.advice().forEach(t -> inline(t, withUrls, out));
    } else if (item instanceof SelfCareTip) {
      SelfCareTip tip = (SelfCareTip) item;
      out.add(tip.text());
      tip.detail().ifPresent(t -> inline(t, withUrls, out));
    } else {
      throw new AssertionError("an item type the walk does not know: " + item.getClass());
    }
  }

  private static void attribution(Attribution a, boolean withUrls, List<String> out) {
    List<Contributor> contributors = new ArrayList<>(a.authors());
    contributors.addAll(a.reviewers());
    a.publisher().ifPresent(contributors::add);
    for (Contributor p : contributors) {
      out.add(p.name());
      p.credentials().ifPresent(out::add);
      if (withUrls) {
        p.url().ifPresent(out::add);
      }
    }
    for (Optional<java.time.LocalDate> date :
        List.of(a.published(), a.modified(), a.lastReviewed(), a.nextReview())) {
      date.ifPresent(day -> out.add(day.toString()));
    }
    a.license()
        .ifPresent(
            l -> {
              out.add(l.name());
              if (withUrls) {
                l.url().ifPresent(out::add);
              }
            });
  }
}
