package dev.caresheet.bench;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.caresheet.model.Attribution;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Callout;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.DifferentialDiagnoses;
import dev.caresheet.model.DifferentialDiagnosis;
import dev.caresheet.model.FirstAid;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.ListPart;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.Mechanisms;
import dev.caresheet.model.Part;
import dev.caresheet.model.Prevention;
import dev.caresheet.model.PreventionMeasure;
import dev.caresheet.model.Reference;
import dev.caresheet.model.Section;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.model.Trigger;
import dev.caresheet.model.Triggers;
import dev.caresheet.model.WhenToSeekHelp;
import dev.caresheet.render.Labels;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The template-engine baselines of the render benchmark: the same {@code <article>} markup as
 * Caresheet's {@code HtmlRenderer} without JSON-LD, printed by jte (templates precompiled at build
 * time from {@code src/main/jte}, HTML-escaping) and by Mustache.java (templates in {@code
 * dev/caresheet/bench/*.mustache}, compiled once, HTML-escaping). {@code TemplatesTest} checks that
 * both print exactly what Caresheet prints for corpus documents, so the benchmark compares the same
 * output.
 *
 * <p>Mustache is logic-less, so it is given a view of each document, built per rendering and
 * counted in its time: the texts split at line feeds (which Caresheet writes as {@code <br>}),
 * labels looked up, the names of the causes a mechanism links to found.
 */
public final class Templates {
  private Templates() {}

  private static final TemplateEngine JTE = TemplateEngine.createPrecompiled(ContentType.Html);

  private static final Mustache MUSTACHE =
      new DefaultMustacheFactory("dev/caresheet/bench").compile("article.mustache");

  private static final Map<String, Labels> LABELS = new ConcurrentHashMap<>();

  /** The labels of a language, looked up once, as Caresheet's renderer caches them. */
  public static Labels labels(String language) {
    return LABELS.computeIfAbsent(language, Labels::forLanguage);
  }

  /** The document's article, by jte, into a fresh output of the given capacity. */
  public static String jte(Condition condition, int capacity) {
    StringOutput out = new StringOutput(capacity);
    JTE.render("article.jte", Map.of("c", condition, "labels", labels(condition.language())), out);
    return out.toString();
  }

  /** The document's article, by Mustache.java, into a fresh builder of the given capacity. */
  public static String mustache(Condition condition, int capacity) {
    StringBuilder sb = new StringBuilder(capacity);
    MUSTACHE.execute(
        new BuilderWriter(sb), new ArticleView(condition, labels(condition.language())));
    return sb.toString();
  }

  /** A writer into a {@link StringBuilder}, unsynchronized (unlike StringWriter's buffer). */
  private static final class BuilderWriter extends Writer {
    private final StringBuilder sb;

    BuilderWriter(StringBuilder sb) {
      this.sb = sb;
    }

    @Override
    public void write(char[] chars, int off, int len) {
      sb.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      sb.append(s, off, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  // The Mustache views. Mustache.java finds record accessors by name.

  /** A text as lines: {@code <br>} before each but the first. */
  public record Text(List<Line> lines) {
    static Text of(String text) {
      if (text.indexOf('\n') < 0) {
        return new Text(List.of(new Line(text, true)));
      }
      List<Line> lines = new ArrayList<>();
      for (String line : text.split("\n", -1)) {
        lines.add(new Line(line, lines.isEmpty()));
      }
      return new Text(lines);
    }

    static @Nullable Text of(Optional<String> text) {
      return text.isPresent() ? of(text.get()) : null;
    }

    static List<Text> all(List<String> texts) {
      List<Text> out = new ArrayList<>(texts.size());
      for (String t : texts) {
        out.add(of(t));
      }
      return out;
    }
  }

  /** One line of a text. */
  public record Line(String text, boolean first) {}

  /** A callout. */
  public record CalloutView(String kind, String level, Text title, Text text) {
    /** The callouts of the header ({@code h2} titles) or of a part ({@code h3}). */
    static List<CalloutView> all(List<Callout> callouts, Labels labels, String level) {
      List<CalloutView> out = new ArrayList<>(callouts.size());
      for (Callout c : callouts) {
        out.add(
            new CalloutView(
                c.kind().value(),
                level,
                Text.of(c.title().orElseGet(() -> labels.callout(c.kind()))),
                Text.of(c.text())));
      }
      return out;
    }
  }

  /** A situation of the urgent-advice summary. */
  public record UrgentItem(String urgency, Text situation, String urgencyLabel) {}

  /** The urgent-advice summary. */
  public record UrgentView(
      String top, String label, List<UrgentItem> items, String key, Text heading) {}

  /** One entry of "On this page". */
  public record ContentsEntry(String key, Text heading) {}

  /** "On this page". */
  public record ContentsView(String label, List<ContentsEntry> entries) {}

  /** An item with a name and maybe a description. */
  public record Named(@Nullable String id, Text name, @Nullable Text description) {}

  /** A differential diagnosis. */
  public record Diagnosis(Text name, Text distinction) {}

  /** A cause a mechanism explains: linked when the document has it. */
  public record Explained(String id, @Nullable Text name, boolean first) {}

  /** A mechanism. */
  public record MechanismView(
      Text name,
      List<Text> description,
      boolean hasCauses,
      String explainsLabel,
      List<Explained> causes) {}

  /** A body-site variant of a step. */
  public record Variant(Text bodySite, Text instruction) {}

  /** A first-aid step. */
  public record Step(
      Text instruction,
      @Nullable Text detail,
      boolean hasVariants,
      List<Variant> variants,
      List<Text> cautions,
      String cautionLabel) {}

  /** When to seek help. */
  public record Advice(
      String urgency, Text situation, String urgencyLabel, List<Text> paragraphs) {}

  /** A list part: exactly one of the item lists is not empty. */
  public record ListView(
      String css,
      String key,
      String tag,
      Text heading,
      List<CalloutView> callouts,
      List<Text> intro,
      List<Text> conclusion,
      List<Diagnosis> differentialDiagnoses,
      List<Named> causes,
      List<MechanismView> mechanisms,
      List<Named> named,
      List<Step> steps,
      List<Advice> advice) {}

  /** A free section. */
  public record SectionView(String id, Text title, List<CalloutView> callouts, List<Text> body) {}

  /** A part: a list part or a section. */
  public record PartView(@Nullable ListView list, @Nullable SectionView section) {}

  /** A reference. */
  public record ReferenceView(
      Text title,
      @Nullable Object url,
      @Nullable String href,
      boolean external,
      @Nullable Text publisher) {}

  /** A person. */
  public record PersonView(
      Text name,
      @Nullable Object url,
      @Nullable String href,
      boolean external,
      @Nullable Text credentials) {}

  /** The attribution. */
  public record AttributionView(
      String aboutLabel,
      boolean hasAuthors,
      String authorsLabel,
      List<PersonView> authors,
      boolean hasReviewers,
      String reviewersLabel,
      List<PersonView> reviewers,
      @Nullable String lastReviewed,
      String lastReviewedLabel) {}

  /** The whole article. */
  public static final class ArticleView {
    public final String language;
    public final Text name;
    public final boolean hasAlternateNames;
    public final String alternateNamesLabel;
    public final List<Text> alternateNames;
    public final @Nullable Text summary;
    public final @Nullable UrgentView urgent;
    public final @Nullable ContentsView contents;
    public final List<Text> description;
    public final boolean hasAffectedAnatomy;
    public final String affectedAnatomyLabel;
    public final List<Text> affectedAnatomy;
    public final List<CalloutView> callouts;
    public final List<PartView> parts;
    public final boolean hasReferences;
    public final String referencesLabel;
    public final List<ReferenceView> references;
    public final boolean hasRelated;
    public final String relatedLabel;
    public final List<String> related;
    public final @Nullable AttributionView attribution;

    ArticleView(Condition c, Labels labels) {
      language = c.language();
      name = Text.of(c.name());
      hasAlternateNames = !c.alternateNames().isEmpty();
      alternateNamesLabel = labels.get("alternateNames");
      alternateNames = Text.all(c.alternateNames());
      summary = Text.of(c.summary());
      List<SeekHelpAdvice> urgentAdvice = JteSupport.urgentAdvice(c);
      if (urgentAdvice.isEmpty()) {
        urgent = null;
      } else {
        WhenToSeekHelp help = c.whenToSeekHelp().get();
        List<UrgentItem> items = new ArrayList<>();
        for (SeekHelpAdvice a : urgentAdvice) {
          items.add(
              new UrgentItem(
                  a.urgency().orElseThrow().value(),
                  Text.of(a.situation()),
                  labels.urgency(a.urgency().orElseThrow())));
        }
        urgent =
            new UrgentView(
                urgentAdvice.get(0).urgency().orElseThrow().value(),
                labels.get("urgentAdvice"),
                items,
                help.key(),
                Text.of(help.heading().orElseGet(() -> labels.part(help.kind()))));
      }
      if (c.parts().size() < 3) {
        contents = null;
      } else {
        List<ContentsEntry> entries = new ArrayList<>();
        for (Part part : c.parts()) {
          entries.add(
              new ContentsEntry(
                  part.key(), Text.of(part.heading().orElseGet(() -> labels.part(part.kind())))));
        }
        contents = new ContentsView(labels.get("contents"), entries);
      }
      description = Text.all(JteSupport.paragraphs(c.description()));
      hasAffectedAnatomy = !c.affectedAnatomy().isEmpty();
      affectedAnatomyLabel = labels.get("affectedAnatomy");
      affectedAnatomy = Text.all(c.affectedAnatomy());
      callouts = CalloutView.all(c.callouts(), labels, "h2");
      parts = new ArrayList<>();
      for (Part part : c.parts()) {
        parts.add(
            part instanceof Section s
                ? new PartView(
                    null,
                    new SectionView(
                        s.id(),
                        Text.of(s.title()),
                        CalloutView.all(s.callouts(), labels, "h3"),
                        Text.all(JteSupport.paragraphs(s.body()))))
                : new PartView(list(c, (ListPart<?>) part, labels), null));
      }
      hasReferences = !c.references().isEmpty();
      referencesLabel = labels.get("references");
      references = new ArrayList<>();
      for (Reference r : c.references()) {
        String url = r.url().orElse(null);
        references.add(
            new ReferenceView(
                Text.of(r.title()),
                url,
                url,
                url != null && external(url),
                Text.of(r.publisher())));
      }
      hasRelated = !c.related().isEmpty();
      relatedLabel = labels.get("related");
      related = c.related();
      attribution = c.attribution().map(a -> attribution(a, labels)).orElse(null);
    }

    private static boolean external(String url) {
      return url.startsWith("https://") || url.startsWith("http://");
    }

    private static AttributionView attribution(Attribution a, Labels labels) {
      return new AttributionView(
          labels.get("about"),
          !a.authors().isEmpty(),
          labels.get("authors"),
          people(a.authors()),
          !a.reviewers().isEmpty(),
          labels.get("reviewers"),
          people(a.reviewers()),
          a.lastReviewed().map(Object::toString).orElse(null),
          labels.get("lastReviewed"));
    }

    private static List<PersonView> people(List<Contributor> people) {
      List<PersonView> out = new ArrayList<>(people.size());
      for (Contributor p : people) {
        String url = p.url().orElse(null);
        out.add(
            new PersonView(
                Text.of(p.name()),
                url,
                url,
                url != null && external(url),
                Text.of(p.credentials())));
      }
      return out;
    }

    private static ListView list(Condition c, ListPart<?> part, Labels labels) {
      List<Diagnosis> diagnoses = List.of();
      List<Named> causes = List.of();
      List<MechanismView> mechanisms = List.of();
      List<Named> named = List.of();
      List<Step> steps = List.of();
      List<Advice> advice = List.of();
      String css;
      String tag = "ul";
      if (part instanceof DifferentialDiagnoses p) {
        css = "differential-diagnoses";
        tag = "dl";
        diagnoses = new ArrayList<>();
        for (DifferentialDiagnosis d : p.items()) {
          diagnoses.add(new Diagnosis(Text.of(d.name()), Text.of(d.distinction())));
        }
      } else if (part instanceof Causes p) {
        css = "causes";
        causes = new ArrayList<>();
        for (Cause cause : p.items()) {
          causes.add(new Named(cause.id(), Text.of(cause.name()), Text.of(cause.description())));
        }
      } else if (part instanceof Mechanisms p) {
        css = "mechanisms";
        mechanisms = new ArrayList<>();
        for (Mechanism m : p.items()) {
          List<Explained> explained = new ArrayList<>();
          for (String id : m.causes()) {
            String causeName = JteSupport.causeName(c, id);
            explained.add(
                new Explained(
                    id, causeName == null ? null : Text.of(causeName), explained.isEmpty()));
          }
          mechanisms.add(
              new MechanismView(
                  Text.of(m.name()),
                  Text.all(m.description()),
                  !explained.isEmpty(),
                  labels.get("explainsCauses"),
                  explained));
        }
      } else if (part instanceof Triggers p) {
        css = "triggers";
        named = new ArrayList<>();
        for (Trigger t : p.items()) {
          named.add(new Named(null, Text.of(t.name()), Text.of(t.description())));
        }
      } else if (part instanceof FirstAid p) {
        css = "first-aid";
        tag = "ol";
        steps = new ArrayList<>();
        for (FirstAidStep s : p.items()) {
          List<Variant> variants = new ArrayList<>();
          for (BodySiteVariant v : s.variants()) {
            variants.add(new Variant(Text.of(v.bodySite()), Text.of(v.instruction())));
          }
          steps.add(
              new Step(
                  Text.of(s.instruction()),
                  Text.of(s.detail()),
                  !variants.isEmpty(),
                  variants,
                  Text.all(s.cautions()),
                  labels.get("caution")));
        }
      } else if (part instanceof WhenToSeekHelp p) {
        css = "when-to-seek-help";
        advice = new ArrayList<>();
        for (SeekHelpAdvice a : p.items()) {
          advice.add(
              new Advice(
                  a.urgency().orElseThrow().value(),
                  Text.of(a.situation()),
                  labels.urgency(a.urgency().orElseThrow()),
                  Text.all(a.advice())));
        }
      } else if (part instanceof Prevention p) {
        css = "prevention";
        named = new ArrayList<>();
        for (PreventionMeasure m : p.items()) {
          named.add(new Named(null, Text.of(m.name()), Text.of(m.description())));
        }
      } else {
        throw new IllegalArgumentException("not a list part: " + part.key());
      }
      return new ListView(
          css,
          part.key(),
          tag,
          Text.of(part.heading().orElseGet(() -> labels.part(part.kind()))),
          CalloutView.all(part.callouts(), labels, "h3"),
          Text.all(JteSupport.paragraphs(part.intro())),
          Text.all(JteSupport.paragraphs(part.conclusion())),
          diagnoses,
          causes,
          mechanisms,
          named,
          steps,
          advice);
    }
  }
}
