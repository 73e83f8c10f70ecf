package dev.caresheet.render.html.internal;

import dev.caresheet.model.Attribution;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Callout;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Condition;
import dev.caresheet.model.DifferentialDiagnoses;
import dev.caresheet.model.DifferentialDiagnosis;
import dev.caresheet.model.FirstAid;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.ListPart;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.Mechanisms;
import dev.caresheet.model.Part;
import dev.caresheet.model.Person;
import dev.caresheet.model.Prevention;
import dev.caresheet.model.PreventionMeasure;
import dev.caresheet.model.Reference;
import dev.caresheet.model.Section;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.model.Trigger;
import dev.caresheet.model.Triggers;
import dev.caresheet.model.WhenToSeekHelp;
import dev.caresheet.render.Labels;
import dev.caresheet.render.PartRendererMap;
import dev.caresheet.render.html.HtmlContext;
import dev.caresheet.render.html.HtmlWriter;
import dev.caresheet.render.html.RelatedLink;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in part renderers of the HTML format, one per model type. They use only the public
 * {@link HtmlContext} API, as a publisher's renderer would, and open every element through {@link
 * HtmlContext#open(Object, String, String...)} so that attribute providers reach it.
 *
 * <p>The markup, and the order in which content appears (which the no-loss property test walks):
 *
 * <ul>
 *   <li>{@code <article class="condition">} ({@code lang}, and {@code dir="rtl"} where the
 *       language is written right to left, when it is a fragment rather than a page) holding a
 *       {@code <header>}: the title as {@code h1}, alternate names as a {@code <dl>}, the summary,
 *       the urgent advice and "On this page" ({@link PageGuide}), the description as {@code <p>}s,
 *       affected anatomy as a {@code <dl>}, then the callouts;
 *   <li>one {@code <section aria-labelledby>} per part in {@link Condition#parts()} order, its
 *       {@code h2} carrying the part's id (and {@code tabindex="-1"}, so that a link to it moves the
 *       focus there, as to a cause's {@code <li>}); callouts, intro paragraphs, the items, concluding
 *       paragraphs. Items: {@code <ul>} (causes, mechanisms, triggers, when to seek help,
 *       prevention), {@code <ol>} (first-aid steps), {@code <dl>} of {@code <div>} groups
 *       (differential diagnoses: the condition as {@code dt}, the distinction as {@code dd});
 *   <li>an item with a name and more to say gets its name as an {@code h3}; an item that is only a
 *       name is just the list item's text, since a heading must head something;
 *   <li>a callout is an {@code <aside role="note">} headed by its title, one level below the
 *       header's title or the part's heading; an urgency label is a {@code <strong
 *       class="urgency">} in its item, never a paragraph of bold text posing as a heading;
 *   <li>references as an {@code <ol>} in their own section, related conditions as a {@code
 *       <nav>}, the attribution in a {@code <footer>} with {@code <time datetime>}, and the
 *       JSON-LD block last.
 * </ul>
 *
 * <p>A line feed in any content text is a {@code <br>} ({@link HtmlWriter#multilineText}).
 */
public final class CoreRenderers {
  private CoreRenderers() {}

  /** The built-in renderers by model type. */
  public static final PartRendererMap<HtmlContext> MAP = PartRendererMap.<HtmlContext>builder()
      .putIfAbsent(Condition.class, CoreRenderers::condition)
      .putIfAbsent(DifferentialDiagnoses.class, (p, c) -> listPart(p, c, "differential-diagnoses", "dl"))
      .putIfAbsent(Causes.class, (p, c) -> listPart(p, c, "causes", "ul"))
      .putIfAbsent(Mechanisms.class, (p, c) -> listPart(p, c, "mechanisms", "ul"))
      .putIfAbsent(Triggers.class, (p, c) -> listPart(p, c, "triggers", "ul"))
      .putIfAbsent(FirstAid.class, (p, c) -> listPart(p, c, "first-aid", "ol"))
      .putIfAbsent(WhenToSeekHelp.class, (p, c) -> listPart(p, c, "when-to-seek-help", "ul"))
      .putIfAbsent(Prevention.class, (p, c) -> listPart(p, c, "prevention", "ul"))
      .putIfAbsent(Section.class, CoreRenderers::section)
      .putIfAbsent(DifferentialDiagnosis.class, CoreRenderers::differentialDiagnosis)
      .putIfAbsent(Cause.class, CoreRenderers::cause)
      .putIfAbsent(Mechanism.class, CoreRenderers::mechanism)
      .putIfAbsent(Trigger.class, (t, c) -> namedItem(t, c, t.name(), t.description()))
      .putIfAbsent(FirstAidStep.class, CoreRenderers::firstAidStep)
      .putIfAbsent(BodySiteVariant.class, CoreRenderers::bodySiteVariant)
      .putIfAbsent(SeekHelpAdvice.class, CoreRenderers::seekHelpAdvice)
      .putIfAbsent(PreventionMeasure.class, (m, c) -> namedItem(m, c, m.name(), m.description()))
      .putIfAbsent(Callout.class, CoreRenderers::callout)
      .putIfAbsent(Reference.class, CoreRenderers::reference)
      .putIfAbsent(Attribution.class, CoreRenderers::attribution)
      .putIfAbsent(Person.class, CoreRenderers::person)
      .build();

  /** The model types the built-in renderers handle. */
  public static final Set<Class<?>> TYPES = Set.of(
      Condition.class, DifferentialDiagnoses.class, Causes.class, Mechanisms.class, Triggers.class,
      FirstAid.class, WhenToSeekHelp.class, Prevention.class, Section.class,
      DifferentialDiagnosis.class, Cause.class, Mechanism.class, Trigger.class, FirstAidStep.class,
      BodySiteVariant.class, SeekHelpAdvice.class, PreventionMeasure.class, Callout.class,
      Reference.class, Attribution.class, Person.class);

  private static void condition(Condition c, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.html();
    if (ctx.options().page()) {
      ctx.open(c, "article", "class", "condition");
    } else if (Languages.isRightToLeft(c.language())) {
      ctx.open(c, "article", "class", "condition", "lang", c.language(), "dir", "rtl");
    } else {
      ctx.open(c, "article", "class", "condition", "lang", c.language());
    }
    html.newline();
    header(c, ctx);
    for (Part part : c.parts()) {
      ctx.render(part);
    }
    references(c, ctx);
    related(c, ctx);
    if (c.attribution().isPresent()) {
      ctx.render(c.attribution().get());
    }
    ctx.jsonLd();
    html.close("article").newline();
  }

  private static void header(Condition c, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.html();
    Labels labels = ctx.labels();
    ctx.open(c, "header").newline();
    String h1 = ctx.heading(0);
    ctx.open(c, h1).multilineText(c.name()).close(h1).newline();
    terms(c, ctx, "alternate-names", labels.get("alternateNames"), c.alternateNames());
    if (c.summary().isPresent()) {
      ctx.open(c, "p", "class", "summary").multilineText(c.summary().get()).close("p").newline();
    }
    PageGuide.render(c, ctx);
    paragraphs(c, ctx, c.description(), "description");
    terms(c, ctx, "affected-anatomy", labels.get("affectedAnatomy"), c.affectedAnatomy());
    for (Callout callout : c.callouts()) {
      ctx.render(callout);
    }
    html.close("header").newline();
  }

  /** A {@code <dl>} of one term and its values, if there are any. */
  private static void terms(Object part, HtmlContext ctx, String cssClass, String label, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    HtmlWriter html = ctx.html();
    ctx.open(part, "dl", "class", cssClass);
    ctx.open(part, "dt").text(label).close("dt");
    for (String value : values) {
      ctx.open(part, "dd").multilineText(value).close("dd");
    }
    html.close("dl").newline();
  }

  private static void paragraphs(Object part, HtmlContext ctx, List<String> paragraphs, String cssClass) {
    for (String paragraph : paragraphs) {
      ctx.open(part, "p", "class", cssClass).multilineText(paragraph).close("p").newline();
    }
  }

  /** The section of a list part: heading, callouts, intro, items, conclusion. */
  private static void listPart(ListPart<?> part, HtmlContext ctx, String cssClass, String listTag)
      throws IOException {
    HtmlWriter html = ctx.html();
    String id = ctx.id(part);
    ctx.open(part, "section", "class", cssClass, "aria-labelledby", id).newline();
    String h2 = ctx.heading(1);
    ctx.open(part, h2, "id", id, "tabindex", "-1")
        .multilineText(part.heading().orElseGet(() -> ctx.labels().part(part.kind())))
        .close(h2).newline();
    for (Callout callout : part.callouts()) {
      ctx.render(callout);
    }
    paragraphs(part, ctx, part.intro(), "intro");
    ctx.open(part, listTag).newline();
    for (Object item : part.items()) {
      ctx.render(item);
    }
    html.close(listTag).newline();
    paragraphs(part, ctx, part.conclusion(), "conclusion");
    html.close("section").newline();
  }

  private static void section(Section s, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.html();
    String id = ctx.id(s);
    ctx.open(s, "section", "class", "section", "aria-labelledby", id).newline();
    String h2 = ctx.heading(1);
    ctx.open(s, h2, "id", id, "tabindex", "-1").multilineText(s.title()).close(h2).newline();
    for (Callout callout : s.callouts()) {
      ctx.render(callout);
    }
    paragraphs(s, ctx, s.body(), "body");
    html.close("section").newline();
  }

  private static void differentialDiagnosis(DifferentialDiagnosis d, HtmlContext ctx) {
    ctx.open(d, "div");
    ctx.open(d, "dt").multilineText(d.name()).close("dt");
    ctx.open(d, "dd").multilineText(d.distinction()).close("dd");
    ctx.html().close("div").newline();
  }

  private static void cause(Cause cause, HtmlContext ctx) {
    Optional<String> id = ctx.causeId(cause.id());
    if (id.isPresent()) {
      ctx.open(cause, "li", "id", id.get(), "tabindex", "-1");
    } else {
      ctx.open(cause, "li");
    }
    nameAndDescription(cause, ctx, cause.name(), cause.description());
    ctx.html().close("li").newline();
  }

  /** A list item of a name and an optional description. */
  private static void namedItem(Object item, HtmlContext ctx, String name, Optional<String> description) {
    ctx.open(item, "li");
    nameAndDescription(item, ctx, name, description);
    ctx.html().close("li").newline();
  }

  private static void nameAndDescription(Object item, HtmlContext ctx, String name, Optional<String> description) {
    if (description.isPresent()) {
      String h3 = ctx.heading(2);
      ctx.open(item, h3).multilineText(name).close(h3);
      ctx.open(item, "p", "class", "description").multilineText(description.get()).close("p");
    } else {
      ctx.html().multilineText(name);
    }
  }

  private static void mechanism(Mechanism m, HtmlContext ctx) {
    HtmlWriter html = ctx.html();
    ctx.open(m, "li");
    String h3 = ctx.heading(2);
    ctx.open(m, h3).multilineText(m.name()).close(h3);
    for (String paragraph : m.description()) {
      ctx.open(m, "p", "class", "description").multilineText(paragraph).close("p");
    }
    if (!m.causes().isEmpty()) {
      ctx.open(m, "p", "class", "explains").text(ctx.labels().get("explainsCauses")).text(": ");
      List<Cause> causes = ctx.condition().causes().map(Causes::items).orElse(List.of());
      for (int i = 0; i < m.causes().size(); i++) {
        if (i > 0) {
          html.text(", ");
        }
        String causeId = m.causes().get(i);
        Optional<Cause> cause = causes.stream().filter(x -> x.id().equals(causeId)).findFirst();
        Optional<String> anchor = ctx.causeId(causeId);
        if (cause.isPresent() && anchor.isPresent()) {
          ctx.open(m, "a", "href", "#" + anchor.get()).multilineText(cause.get().name()).close("a");
        } else {
          html.text(causeId);
        }
      }
      html.close("p");
    }
    html.close("li").newline();
  }

  private static void firstAidStep(FirstAidStep step, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.html();
    ctx.open(step, "li");
    ctx.open(step, "p", "class", "instruction").multilineText(step.instruction()).close("p");
    if (step.detail().isPresent()) {
      ctx.open(step, "p", "class", "detail").multilineText(step.detail().get()).close("p");
    }
    if (!step.variants().isEmpty()) {
      ctx.open(step, "ul", "class", "variants");
      for (BodySiteVariant variant : step.variants()) {
        ctx.render(variant);
      }
      html.close("ul");
    }
    for (String caution : step.cautions()) {
      ctx.open(step, "p", "class", "caution");
      ctx.open(step, "strong").text(ctx.labels().get("caution")).text(":").close("strong");
      html.text(" ").multilineText(caution).close("p");
    }
    html.close("li").newline();
  }

  private static void bodySiteVariant(BodySiteVariant v, HtmlContext ctx) {
    ctx.open(v, "li");
    ctx.open(v, "strong", "class", "body-site").multilineText(v.bodySite()).close("strong");
    ctx.html().text(": ").multilineText(v.instruction()).close("li");
  }

  private static void seekHelpAdvice(SeekHelpAdvice a, HtmlContext ctx) {
    HtmlWriter html = ctx.html();
    ctx.open(a, "li", "class", "urgency-" + a.urgency().value());
    String h3 = ctx.heading(2);
    ctx.open(a, h3).multilineText(a.situation()).close(h3);
    ctx.open(a, "strong", "class", "urgency").text(ctx.labels().urgency(a.urgency())).close("strong");
    for (String paragraph : a.advice()) {
      ctx.open(a, "p", "class", "advice").multilineText(paragraph).close("p");
    }
    html.close("li").newline();
  }

  private static void callout(Callout c, HtmlContext ctx) {
    HtmlWriter html = ctx.html();
    // The title heads the callout: one level below the header's title or the part's heading.
    String heading = ctx.heading("header".equals(html.current()) ? 1 : 2);
    ctx.open(c, "aside", "class", "callout callout-" + c.kind().value(), "role", "note");
    ctx.open(c, heading, "class", "callout-title")
        .multilineText(c.title().orElseGet(() -> ctx.labels().callout(c.kind()))).close(heading);
    ctx.open(c, "p", "class", "callout-text").multilineText(c.text()).close("p");
    html.close("aside").newline();
  }

  private static void references(Condition c, HtmlContext ctx) throws IOException {
    if (c.references().isEmpty()) {
      return;
    }
    HtmlWriter html = ctx.html();
    String id = ctx.newId("references");
    ctx.open(c, "section", "class", "references", "aria-labelledby", id).newline();
    String h2 = ctx.heading(1);
    ctx.open(c, h2, "id", id).text(ctx.labels().get("references")).close(h2).newline();
    ctx.open(c, "ol").newline();
    for (Reference reference : c.references()) {
      ctx.render(reference);
    }
    html.close("ol").newline().close("section").newline();
  }

  private static void reference(Reference r, HtmlContext ctx) {
    HtmlWriter html = ctx.html();
    ctx.open(r, "li");
    ctx.open(r, "cite");
    if (r.url().isPresent() && HtmlWriter.isSafeUrl(r.url().get())) {
      ctx.open(r, "a", "href", r.url().get()).multilineText(r.title()).close("a");
    } else {
      html.multilineText(r.title());
    }
    html.close("cite");
    if (r.publisher().isPresent()) {
      html.text(", ");
      ctx.open(r, "span", "class", "publisher").multilineText(r.publisher().get()).close("span");
    }
    html.close("li").newline();
  }

  private static void related(Condition c, HtmlContext ctx) {
    if (c.related().isEmpty()) {
      return;
    }
    HtmlWriter html = ctx.html();
    String id = ctx.newId("related");
    ctx.open(c, "nav", "class", "related", "aria-labelledby", id).newline();
    String h2 = ctx.heading(1);
    ctx.open(c, h2, "id", id).text(ctx.labels().get("related")).close(h2).newline();
    ctx.open(c, "ul").newline();
    for (String related : c.related()) {
      ctx.open(c, "li");
      Optional<RelatedLink> link = ctx.relatedLink(related);
      if (link.isPresent()) {
        ctx.open(c, "a", "href", link.get().href()).text(link.get().title()).close("a");
      } else {
        html.text(related);
      }
      html.close("li").newline();
    }
    html.close("ul").newline().close("nav").newline();
  }

  private static void attribution(Attribution a, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.html();
    Labels labels = ctx.labels();
    ctx.open(a, "footer", "class", "attribution").newline();
    String h2 = ctx.heading(1);
    ctx.open(a, h2).text(labels.get("about")).close(h2).newline();
    ctx.open(a, "dl").newline();
    people(a, ctx, labels.get("authors"), a.authors());
    people(a, ctx, labels.get("reviewers"), a.reviewers());
    if (a.lastReviewed().isPresent()) {
      LocalDate date = a.lastReviewed().get();
      ctx.open(a, "div");
      ctx.open(a, "dt").text(labels.get("lastReviewed")).close("dt");
      ctx.open(a, "dd");
      if (date.getYear() >= 1 && date.getYear() <= 9999) {
        ctx.open(a, "time", "datetime", date.toString()).text(date.toString()).close("time");
      } else {
        html.text(date.toString());
      }
      html.close("dd").close("div").newline();
    }
    html.close("dl").newline().close("footer").newline();
  }

  private static void people(Attribution a, HtmlContext ctx, String label, List<Person> people)
      throws IOException {
    if (people.isEmpty()) {
      return;
    }
    ctx.open(a, "div");
    ctx.open(a, "dt").text(label).close("dt");
    for (Person person : people) {
      ctx.render(person);
    }
    ctx.html().close("div").newline();
  }

  private static void person(Person p, HtmlContext ctx) {
    HtmlWriter html = ctx.html();
    ctx.open(p, "dd");
    if (p.url().isPresent() && HtmlWriter.isSafeUrl(p.url().get())) {
      ctx.open(p, "a", "href", p.url().get()).multilineText(p.name()).close("a");
    } else {
      html.multilineText(p.name());
    }
    if (p.credentials().isPresent()) {
      html.text(", ");
      ctx.open(p, "span", "class", "credentials").multilineText(p.credentials().get()).close("span");
    }
    html.close("dd");
  }
}
