package dev.caresheet.render.text.internal;

import static dev.caresheet.render.text.internal.Punctuation.separator;

import dev.caresheet.model.Attribution;
import dev.caresheet.model.Block;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Callout;
import dev.caresheet.model.Cause;
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
import dev.caresheet.render.PartRenderer;
import dev.caresheet.render.PartRendererMap;
import dev.caresheet.render.text.TextContext;
import dev.caresheet.render.text.TextWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in part renderers of the text format. Registration follows the rule every format
 * follows: one renderer for {@link ListPart}, one for {@link NamedItem}, one per other model type;
 * how a part lists its items comes from its declaration ({@link ListPart#listStyle()}).
 *
 * <p>The reading order, which the no-loss property test walks in the same order: the title, the
 * alternate names, the summary, the description, the affected anatomy, the document's callouts;
 * then each part of {@link Condition#parts()} (its heading, callouts, intro, items, conclusion; a
 * section's title, callouts and body); then the references, the related conditions and the
 * attribution — the order of the HTML renderer, whose attribution is the page's footer. Paragraph
 * texts ({@link Inline#FIELDS}) are inline markup, written as plain text by {@link
 * #inline(String)}.
 *
 * <p>List parts are registered once, for {@link ListPart}, so that a publisher's renderer for one
 * list part type ({@code Causes}) is nearer than the default and wins, and one for {@code ListPart}
 * replaces them all.
 */
public final class DefaultPartRenderers {
  private DefaultPartRenderers() {}

  private static final PartRendererMap<TextContext> MAP = build();

  /** The built-in renderers. Immutable and thread-safe. */
  public static PartRendererMap<TextContext> map() {
    return MAP;
  }

  @SuppressWarnings("unchecked")
  private static PartRendererMap<TextContext> build() {
    PartRenderer<ListPart<?>, TextContext> listPart = DefaultPartRenderers::listPart;
    return PartRendererMap.<TextContext>builder()
        .putIfAbsent(Condition.class, DefaultPartRenderers::condition)
        .putIfAbsent(Callout.class, DefaultPartRenderers::callout)
        .putIfAbsent((Class<ListPart<?>>) (Class<?>) ListPart.class, listPart)
        .putIfAbsent(Section.class, DefaultPartRenderers::section)
        .putIfAbsent(
            NamedItem.class,
            (item, ctx) ->
                named(
                    ctx.writer(),
                    item.name(),
                    item.description().map(DefaultPartRenderers::inline)))
        .putIfAbsent(SupportResource.class, DefaultPartRenderers::supportResource)
        .putIfAbsent(TreatmentOption.class, DefaultPartRenderers::treatmentOption)
        .putIfAbsent(
            DifferentialDiagnosis.class,
            (d, ctx) -> named(ctx.writer(), d.name(), Optional.of(d.distinction())))
        .putIfAbsent(Mechanism.class, DefaultPartRenderers::mechanism)
        .putIfAbsent(FirstAidStep.class, DefaultPartRenderers::firstAidStep)
        .putIfAbsent(
            BodySiteVariant.class,
            (v, ctx) -> named(ctx.writer(), v.bodySite(), Optional.of(v.instruction())))
        .putIfAbsent(SeekHelpAdvice.class, DefaultPartRenderers::seekHelpAdvice)
        .putIfAbsent(SelfCareTip.class, DefaultPartRenderers::selfCareTip)
        .putIfAbsent(SymptomGroup.class, DefaultPartRenderers::symptomGroup)
        .putIfAbsent(Reference.class, DefaultPartRenderers::reference)
        .putIfAbsent(Attribution.class, DefaultPartRenderers::attribution)
        .putIfAbsent(Contributor.class, DefaultPartRenderers::person)
        .putIfAbsent(License.class, DefaultPartRenderers::license)
        .build();
  }

  private static void condition(Condition c, TextContext ctx) throws IOException {
    TextWriter w = ctx.writer();
    Labels labels = ctx.labels();
    w.title(c.name());
    if (!c.alternateNames().isEmpty()) {
      w.labelled(labels.get("alternateNames"), c.alternateNames()).blankLine();
    }
    if (c.summary().isPresent()) {
      w.paragraph(c.summary().get()).blankLine();
    }
    prose(ctx, c.description());
    if (!c.affectedAnatomy().isEmpty()) {
      w.labelled(labels.get("affectedAnatomy"), c.affectedAnatomy()).blankLine();
    }
    for (Callout callout : c.callouts()) {
      ctx.render(callout);
    }
    for (Object part : c.parts()) {
      ctx.render(part);
    }
    if (!c.references().isEmpty()) {
      w.heading(labels.get("references"));
      for (Reference reference : c.references()) {
        w.beginBullet();
        ctx.render(reference);
        w.end();
      }
      w.blankLine();
    }
    if (!c.related().isEmpty()) {
      w.heading(labels.get("related"));
      for (String id : c.related()) {
        w.beginBullet().paragraph(id).end();
      }
      w.blankLine();
    }
    if (c.attribution().isPresent()) {
      ctx.render(c.attribution().get());
    }
  }

  private static void callout(Callout callout, TextContext ctx) throws IOException {
    String title = callout.title().orElseGet(() -> ctx.labels().callout(callout.kind()));
    ctx.writer().blankLine().labelled(title, inline(callout.text())).blankLine();
  }

  private static void listPart(ListPart<?> part, TextContext ctx) throws IOException {
    TextWriter w = ctx.writer();
    w.heading(part.heading().orElseGet(() -> ctx.labels().part(part.kind())));
    for (Callout callout : part.callouts()) {
      ctx.render(callout);
    }
    prose(ctx, part.intro());
    items(ctx, part.listStyle(), part.items());
    if (part instanceof Symptoms) {
      for (SymptomGroup group : ((Symptoms) part).groups()) {
        ctx.render(group);
      }
    }
    prose(ctx, part.conclusion());
  }

  /** Prose, block by block ({@link ProseText}). */
  private static void prose(TextContext ctx, List<Block> blocks) throws IOException {
    for (Block block : blocks) {
      ProseText.block(ctx.writer(), ctx.labels(), block);
    }
  }

  /** The items as the part's list style asks: bullets, numbers, or Do and Don't lists. */
  private static void items(TextContext ctx, ListStyle style, List<?> items) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    TextWriter w = ctx.writer();
    switch (style) {
      case BULLETED, TERMS -> bullets(ctx, items);
      case NUMBERED -> {
        int number = 1;
        for (Object item : items) {
          w.beginNumbered(number++);
          ctx.render(item);
          w.end();
        }
        w.blankLine();
      }
      case DO_AND_DONT -> {
        bullets(ctx, Recommendation.select(items, Optional.empty()));
        for (Recommendation r : Recommendation.values()) {
          List<Object> these = Recommendation.select(items, Optional.of(r));
          if (!these.isEmpty()) {
            w.paragraph(Punctuation.withColon(ctx.labels().recommendation(r)));
            bullets(ctx, these);
          }
        }
      }
    }
  }

  private static void bullets(TextContext ctx, List<?> items) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    TextWriter w = ctx.writer();
    for (Object item : items) {
      w.beginBullet();
      ctx.render(item);
      w.end();
    }
    w.blankLine();
  }

  private static void symptomGroup(SymptomGroup group, TextContext ctx) throws IOException {
    TextWriter w = ctx.writer();
    w.paragraph(Punctuation.withColon(group.title()));
    for (String paragraph : group.intro()) {
      w.paragraph(inline(paragraph)).blankLine();
    }
    bullets(ctx, group.items());
  }

  private static void supportResource(SupportResource r, TextContext ctx) throws IOException {
    named(ctx.writer(), r.name(), r.description().map(DefaultPartRenderers::inline));
    if (r.url().isPresent()) {
      ctx.writer().link(r.url().get());
    }
  }

  private static void treatmentOption(TreatmentOption t, TextContext ctx) throws IOException {
    named(ctx.writer(), t.name(), t.description().map(DefaultPartRenderers::inline));
    for (String caution : t.cautions()) {
      ctx.writer().labelled(ctx.labels().get("caution"), caution);
    }
  }

  private static void selfCareTip(SelfCareTip tip, TextContext ctx) throws IOException {
    ctx.writer().paragraph(tip.text());
    if (tip.detail().isPresent()) {
      ctx.writer().paragraph(inline(tip.detail().get()));
    }
  }

  private static void section(Section section, TextContext ctx) throws IOException {
    TextWriter w = ctx.writer();
    w.heading(section.title());
    for (Callout callout : section.callouts()) {
      ctx.render(callout);
    }
    prose(ctx, section.body());
  }

  /**
   * A paragraph text's inline markup ({@link Inline}) as plain text: marks dropped, an external
   * link as {@code text (url)} unless its text is the URL, a link within the document or to another
   * condition (and a refused one) as its text.
   */
  static String inline(String source) {
    Inline inline = Inline.parse(source);
    if (inline.links().isEmpty()) {
      return inline.plainText();
    }
    StringBuilder sb = new StringBuilder(source.length());
    StringBuilder linkText = new StringBuilder();
    List<Inline.Run> runs = inline.runs();
    for (int i = 0; i < runs.size(); i++) {
      Inline.Run run = runs.get(i);
      sb.append(run.text());
      Inline.Link link = run.link().orElse(null);
      if (link == null) {
        continue;
      }
      linkText.append(run.text());
      boolean last = i + 1 == runs.size() || runs.get(i + 1).link().orElse(null) != link;
      if (last) {
        if (link.kind() == Inline.LinkKind.EXTERNAL && !linkText.toString().equals(link.target())) {
          sb.append(" (").append(link.target()).append(')');
        }
        linkText.setLength(0);
      }
    }
    return sb.toString();
  }

  /** {@code "Name: description"}, or the name alone. */
  private static void named(TextWriter w, String name, Optional<String> description)
      throws IOException {
    if (description.isPresent()) {
      w.paragraph(name, separator(name), description.get());
    } else {
      w.paragraph(name);
    }
  }

  private static void mechanism(Mechanism m, TextContext ctx) throws IOException {
    TextWriter w = ctx.writer();
    List<String> paragraphs = m.description();
    named(
        w,
        m.name(),
        paragraphs.isEmpty() ? Optional.empty() : Optional.of(inline(paragraphs.get(0))));
    for (int i = 1; i < paragraphs.size(); i++) {
      w.paragraph(inline(paragraphs.get(i)));
    }
    if (!m.causes().isEmpty()) {
      List<String> names = new ArrayList<>(m.causes().size());
      for (String id : m.causes()) {
        names.add(causeName(ctx.condition(), id));
      }
      w.labelled(ctx.labels().get("explainsCauses"), names);
    }
  }

  /** The name of the cause with this id; the id itself if the document has no such cause. */
  private static String causeName(Condition condition, String id) {
    if (condition.causes().isPresent()) {
      for (Cause cause : condition.causes().get().items()) {
        if (cause.id().equals(id)) {
          return cause.name();
        }
      }
    }
    return id;
  }

  private static void firstAidStep(FirstAidStep step, TextContext ctx) throws IOException {
    TextWriter w = ctx.writer();
    w.paragraph(step.instruction());
    if (step.detail().isPresent()) {
      w.paragraph(inline(step.detail().get()));
    }
    for (BodySiteVariant variant : step.variants()) {
      w.beginBullet();
      ctx.render(variant);
      w.end();
    }
    for (String caution : step.cautions()) {
      w.labelled(ctx.labels().get("caution"), caution);
    }
  }

  private static void seekHelpAdvice(SeekHelpAdvice advice, TextContext ctx) throws IOException {
    TextWriter w = ctx.writer();
    String situation = advice.situation();
    if (advice.urgency().isPresent()) {
      w.paragraph(
          situation,
          separator(situation),
          Punctuation.sentence(ctx.labels().urgency(advice.urgency().get())));
    } else {
      w.paragraph(situation);
    }
    for (String paragraph : advice.advice()) {
      w.paragraph(inline(paragraph));
    }
  }

  private static void reference(Reference reference, TextContext ctx) throws IOException {
    TextWriter w = ctx.writer();
    if (reference.publisher().isPresent()) {
      w.paragraph(reference.title(), " (", reference.publisher().get(), ")");
    } else {
      w.paragraph(reference.title());
    }
    if (reference.url().isPresent()) {
      w.link(reference.url().get());
    }
  }

  private static void attribution(Attribution attribution, TextContext ctx) throws IOException {
    TextWriter w = ctx.writer();
    Labels labels = ctx.labels();
    w.heading(labels.get("about"));
    people(labels.get("authors"), attribution.authors(), ctx);
    people(labels.get("reviewers"), attribution.reviewers(), ctx);
    people(labels.get("publisher"), attribution.publisher().map(List::of).orElse(List.of()), ctx);
    boolean dates = false;
    // ISO 8601: the same in every language and on every JDK, and unambiguous (01/02 is not).
    for (String key : List.of("published", "modified", "lastReviewed", "nextReview")) {
      Optional<java.time.LocalDate> date =
          switch (key) {
            case "published" -> attribution.published();
            case "modified" -> attribution.modified();
            case "lastReviewed" -> attribution.lastReviewed();
            default -> attribution.nextReview();
          };
      if (date.isPresent()) {
        w.labelled(labels.get(key), date.get().toString());
        dates = true;
      }
    }
    if (dates) {
      w.blankLine();
    }
    if (attribution.license().isPresent()) {
      w.paragraph(Punctuation.withColon(labels.get("license")));
      ctx.render(attribution.license().get());
      w.blankLine();
    }
  }

  private static void license(License license, TextContext ctx) throws IOException {
    ctx.writer().paragraph(license.name());
    if (license.url().isPresent()) {
      ctx.writer().link(license.url().get());
    }
  }

  private static void people(String label, List<Contributor> people, TextContext ctx)
      throws IOException {
    if (people.isEmpty()) {
      return;
    }
    TextWriter w = ctx.writer();
    w.paragraph(Punctuation.withColon(label));
    for (Contributor person : people) {
      w.beginBullet();
      ctx.render(person);
      w.end();
    }
    w.blankLine();
  }

  private static void person(Contributor person, TextContext ctx) throws IOException {
    TextWriter w = ctx.writer();
    if (person.credentials().isPresent()) {
      w.paragraph(person.name(), " (", person.credentials().get(), ")");
    } else {
      w.paragraph(person.name());
    }
    if (person.url().isPresent()) {
      w.link(person.url().get());
    }
  }
}
