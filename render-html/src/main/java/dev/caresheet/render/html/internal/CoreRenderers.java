package dev.caresheet.render.html.internal;

import dev.caresheet.model.Attribution;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Callout;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.DifferentialDiagnosis;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.Inline;
import dev.caresheet.model.License;
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
import dev.caresheet.model.SupportResource;
import dev.caresheet.model.SymptomGroup;
import dev.caresheet.model.Symptoms;
import dev.caresheet.model.TreatmentOption;
import dev.caresheet.render.Labels;
import dev.caresheet.render.PartRendererMap;
import dev.caresheet.render.html.HtmlContext;
import dev.caresheet.render.html.HtmlWriter;
import dev.caresheet.render.html.RelatedLink;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The built-in part renderers of the HTML format. They use only the public {@link HtmlContext} API,
 * as a publisher's renderer would, and write every element through its {@link
 * HtmlContext#writer()}, which offers it to the attribute providers.
 *
 * <p>Registration follows one rule, the same in every format: list parts are rendered by one
 * renderer registered for {@link ListPart} and items that are a name and a description by one
 * registered for {@link NamedItem}, so that a publisher's renderer for one type ({@code Causes},
 * {@code Symptom}) is nearer and wins, and one for {@code ListPart} or {@code NamedItem} replaces
 * them all. How a part lists its items comes from its declaration ({@link ListPart#listStyle()}).
 *
 * <p>The markup, and the order in which content appears (which the no-loss property test walks):
 *
 * <ul>
 *   <li>{@code <article class="condition">} ({@code lang}, and {@code dir="rtl"} where the language
 *       is written right to left, when it is a fragment rather than a page) holding a {@code
 *       <header>}: the title as {@code h1}, alternate names as a {@code <dl>}, the summary, the
 *       urgent advice and "On this page" ({@link PageGuide}), the description as {@code <p>}s,
 *       affected anatomy as a {@code <dl>}, then the callouts;
 *   <li>one {@code <section aria-labelledby>} per part in {@link Condition#parts()} order, its
 *       {@code h2} carrying the part's id (with {@code tabindex="-1"}, so that a link to it moves
 *       the focus there) and its class the part's key in kebab case ({@code first-aid}); callouts,
 *       intro paragraphs, the items, (for symptoms, the groups: an {@code h3}, intro paragraphs and
 *       a list each), concluding paragraphs. Items by list style: {@code <ul>} (bulleted), {@code
 *       <ol>} (numbered), a {@code <dl>} of {@code <div>} groups (terms: the condition as {@code
 *       dt}, the distinction as {@code dd}), and for Do and Don't lists a plain {@code <ul>}, then
 *       an {@code h3} and a {@code <ul class="do">}, then an {@code h3} and a {@code <ul
 *       class="dont">};
 *   <li>an item with a name and more to say gets its name as an {@code h3}; an item that is only a
 *       name is just the list item's text, since a heading must head something;
 *   <li>a callout is an {@code <aside role="note">} headed by its title, one level below the
 *       header's title or the part's heading; an urgency label is a {@code <strong
 *       class="urgency">} in its item, never a paragraph of bold text posing as a heading;
 *   <li>references as an {@code <ol>} in their own section, related conditions as a {@code <nav>},
 *       the attribution in a {@code <footer>} (contributors, then the dates with {@code <time
 *       datetime>}, then the licence), and the JSON-LD block last.
 * </ul>
 *
 * <p>A line feed in any content text is a {@code <br>} ({@link HtmlWriter#multilineText}).
 * Paragraph texts ({@link Inline#FIELDS}) are inline markup, written by {@link
 * HtmlWriter#inline(String)}. Line breaks in the source come from the writer's layout, the same for
 * a publisher's renderer.
 */
public final class CoreRenderers {
  private CoreRenderers() {}

  /** The built-in renderers by model type. */
  @SuppressWarnings("unchecked")
  public static final PartRendererMap<HtmlContext> MAP =
      PartRendererMap.<HtmlContext>builder()
          .putIfAbsent(Condition.class, CoreRenderers::condition)
          .putIfAbsent((Class<ListPart<?>>) (Class<?>) ListPart.class, CoreRenderers::listPart)
          .putIfAbsent(Section.class, CoreRenderers::section)
          .putIfAbsent(NamedItem.class, CoreRenderers::namedItem)
          .putIfAbsent(Cause.class, CoreRenderers::cause)
          .putIfAbsent(SupportResource.class, CoreRenderers::supportResource)
          .putIfAbsent(TreatmentOption.class, CoreRenderers::treatmentOption)
          .putIfAbsent(DifferentialDiagnosis.class, CoreRenderers::differentialDiagnosis)
          .putIfAbsent(Mechanism.class, CoreRenderers::mechanism)
          .putIfAbsent(FirstAidStep.class, CoreRenderers::firstAidStep)
          .putIfAbsent(BodySiteVariant.class, CoreRenderers::bodySiteVariant)
          .putIfAbsent(SeekHelpAdvice.class, CoreRenderers::seekHelpAdvice)
          .putIfAbsent(SelfCareTip.class, CoreRenderers::selfCareTip)
          .putIfAbsent(SymptomGroup.class, CoreRenderers::symptomGroup)
          .putIfAbsent(Callout.class, CoreRenderers::callout)
          .putIfAbsent(Reference.class, CoreRenderers::reference)
          .putIfAbsent(Attribution.class, CoreRenderers::attribution)
          .putIfAbsent(Contributor.class, CoreRenderers::contributor)
          .putIfAbsent(License.class, CoreRenderers::license)
          .build();

  private static void condition(Condition c, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.writer();
    if (ctx.options().page()) {
      html.open("article", "class", "condition");
    } else if (Languages.isRightToLeft(c.language())) {
      html.open("article", "class", "condition", "lang", c.language(), "dir", "rtl");
    } else {
      html.open("article", "class", "condition", "lang", c.language());
    }
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
    html.close("article");
  }

  private static void header(Condition c, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.writer();
    Labels labels = ctx.labels();
    html.open("header");
    String h1 = ctx.heading(0);
    html.open(h1).multilineText(c.name()).close(h1);
    terms(ctx, "alternate-names", labels.get("alternateNames"), c.alternateNames());
    if (c.summary().isPresent()) {
      html.open("p", "class", "summary").multilineText(c.summary().get()).close("p");
    }
    PageGuide.render(c, ctx);
    BlockHtml.prose(ctx, c.description(), "description", 1);
    terms(ctx, "affected-anatomy", labels.get("affectedAnatomy"), c.affectedAnatomy());
    for (Callout callout : c.callouts()) {
      ctx.render(callout);
    }
    html.close("header");
  }

  /** A {@code <dl>} of one term and its values, if there are any. */
  private static void terms(HtmlContext ctx, String cssClass, String label, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    HtmlWriter html = ctx.writer();
    html.open("dl", "class", cssClass);
    html.open("dt").text(label).close("dt");
    for (String value : values) {
      html.open("dd").multilineText(value).close("dd");
    }
    html.close("dl");
  }

  private static void paragraphs(HtmlContext ctx, List<String> paragraphs, String cssClass) {
    for (String paragraph : paragraphs) {
      ctx.writer().open("p", "class", cssClass).inline(paragraph).close("p");
    }
  }

  /** The section of a list part: heading, callouts, intro, items, conclusion. */
  private static void listPart(ListPart<?> part, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.writer();
    String id = ctx.id(part);
    html.open("section", "class", Css.kebab(part.key()), "aria-labelledby", id);
    String h2 = ctx.heading(1);
    html.open(h2, "id", id, "tabindex", "-1")
        .multilineText(part.heading().orElseGet(() -> ctx.labels().part(part.kind())))
        .close(h2);
    for (Callout callout : part.callouts()) {
      ctx.render(callout);
    }
    BlockHtml.prose(ctx, part.intro(), "intro", 2);
    items(ctx, part.listStyle(), part.items());
    if (part instanceof Symptoms) {
      for (SymptomGroup group : ((Symptoms) part).groups()) {
        ctx.render(group);
      }
    }
    BlockHtml.prose(ctx, part.conclusion(), "conclusion", 2);
    html.close("section");
  }

  /** The items of a part in the element its list style asks for; nothing for no items. */
  private static void items(HtmlContext ctx, ListStyle style, List<?> items) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    switch (style) {
      case BULLETED -> list(ctx, "ul", null, items);
      case NUMBERED -> list(ctx, "ol", null, items);
      case TERMS -> list(ctx, "dl", null, items);
      case DO_AND_DONT -> {
        list(ctx, "ul", null, Recommendation.select(items, Optional.empty()));
        for (Recommendation r : Recommendation.values()) {
          List<?> these = Recommendation.select(items, Optional.of(r));
          if (!these.isEmpty()) {
            String h3 = ctx.heading(2);
            ctx.writer().open(h3).text(ctx.labels().recommendation(r)).close(h3);
            list(ctx, "ul", r.value(), these);
          }
        }
      }
    }
  }

  private static void list(HtmlContext ctx, String tag, String cssClass, List<?> items)
      throws IOException {
    if (items.isEmpty()) {
      return;
    }
    if (cssClass == null) {
      ctx.writer().open(tag);
    } else {
      ctx.writer().open(tag, "class", cssClass);
    }
    for (Object item : items) {
      ctx.render(item);
    }
    ctx.writer().close(tag);
  }

  private static void symptomGroup(SymptomGroup g, HtmlContext ctx) throws IOException {
    String h3 = ctx.heading(2);
    ctx.writer().open(h3).multilineText(g.title()).close(h3);
    paragraphs(ctx, g.intro(), "intro");
    list(ctx, "ul", null, g.items());
  }

  private static void section(Section s, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.writer();
    String id = ctx.id(s);
    html.open("section", "class", "section", "aria-labelledby", id);
    String h2 = ctx.heading(1);
    html.open(h2, "id", id, "tabindex", "-1").multilineText(s.title()).close(h2);
    for (Callout callout : s.callouts()) {
      ctx.render(callout);
    }
    BlockHtml.prose(ctx, s.body(), "body", 2);
    html.close("section");
  }

  private static void differentialDiagnosis(DifferentialDiagnosis d, HtmlContext ctx) {
    ctx.writer().open("div");
    ctx.writer().open("dt").multilineText(d.name()).close("dt");
    ctx.writer().open("dd").multilineText(d.distinction()).close("dd");
    ctx.writer().close("div");
  }

  private static void cause(Cause cause, HtmlContext ctx) {
    Optional<String> id = ctx.causeId(cause.id());
    if (id.isPresent()) {
      ctx.writer().open("li", "id", id.get(), "tabindex", "-1");
    } else {
      ctx.writer().open("li");
    }
    nameAndDescription(ctx, cause.name(), cause.description());
    ctx.writer().close("li");
  }

  /** A list item of a name and an optional description. */
  private static void namedItem(NamedItem item, HtmlContext ctx) {
    ctx.writer().open("li");
    nameAndDescription(ctx, item.name(), item.description());
    ctx.writer().close("li");
  }

  private static void supportResource(SupportResource r, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    html.open("li");
    boolean link = r.url().isPresent() && HtmlWriter.isSafeUrl(r.url().get());
    if (r.description().isPresent()) {
      String h3 = ctx.heading(2);
      html.open(h3);
      linkedName(ctx, r.name(), link ? r.url() : Optional.empty());
      html.close(h3);
      html.open("p", "class", "description").inline(r.description().get()).close("p");
    } else {
      linkedName(ctx, r.name(), link ? r.url() : Optional.empty());
    }
    html.close("li");
  }

  private static void linkedName(HtmlContext ctx, String name, Optional<String> url) {
    if (url.isPresent()) {
      ctx.writer().open("a", "href", url.get()).multilineText(name).close("a");
    } else {
      ctx.writer().multilineText(name);
    }
  }

  private static void treatmentOption(TreatmentOption t, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    html.open("li");
    if (t.description().isPresent() || !t.cautions().isEmpty()) {
      String h3 = ctx.heading(2);
      html.open(h3).multilineText(t.name()).close(h3);
      if (t.description().isPresent()) {
        html.open("p", "class", "description").inline(t.description().get()).close("p");
      }
      cautions(ctx, t.cautions());
    } else {
      html.multilineText(t.name());
    }
    html.close("li");
  }

  private static void cautions(HtmlContext ctx, List<String> cautions) {
    for (String caution : cautions) {
      ctx.writer().open("p", "class", "caution");
      ctx.writer().open("strong").text(ctx.labels().get("caution")).text(":").close("strong");
      ctx.writer().text(" ").multilineText(caution).close("p");
    }
  }

  private static void selfCareTip(SelfCareTip tip, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    html.open("li");
    if (tip.detail().isPresent()) {
      html.open("p", "class", "tip").multilineText(tip.text()).close("p");
      html.open("p", "class", "detail").inline(tip.detail().get()).close("p");
    } else {
      html.multilineText(tip.text());
    }
    html.close("li");
  }

  private static void nameAndDescription(
      HtmlContext ctx, String name, Optional<String> description) {
    if (description.isPresent()) {
      String h3 = ctx.heading(2);
      ctx.writer().open(h3).multilineText(name).close(h3);
      ctx.writer().open("p", "class", "description").inline(description.get()).close("p");
    } else {
      ctx.writer().multilineText(name);
    }
  }

  private static void mechanism(Mechanism m, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    html.open("li");
    String h3 = ctx.heading(2);
    html.open(h3).multilineText(m.name()).close(h3);
    for (String paragraph : m.description()) {
      html.open("p", "class", "description").inline(paragraph).close("p");
    }
    if (!m.causes().isEmpty()) {
      html.open("p", "class", "explains").text(ctx.labels().get("explainsCauses")).text(": ");
      List<Cause> causes = ctx.condition().causes().map(Causes::items).orElse(List.of());
      for (int i = 0; i < m.causes().size(); i++) {
        if (i > 0) {
          html.text(", ");
        }
        String causeId = m.causes().get(i);
        Optional<Cause> cause = causes.stream().filter(x -> x.id().equals(causeId)).findFirst();
        Optional<String> anchor = ctx.causeId(causeId);
        if (cause.isPresent() && anchor.isPresent()) {
          html.open("a", "href", "#" + anchor.get()).multilineText(cause.get().name()).close("a");
        } else {
          html.text(causeId);
        }
      }
      html.close("p");
    }
    html.close("li");
  }

  private static void firstAidStep(FirstAidStep step, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.writer();
    html.open("li");
    html.open("p", "class", "instruction").multilineText(step.instruction()).close("p");
    if (step.detail().isPresent()) {
      html.open("p", "class", "detail").inline(step.detail().get()).close("p");
    }
    if (!step.variants().isEmpty()) {
      html.open("ul", "class", "variants");
      for (BodySiteVariant variant : step.variants()) {
        ctx.render(variant);
      }
      html.close("ul");
    }
    cautions(ctx, step.cautions());
    html.close("li");
  }

  private static void bodySiteVariant(BodySiteVariant v, HtmlContext ctx) {
    ctx.writer().open("li");
    ctx.writer().open("strong", "class", "body-site").multilineText(v.bodySite()).close("strong");
    ctx.writer().text(": ").multilineText(v.instruction()).close("li");
  }

  private static void seekHelpAdvice(SeekHelpAdvice a, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    if (a.urgency().isPresent()) {
      html.open("li", "class", "urgency-" + a.urgency().get().value());
    } else {
      html.open("li");
    }
    String h3 = ctx.heading(2);
    html.open(h3).multilineText(a.situation()).close(h3);
    if (a.urgency().isPresent()) {
      html.open("strong", "class", "urgency")
          .text(ctx.labels().urgency(a.urgency().get()))
          .close("strong");
    }
    for (String paragraph : a.advice()) {
      html.open("p", "class", "advice").inline(paragraph).close("p");
    }
    html.close("li");
  }

  private static void callout(Callout c, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    // The title heads the callout: one level below the header's title or the part's heading.
    String heading = ctx.heading("header".equals(html.current()) ? 1 : 2);
    html.open("aside", "class", "callout callout-" + c.kind().value(), "role", "note");
    html.open(heading, "class", "callout-title")
        .multilineText(c.title().orElseGet(() -> ctx.labels().callout(c.kind())))
        .close(heading);
    html.open("p", "class", "callout-text").inline(c.text()).close("p");
    html.close("aside");
  }

  private static void references(Condition c, HtmlContext ctx) throws IOException {
    if (c.references().isEmpty()) {
      return;
    }
    HtmlWriter html = ctx.writer();
    String id = ctx.newId("references");
    html.open("section", "class", "references", "aria-labelledby", id);
    String h2 = ctx.heading(1);
    html.open(h2, "id", id).text(ctx.labels().get("references")).close(h2);
    html.open("ol");
    for (Reference reference : c.references()) {
      ctx.render(reference);
    }
    html.close("ol").close("section");
  }

  private static void reference(Reference r, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    html.open("li");
    html.open("cite");
    if (r.url().isPresent() && HtmlWriter.isSafeUrl(r.url().get())) {
      html.open("a", "href", r.url().get()).multilineText(r.title()).close("a");
    } else {
      html.multilineText(r.title());
    }
    html.close("cite");
    if (r.publisher().isPresent()) {
      html.text(", ");
      html.open("span", "class", "publisher").multilineText(r.publisher().get()).close("span");
    }
    html.close("li");
  }

  private static void related(Condition c, HtmlContext ctx) {
    if (c.related().isEmpty()) {
      return;
    }
    HtmlWriter html = ctx.writer();
    String id = ctx.newId("related");
    html.open("nav", "class", "related", "aria-labelledby", id);
    String h2 = ctx.heading(1);
    html.open(h2, "id", id).text(ctx.labels().get("related")).close(h2);
    html.open("ul");
    for (String related : c.related()) {
      html.open("li");
      Optional<RelatedLink> link =
          ctx.relatedLink(related).filter(l -> HtmlWriter.isSafeUrl(l.href()));
      if (link.isPresent()) {
        html.open("a", "href", link.get().href()).text(link.get().title()).close("a");
      } else {
        html.text(related);
      }
      html.close("li");
    }
    html.close("ul").close("nav");
  }

  private static void attribution(Attribution a, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.writer();
    Labels labels = ctx.labels();
    html.open("footer", "class", "attribution");
    String h2 = ctx.heading(1);
    html.open(h2).text(labels.get("about")).close(h2);
    html.open("dl");
    contributors(a, ctx, labels.get("authors"), a.authors());
    contributors(a, ctx, labels.get("reviewers"), a.reviewers());
    contributors(a, ctx, labels.get("publisher"), a.publisher().map(List::of).orElse(List.of()));
    date(a, ctx, labels.get("published"), a.published());
    date(a, ctx, labels.get("modified"), a.modified());
    date(a, ctx, labels.get("lastReviewed"), a.lastReviewed());
    date(a, ctx, labels.get("nextReview"), a.nextReview());
    if (a.license().isPresent()) {
      html.open("div");
      html.open("dt").text(labels.get("license")).close("dt");
      ctx.render(a.license().get());
      html.close("div");
    }
    html.close("dl").close("footer");
  }

  private static void date(Attribution a, HtmlContext ctx, String label, Optional<LocalDate> date) {
    if (date.isEmpty()) {
      return;
    }
    HtmlWriter html = ctx.writer();
    LocalDate day = date.get();
    html.open("div");
    html.open("dt").text(label).close("dt");
    html.open("dd");
    if (day.getYear() >= 1 && day.getYear() <= 9999) {
      html.open("time", "datetime", day.toString()).text(day.toString()).close("time");
    } else {
      html.text(day.toString());
    }
    html.close("dd").close("div");
  }

  private static void contributors(
      Attribution a, HtmlContext ctx, String label, List<Contributor> contributors)
      throws IOException {
    if (contributors.isEmpty()) {
      return;
    }
    ctx.writer().open("div");
    ctx.writer().open("dt").text(label).close("dt");
    for (Contributor contributor : contributors) {
      ctx.render(contributor);
    }
    ctx.writer().close("div");
  }

  private static void contributor(Contributor p, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    html.open("dd");
    if (p.url().isPresent() && HtmlWriter.isSafeUrl(p.url().get())) {
      html.open("a", "href", p.url().get()).multilineText(p.name()).close("a");
    } else {
      html.multilineText(p.name());
    }
    if (p.credentials().isPresent()) {
      html.text(", ");
      html.open("span", "class", "credentials").multilineText(p.credentials().get()).close("span");
    }
    html.close("dd");
  }

  private static void license(License l, HtmlContext ctx) {
    ctx.writer().open("dd");
    if (l.url().isPresent() && HtmlWriter.isSafeUrl(l.url().get())) {
      ctx.writer()
          .open("a", "href", l.url().get(), "rel", "license")
          .multilineText(l.name())
          .close("a");
    } else {
      ctx.writer().multilineText(l.name());
    }
    ctx.writer().close("dd");
  }
}
