package dev.caresheet.render.html.internal;

import dev.caresheet.model.Inline;
import dev.caresheet.model.Attribution;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Block;
import dev.caresheet.model.Callout;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.DifferentialDiagnosis;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.License;
import dev.caresheet.model.ListPart;
import dev.caresheet.model.ListStyle;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.NamedItem;
import dev.caresheet.model.Part;
import dev.caresheet.model.Recommendation;
import dev.caresheet.model.Reference;
import dev.caresheet.model.Section;
import dev.caresheet.model.Subheading;
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
 * The built-in part renderers of the HTML format. They use only the public {@link HtmlContext}
 * API, as a publisher's renderer would, and open every element through {@link
 * HtmlContext#open(Object, String, String...)} so that attribute providers reach it.
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
 *   <li>{@code <article class="condition">} ({@code lang}, and {@code dir="rtl"} where the
 *       language is written right to left, when it is a fragment rather than a page) holding a
 *       {@code <header>}: the title as {@code h1}, alternate names as a {@code <dl>}, the summary,
 *       the urgent advice and "On this page" ({@link PageGuide}), the description as {@code <p>}s,
 *       affected anatomy as a {@code <dl>}, then the callouts;
 *   <li>one {@code <section aria-labelledby>} per part in {@link Condition#parts()} order, its
 *       {@code h2} carrying the part's id (with {@code tabindex="-1"}, so that a link to it moves
 *       the focus there) and its class the part's key in kebab case ({@code
 *       first-aid}); callouts, intro paragraphs, the items, (for symptoms, the groups: an {@code
 *       h3}, intro paragraphs and a list each), concluding paragraphs. Items by list style: {@code
 *       <ul>} (bulleted), {@code <ol>} (numbered), a {@code <dl>} of {@code <div>} groups (terms:
 *       the condition as {@code dt}, the distinction as {@code dd}), and for Do and Don't lists a
 *       plain {@code <ul>}, then an {@code h3} and a {@code <ul class="do">}, then an {@code h3}
 *       and a {@code <ul class="dont">};
 *   <li>an item with a name and more to say gets its name as an {@code h3}; an item that is only a
 *       name is just the list item's text, since a heading must head something;
 *   <li>a callout is an {@code <aside role="note">} headed by its title, one level below the
 *       header's title or the part's heading; an urgency label is a {@code <strong
 *       class="urgency">} in its item, never a paragraph of bold text posing as a heading;
 *   <li>references as an {@code <ol>} in their own section, related conditions as a {@code
 *       <nav>}, the attribution in a {@code <footer>} (contributors, then the dates with {@code
 *       <time datetime>}, then the licence), and the JSON-LD block last.
 * </ul>
 *
 * <p>A line feed in any content text is a {@code <br>} ({@link HtmlWriter#multilineText}).
 * Paragraph texts ({@link Inline#FIELDS}) are inline markup, written by {@link #inline}.
 */
public final class CoreRenderers {
  private CoreRenderers() {}

  /** The built-in renderers by model type. */
  @SuppressWarnings("unchecked")
  public static final PartRendererMap<HtmlContext> MAP = PartRendererMap.<HtmlContext>builder()
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
    HtmlWriter html = ctx.writer();
    Labels labels = ctx.labels();
    ctx.open(c, "header").newline();
    String h1 = ctx.heading(0);
    ctx.open(c, h1).multilineText(c.name()).close(h1).newline();
    terms(c, ctx, "alternate-names", labels.get("alternateNames"), c.alternateNames());
    if (c.summary().isPresent()) {
      ctx.open(c, "p", "class", "summary").multilineText(c.summary().get()).close("p").newline();
    }
    PageGuide.render(c, ctx);
    prose(c, ctx, c.description(), "description");
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
    HtmlWriter html = ctx.writer();
    ctx.open(part, "dl", "class", cssClass);
    ctx.open(part, "dt").text(label).close("dt");
    for (String value : values) {
      ctx.open(part, "dd").multilineText(value).close("dd");
    }
    html.close("dl").newline();
  }

  private static void paragraphs(Object part, HtmlContext ctx, List<String> paragraphs, String cssClass) {
    for (String paragraph : paragraphs) {
      ctx.open(part, "p", "class", cssClass);
      inline(part, ctx, paragraph);
      ctx.writer().close("p").newline();
    }
  }

  /** Prose: each block's inline texts as paragraphs, a subheading's text as one. */
  private static void prose(Object part, HtmlContext ctx, List<Block> blocks, String cssClass) {
    for (Block block : blocks) {
      if (block instanceof Subheading) {
        ctx.open(part, "p", "class", cssClass).multilineText(((Subheading) block).text());
        ctx.writer().close("p").newline();
      } else if (block instanceof dev.caresheet.model.Figure) {
        dev.caresheet.model.Figure f = (dev.caresheet.model.Figure) block;
        List<String> texts = new java.util.ArrayList<>();
        f.alt().ifPresent(a -> texts.add(Inline.escape(a)));
        texts.addAll(f.inlineTexts());
        f.credit().ifPresent(c -> texts.add(Inline.escape(c)));
        f.license().ifPresent(l -> texts.add(Inline.escape(l.name())));
        paragraphs(part, ctx, texts, cssClass);
      } else {
        paragraphs(part, ctx, block.inlineTexts(), cssClass);
      }
    }
  }

  /** The section of a list part: heading, callouts, intro, items, conclusion. */
  /**
   * Writes a paragraph text's inline markup ({@link Inline}): {@code <em>}, {@code <strong>} and
   * {@code <a>}. An in-document link points to the part's or cause's element id, a link to another
   * condition to its page ({@link HtmlContext#relatedLink}); a link that resolves to nothing, or
   * whose target is refused, is written as its text only, never as a broken link.
   */
  static void inline(Object part, HtmlContext ctx, String source) {
    HtmlWriter html = ctx.writer();
    Inline.Link current = null;
    boolean opened = false;
    for (Inline.Run run : Inline.parse(source).runs()) {
      Inline.Link link = run.link().orElse(null);
      if (link != current) {
        if (opened) {
          html.close("a");
        }
        current = link;
        Optional<String> href = link == null ? Optional.empty() : href(link, ctx);
        opened = href.isPresent();
        if (opened) {
          ctx.open(part, "a", "href", href.get());
        }
      }
      boolean strong = run.has(Inline.Mark.STRONG);
      boolean em = run.has(Inline.Mark.EMPHASIS);
      if (strong) {
        ctx.open(part, "strong");
      }
      if (em) {
        ctx.open(part, "em");
      }
      html.multilineText(run.text());
      if (em) {
        html.close("em");
      }
      if (strong) {
        html.close("strong");
      }
    }
    if (opened) {
      html.close("a");
    }
  }

  private static Optional<String> href(Inline.Link link, HtmlContext ctx) {
    switch (link.kind()) {
      case EXTERNAL:
        return HtmlWriter.isSafeUrl(link.target()) ? Optional.of(link.target()) : Optional.empty();
      case FRAGMENT:
        for (Part p : ctx.condition().parts()) {
          if (p.key().equals(link.target())) {
            return Optional.of("#" + ctx.id(p));
          }
        }
        return ctx.causeId(link.target()).map(id -> "#" + id);
      case CONDITION:
        return ctx.relatedLink(link.target()).map(RelatedLink::href);
      case REFUSED:
      default:
        return Optional.empty();
    }
  }

  private static void listPart(ListPart<?> part, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.writer();
    String id = ctx.id(part);
    ctx.open(part, "section", "class", Css.kebab(part.key()), "aria-labelledby", id).newline();
    String h2 = ctx.heading(1);
    ctx.open(part, h2, "id", id, "tabindex", "-1")
        .multilineText(part.heading().orElseGet(() -> ctx.labels().part(part.kind())))
        .close(h2).newline();
    for (Callout callout : part.callouts()) {
      ctx.render(callout);
    }
    prose(part, ctx, part.intro(), "intro");
    items(part, ctx, part.listStyle(), part.items());
    if (part instanceof Symptoms) {
      for (SymptomGroup group : ((Symptoms) part).groups()) {
        ctx.render(group);
      }
    }
    prose(part, ctx, part.conclusion(), "conclusion");
    html.close("section").newline();
  }

  /** The items of a part in the element its list style asks for; nothing for no items. */
  private static void items(Object part, HtmlContext ctx, ListStyle style, List<?> items)
      throws IOException {
    if (items.isEmpty()) {
      return;
    }
    switch (style) {
      case BULLETED -> list(part, ctx, "ul", null, items);
      case NUMBERED -> list(part, ctx, "ol", null, items);
      case TERMS -> list(part, ctx, "dl", null, items);
      case DO_AND_DONT -> {
        list(part, ctx, "ul", null, Recommendation.select(items, Optional.empty()));
        for (Recommendation r : Recommendation.values()) {
          List<?> these = Recommendation.select(items, Optional.of(r));
          if (!these.isEmpty()) {
            String h3 = ctx.heading(2);
            ctx.open(part, h3).text(ctx.labels().recommendation(r)).close(h3)
                .newline();
            list(part, ctx, "ul", r.value(), these);
          }
        }
      }
    }
  }

  private static void list(Object part, HtmlContext ctx, String tag, String cssClass, List<?> items)
      throws IOException {
    if (items.isEmpty()) {
      return;
    }
    if (cssClass == null) {
      ctx.open(part, tag).newline();
    } else {
      ctx.open(part, tag, "class", cssClass).newline();
    }
    for (Object item : items) {
      ctx.render(item);
    }
    ctx.writer().close(tag).newline();
  }

  private static void symptomGroup(SymptomGroup g, HtmlContext ctx) throws IOException {
    String h3 = ctx.heading(2);
    ctx.open(g, h3).multilineText(g.title()).close(h3).newline();
    paragraphs(g, ctx, g.intro(), "intro");
    list(g, ctx, "ul", null, g.items());
  }

  private static void section(Section s, HtmlContext ctx) throws IOException {
    HtmlWriter html = ctx.writer();
    String id = ctx.id(s);
    ctx.open(s, "section", "class", "section", "aria-labelledby", id).newline();
    String h2 = ctx.heading(1);
    ctx.open(s, h2, "id", id, "tabindex", "-1").multilineText(s.title()).close(h2).newline();
    for (Callout callout : s.callouts()) {
      ctx.render(callout);
    }
    prose(s, ctx, s.body(), "body");
    html.close("section").newline();
  }

  private static void differentialDiagnosis(DifferentialDiagnosis d, HtmlContext ctx) {
    ctx.open(d, "div");
    ctx.open(d, "dt").multilineText(d.name()).close("dt");
    ctx.open(d, "dd").multilineText(d.distinction()).close("dd");
    ctx.writer().close("div").newline();
  }

  private static void cause(Cause cause, HtmlContext ctx) {
    Optional<String> id = ctx.causeId(cause.id());
    if (id.isPresent()) {
      ctx.open(cause, "li", "id", id.get(), "tabindex", "-1");
    } else {
      ctx.open(cause, "li");
    }
    nameAndDescription(cause, ctx, cause.name(), cause.description());
    ctx.writer().close("li").newline();
  }

  /** A list item of a name and an optional description. */
  private static void namedItem(NamedItem item, HtmlContext ctx) {
    ctx.open(item, "li");
    nameAndDescription(item, ctx, item.name(), item.description());
    ctx.writer().close("li").newline();
  }

  private static void supportResource(SupportResource r, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    ctx.open(r, "li");
    boolean link = r.url().isPresent() && HtmlWriter.isSafeUrl(r.url().get());
    if (r.description().isPresent()) {
      String h3 = ctx.heading(2);
      ctx.open(r, h3);
      linkedName(r, ctx, r.name(), link ? r.url() : Optional.empty());
      html.close(h3);
      ctx.open(r, "p", "class", "description");
      inline(r, ctx, r.description().get());
      ctx.writer().close("p");
    } else {
      linkedName(r, ctx, r.name(), link ? r.url() : Optional.empty());
    }
    html.close("li").newline();
  }

  private static void linkedName(Object item, HtmlContext ctx, String name, Optional<String> url) {
    if (url.isPresent()) {
      ctx.open(item, "a", "href", url.get()).multilineText(name).close("a");
    } else {
      ctx.writer().multilineText(name);
    }
  }

  private static void treatmentOption(TreatmentOption t, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    ctx.open(t, "li");
    if (t.description().isPresent() || !t.cautions().isEmpty()) {
      String h3 = ctx.heading(2);
      ctx.open(t, h3).multilineText(t.name()).close(h3);
      if (t.description().isPresent()) {
        ctx.open(t, "p", "class", "description");
        inline(t, ctx, t.description().get());
        ctx.writer().close("p");
      }
      cautions(t, ctx, t.cautions());
    } else {
      html.multilineText(t.name());
    }
    html.close("li").newline();
  }

  private static void cautions(Object item, HtmlContext ctx, List<String> cautions) {
    for (String caution : cautions) {
      ctx.open(item, "p", "class", "caution");
      ctx.open(item, "strong").text(ctx.labels().get("caution")).text(":").close("strong");
      ctx.writer().text(" ").multilineText(caution).close("p");
    }
  }

  private static void selfCareTip(SelfCareTip tip, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    ctx.open(tip, "li");
    if (tip.detail().isPresent()) {
      ctx.open(tip, "p", "class", "tip").multilineText(tip.text()).close("p");
      ctx.open(tip, "p", "class", "detail");
      inline(tip, ctx, tip.detail().get());
      ctx.writer().close("p");
    } else {
      html.multilineText(tip.text());
    }
    html.close("li").newline();
  }

  private static void nameAndDescription(Object item, HtmlContext ctx, String name, Optional<String> description) {
    if (description.isPresent()) {
      String h3 = ctx.heading(2);
      ctx.open(item, h3).multilineText(name).close(h3);
      ctx.open(item, "p", "class", "description");
      inline(item, ctx, description.get());
      ctx.writer().close("p");
    } else {
      ctx.writer().multilineText(name);
    }
  }

  private static void mechanism(Mechanism m, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    ctx.open(m, "li");
    String h3 = ctx.heading(2);
    ctx.open(m, h3).multilineText(m.name()).close(h3);
    for (String paragraph : m.description()) {
      ctx.open(m, "p", "class", "description");
      inline(m, ctx, paragraph);
      ctx.writer().close("p");
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
    HtmlWriter html = ctx.writer();
    ctx.open(step, "li");
    ctx.open(step, "p", "class", "instruction").multilineText(step.instruction()).close("p");
    if (step.detail().isPresent()) {
      ctx.open(step, "p", "class", "detail");
      inline(step, ctx, step.detail().get());
      ctx.writer().close("p");
    }
    if (!step.variants().isEmpty()) {
      ctx.open(step, "ul", "class", "variants");
      for (BodySiteVariant variant : step.variants()) {
        ctx.render(variant);
      }
      html.close("ul");
    }
    cautions(step, ctx, step.cautions());
    html.close("li").newline();
  }

  private static void bodySiteVariant(BodySiteVariant v, HtmlContext ctx) {
    ctx.open(v, "li");
    ctx.open(v, "strong", "class", "body-site").multilineText(v.bodySite()).close("strong");
    ctx.writer().text(": ").multilineText(v.instruction()).close("li");
  }

  private static void seekHelpAdvice(SeekHelpAdvice a, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    if (a.urgency().isPresent()) {
      ctx.open(a, "li", "class", "urgency-" + a.urgency().get().value());
    } else {
      ctx.open(a, "li");
    }
    String h3 = ctx.heading(2);
    ctx.open(a, h3).multilineText(a.situation()).close(h3);
    if (a.urgency().isPresent()) {
      ctx.open(a, "strong", "class", "urgency").text(ctx.labels().urgency(a.urgency().get()))
          .close("strong");
    }
    for (String paragraph : a.advice()) {
      ctx.open(a, "p", "class", "advice");
      inline(a, ctx, paragraph);
      ctx.writer().close("p");
    }
    html.close("li").newline();
  }

  private static void callout(Callout c, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
    // The title heads the callout: one level below the header's title or the part's heading.
    String heading = ctx.heading("header".equals(html.current()) ? 1 : 2);
    ctx.open(c, "aside", "class", "callout callout-" + c.kind().value(), "role", "note");
    ctx.open(c, heading, "class", "callout-title")
        .multilineText(c.title().orElseGet(() -> ctx.labels().callout(c.kind()))).close(heading);
    ctx.open(c, "p", "class", "callout-text");
    inline(c, ctx, c.text());
    ctx.writer().close("p");
    html.close("aside").newline();
  }

  private static void references(Condition c, HtmlContext ctx) throws IOException {
    if (c.references().isEmpty()) {
      return;
    }
    HtmlWriter html = ctx.writer();
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
    HtmlWriter html = ctx.writer();
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
    HtmlWriter html = ctx.writer();
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
    HtmlWriter html = ctx.writer();
    Labels labels = ctx.labels();
    ctx.open(a, "footer", "class", "attribution").newline();
    String h2 = ctx.heading(1);
    ctx.open(a, h2).text(labels.get("about")).close(h2).newline();
    ctx.open(a, "dl").newline();
    contributors(a, ctx, labels.get("authors"), a.authors());
    contributors(a, ctx, labels.get("reviewers"), a.reviewers());
    contributors(a, ctx, labels.get("publisher"), a.publisher().map(List::of).orElse(List.of()));
    date(a, ctx, labels.get("published"), a.published());
    date(a, ctx, labels.get("modified"), a.modified());
    date(a, ctx, labels.get("lastReviewed"), a.lastReviewed());
    date(a, ctx, labels.get("nextReview"), a.nextReview());
    if (a.license().isPresent()) {
      ctx.open(a, "div");
      ctx.open(a, "dt").text(labels.get("license")).close("dt");
      ctx.render(a.license().get());
      html.close("div").newline();
    }
    html.close("dl").newline().close("footer").newline();
  }

  private static void date(Attribution a, HtmlContext ctx, String label, Optional<LocalDate> date) {
    if (date.isEmpty()) {
      return;
    }
    HtmlWriter html = ctx.writer();
    LocalDate day = date.get();
    ctx.open(a, "div");
    ctx.open(a, "dt").text(label).close("dt");
    ctx.open(a, "dd");
    if (day.getYear() >= 1 && day.getYear() <= 9999) {
      ctx.open(a, "time", "datetime", day.toString()).text(day.toString()).close("time");
    } else {
      html.text(day.toString());
    }
    html.close("dd").close("div").newline();
  }

  private static void contributors(Attribution a, HtmlContext ctx, String label,
      List<Contributor> contributors) throws IOException {
    if (contributors.isEmpty()) {
      return;
    }
    ctx.open(a, "div");
    ctx.open(a, "dt").text(label).close("dt");
    for (Contributor contributor : contributors) {
      ctx.render(contributor);
    }
    ctx.writer().close("div").newline();
  }

  private static void contributor(Contributor p, HtmlContext ctx) {
    HtmlWriter html = ctx.writer();
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

  private static void license(License l, HtmlContext ctx) {
    ctx.open(l, "dd");
    if (l.url().isPresent() && HtmlWriter.isSafeUrl(l.url().get())) {
      ctx.open(l, "a", "href", l.url().get(), "rel", "license").multilineText(l.name()).close("a");
    } else {
      ctx.writer().multilineText(l.name());
    }
    ctx.writer().close("dd");
  }
}
