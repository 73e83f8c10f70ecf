package dev.caresheet.testing;

import dev.caresheet.model.Attribution;
import dev.caresheet.model.Block;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.BulletList;
import dev.caresheet.model.Callout;
import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Complication;
import dev.caresheet.model.Complications;
import dev.caresheet.model.Condition;
import dev.caresheet.model.ConditionType;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.ContributorKind;
import dev.caresheet.model.Diagnosis;
import dev.caresheet.model.DiagnosticTest;
import dev.caresheet.model.DifferentialDiagnoses;
import dev.caresheet.model.DifferentialDiagnosis;
import dev.caresheet.model.Figure;
import dev.caresheet.model.FirstAid;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.ImmutableAttribution;
import dev.caresheet.model.ImmutableCondition;
import dev.caresheet.model.License;
import dev.caresheet.model.LivingWith;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.Mechanisms;
import dev.caresheet.model.NumberedList;
import dev.caresheet.model.Outlook;
import dev.caresheet.model.Paragraph;
import dev.caresheet.model.PartKind;
import dev.caresheet.model.Prevention;
import dev.caresheet.model.PreventionMeasure;
import dev.caresheet.model.Prognosis;
import dev.caresheet.model.Recommendation;
import dev.caresheet.model.Reference;
import dev.caresheet.model.Section;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.model.SelfCare;
import dev.caresheet.model.SelfCareTip;
import dev.caresheet.model.Subheading;
import dev.caresheet.model.SupportResource;
import dev.caresheet.model.Symptom;
import dev.caresheet.model.SymptomGroup;
import dev.caresheet.model.Symptoms;
import dev.caresheet.model.Table;
import dev.caresheet.model.Treatment;
import dev.caresheet.model.TreatmentKind;
import dev.caresheet.model.TreatmentOption;
import dev.caresheet.model.Trigger;
import dev.caresheet.model.Triggers;
import dev.caresheet.model.Types;
import dev.caresheet.model.Urgency;
import dev.caresheet.model.WhenToSeekHelp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The shared QuickTheories generators of whole, valid condition documents, for the property tests
 * of every module, and of a publisher's own renderers (the caresheet-testing module). A generated
 * document is valid under the model, the JSON Schema and the validator's rules: ids are unique,
 * mechanisms name existing causes, items in one list differ, the outline names existing parts.
 *
 * <p>Every text is hostile: emoji and other astral characters, right-to-left scripts, combining
 * marks, quotes, {@code <}, {@code &}, backslashes, line breaks, YAML and template syntax. The
 * paragraph texts ({@link dev.caresheet.model.Inline#FIELDS}) are {@link #inlineText() inline
 * markup}: the same fragments, escaped so that each means itself, some of them emphasised, strong
 * or the text of a link.
 */
public final class Generators {
  private Generators() {}

  /**
   * {@return how many examples each property checks: {@code -Dcaresheet.examples=N}, 1,000 by
   * default}
   */
  public static int examples() {
    return Integer.getInteger("caresheet.examples", 1000);
  }

  /**
   * {@code n} documents drawn from a generator with a fixed seed: the same documents on every run.
   * For tests and benchmarks that need a corpus rather than a property.
   *
   * @param <T> the type of value
   * @param gen the generator
   * @param n how many
   * @param seed the fixed seed
   * @return the values, in the order drawn (unmodifiable)
   */
  public static <T> List<T> sample(Gen<T> gen, int n, long seed) {
    List<T> values = new ArrayList<>(n);
    org.quicktheories.QuickTheory.qt()
        .withFixedSeed(seed)
        .withExamples(n)
        .forAll(gen)
        .checkAssert(values::add);
    return Collections.unmodifiableList(values);
  }

  /**
   * Fragments that stress escaping, encodings and parsers. None starts or ends with white space.
   */
  static final List<String> HOSTILE =
      List.of(
          "cramp",
          "Leg",
          "muscle",
          "calf",
          "night",
          "42",
          "3.14",
          "1e9",
          "0x1F",
          "-1",
          "true",
          "false",
          "null",
          "yes",
          "no",
          "on",
          "off",
          "~",
          "NaN",
          ".inf",
          "<script>alert(1)</script>",
          "</script>",
          "<!--",
          "-->",
          "<b>bold</b>",
          "<img src=x onerror=alert(1)>",
          "&amp;",
          "&lt;",
          "&",
          "&#x3C;",
          "\"quoted\"",
          "'single'",
          "`tick`",
          "\\",
          "\\n",
          "\\u0000",
          "javascript:alert(1)",
          "{{mustache}}",
          "${expr}",
          "#{x}",
          "%s",
          "#hash",
          "@at",
          "*star",
          "!tag",
          "!!python/object",
          "&anchor",
          "*alias",
          "- dash",
          "? q",
          ": colon",
          "key: value",
          "|",
          ">",
          "[a, b]",
          "{a: b}",
          "---",
          "...",
          "%YAML",
          "😀",
          "👩‍👩‍👧",
          "🇺🇦",
          "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
          "漢字",
          "ｶﾀｶﾅ",
          "한국어",
          "שלום",
          "مرحبا",
          "\u202Eevil",
          "e\u0301",
          "a\u0308\u0301",
          "Z\u0351\u0363",
          "\u200Bzero",
          "x\u00ADy",
          "non\u00A0break",
          "line\u2028sep",
          "Ñandú",
          "straße",
          "İstanbul",
          "ǅ");

  /** Separators between fragments: inner white space, including line breaks and tabs. */
  static final List<String> SEPARATORS =
      List.of(" ", " ", " ", "", "\n", "\t", "  ", "\n\n", " \n ");

  /** {@return a hostile, non-blank text without leading or trailing white space} */
  public static Gen<String> text() {
    Gen<String> fragment = Generate.pick(HOSTILE);
    Gen<String> separator = Generate.pick(SEPARATORS);
    Gen<Integer> count = Generate.range(1, 6);
    return in -> {
      int n = count.generate(in);
      StringBuilder sb = new StringBuilder(fragment.generate(in));
      for (int i = 1; i < n; i++) {
        sb.append(separator.generate(in)).append(fragment.generate(in));
      }
      return sb.toString();
    };
  }

  /** Link targets of generated inline markup: every allowed kind of URL. */
  static final List<String> LINK_TARGETS =
      List.of(
          "https://111.nhs.uk/",
          "http://example.com/a?b=c&d=%3Cscript%3E",
          "https://пример.рф/путь",
          "https://example.org/a_(b)*c*",
          "mailto:help@example.org",
          "tel:+44-111");

  /**
   * A hostile text as inline markup: the fragments of {@link #text()}, each {@link
   * dev.caresheet.model.Inline#escape(String) escaped} so that it means itself, and some wrapped in
   * {@code *emphasis*}, {@code **strong**}, {@code _emphasis_} or a link {@code [text](url)}.
   *
   * @return the generator
   */
  public static Gen<String> inlineText() {
    Gen<String> fragment = Generate.pick(HOSTILE);
    Gen<String> separator = Generate.pick(SEPARATORS);
    Gen<Integer> count = Generate.range(1, 6);
    Gen<Integer> wrap = Generate.range(0, 19);
    Gen<String> target = Generate.pick(LINK_TARGETS);
    return in -> {
      int n = count.generate(in);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(separator.generate(in));
        }
        String f = dev.caresheet.model.Inline.escape(fragment.generate(in));
        switch (wrap.generate(in)) {
          case 0, 1 -> sb.append('*').append(f).append('*');
          case 2, 3 -> sb.append("**").append(f).append("**");
          case 4 -> sb.append('_').append(f).append('_');
          case 5, 6, 7 ->
              sb.append('[').append(f).append("](").append(target.generate(in)).append(')');
          case 8 -> sb.append("***").append(f).append("***");
          default -> sb.append(f);
        }
      }
      return sb.toString();
    };
  }

  /** {@return a slug id} */
  public static Gen<String> slug() {
    Gen<String> word =
        Generate.pick(
            List.of(
                "leg",
                "cramps",
                "calf",
                "night",
                "a",
                "b1",
                "x",
                "magnesium",
                "2",
                "low-sodium",
                "dehydration"));
    Gen<Integer> count = Generate.range(1, 3);
    return in -> {
      int n = count.generate(in);
      List<String> words = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        words.add(word.generate(in));
      }
      return String.join("-", words);
    };
  }

  /** {@return whole valid condition documents, with every part present or absent at random} */
  public static Gen<Condition> conditions() {
    return Generators::condition;
  }

  /**
   * Documents whose {@code related} ids all name documents of the given set, so that a set of them
   * validates without warnings. Pass an empty set for standalone documents.
   *
   * @param knownIds the ids that {@code related} may name
   * @return the generator
   */
  public static Gen<Condition> conditions(Set<String> knownIds) {
    return in -> {
      Condition c = condition(in);
      List<String> related = new ArrayList<>(knownIds);
      related.remove(c.id());
      return ImmutableCondition.copyOf(c).withRelated(related);
    };
  }

  private static Condition condition(RandomnessSource in) {
    Gen<Boolean> coin = Generate.booleans();
    Gen<String> text = text();
    Condition.Builder b =
        Condition.builder()
            .id(slug().generate(in))
            .language(Generate.pick(List.of("en", "ru", "pt-BR", "zh-Hant-TW", "de")).generate(in))
            .name(text.generate(in))
            .addAllAlternateNames(distinct(in, text, 0, 3))
            .addAllDescription(prose(in, 0, 3))
            .addAllAffectedAnatomy(distinct(in, text, 0, 3))
            .addAllCallouts(callouts(in, 0, 2));
    if (coin.generate(in)) {
      b.schema("https://caresheet.dev/schema/condition/v1/condition.schema.json");
    }
    if (coin.generate(in)) {
      b.summary(text.generate(in));
    }
    List<String> causeIds = new ArrayList<>();
    for (PartKind kind : PartKind.typed()) {
      if (coin.generate(in)) {
        part(kind, in, b, causeIds);
      }
    }
    List<String> sectionIds = new ArrayList<>();
    for (String id : distinct(in, slug(), 0, 3)) {
      if (PartKind.ofKey(id).isPresent()) {
        continue;
      }
      sectionIds.add(id);
      b.addSection(
          Section.builder()
              .id(id)
              .title(text.generate(in))
              .callouts(callouts(in, 0, 1))
              .body(prose(in, 1, 3))
              .build());
    }
    Condition draft = b.build();
    if (coin.generate(in)) {
      List<String> keys = new ArrayList<>();
      draft.parts().forEach(p -> keys.add(p.key()));
      Collections.reverse(keys);
      b.outline(keys);
    }
    if (coin.generate(in)) {
      b.attribution(attribution(in));
    }
    for (String title : distinct(in, text, 0, 3)) {
      b.addReference(
          Reference.builder()
              .title(title)
              .url(coin.generate(in) ? Optional.of(url(in)) : Optional.empty())
              .publisher(optional(in, text))
              .build());
    }
    return b.build();
  }

  /**
   * Adds a generated part of this kind: an exhaustive switch, so that a new kind does not compile
   * until it has a generator. Every part may come with prose around it, or be prose only.
   */
  private static void part(
      PartKind kind, RandomnessSource in, Condition.Builder b, List<String> causeIds) {
    Gen<Boolean> coin = Generate.booleans();
    Gen<String> text = text();
    // A quarter of the parts are prose only (an intro and no items), as "the cause is not known".
    boolean proseOnly = Generate.range(0, 3).generate(in) == 0;
    Decoration d = decoration(in, proseOnly);
    Runnable add =
        switch (kind) {
          case SYMPTOMS ->
              () -> {
                List<Symptom> items =
                    proseOnly
                        ? List.of()
                        : named(in, (n, x) -> Symptom.builder().name(n).description(x).build());
                List<SymptomGroup> groups = new ArrayList<>();
                for (String title : distinct(in, text, 0, 2)) {
                  // A symptom may repeat across groups: that is valid, and generated on purpose.
                  List<Symptom> grouped =
                      new ArrayList<>(
                          named(in, (n, x) -> Symptom.builder().name(n).description(x).build()));
                  if (!items.isEmpty() && coin.generate(in)) {
                    grouped.set(0, items.get(0));
                  }
                  groups.add(
                      SymptomGroup.builder()
                          .title(title)
                          .intro(paragraphs(in, 0, 1))
                          .items(dedupe(grouped))
                          .build());
                }
                b.symptoms(
                    Symptoms.builder()
                        .items(items)
                        .groups(groups)
                        .heading(d.heading)
                        .intro(d.intro)
                        .callouts(d.callouts)
                        .conclusion(d.conclusion)
                        .build());
              };
          case TYPES ->
              () ->
                  b.types(
                      Types.builder()
                          .stages(coin.generate(in))
                          .items(
                              proseOnly
                                  ? List.of()
                                  : named(
                                      in,
                                      (n, x) ->
                                          ConditionType.builder().name(n).description(x).build()))
                          .heading(d.heading)
                          .intro(d.intro)
                          .callouts(d.callouts)
                          .conclusion(d.conclusion)
                          .build());
          case DIFFERENTIAL_DIAGNOSES ->
              () -> {
                List<DifferentialDiagnosis> items = new ArrayList<>();
                for (String name : proseOnly ? List.<String>of() : distinct(in, text, 1, 4)) {
                  items.add(DifferentialDiagnosis.of(name, text.generate(in)));
                }
                b.differentialDiagnoses(
                    DifferentialDiagnoses.builder()
                        .items(items)
                        .heading(d.heading)
                        .intro(d.intro)
                        .callouts(d.callouts)
                        .conclusion(d.conclusion)
                        .build());
              };
          case CAUSES ->
              () -> {
                List<String> ids = proseOnly ? List.of() : distinct(in, slug(), 1, 5);
                List<String> names = distinct(in, text, ids.size(), ids.size());
                List<Cause> causes = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                  causes.add(
                      Cause.builder()
                          .id(ids.get(i))
                          .name(names.get(i))
                          .description(optional(in, inlineText()))
                          .build());
                }
                causeIds.addAll(ids);
                b.causes(
                    Causes.builder()
                        .items(causes)
                        .heading(d.heading)
                        .intro(d.intro)
                        .callouts(d.callouts)
                        .conclusion(d.conclusion)
                        .build());
              };
          case MECHANISMS ->
              () -> {
                List<Mechanism> items = new ArrayList<>();
                for (String id : proseOnly ? List.<String>of() : distinct(in, slug(), 1, 3)) {
                  List<String> explained = new ArrayList<>();
                  for (String causeId : causeIds) {
                    if (coin.generate(in)) {
                      explained.add(causeId);
                    }
                  }
                  items.add(
                      Mechanism.builder()
                          .id(id)
                          .name(text.generate(in))
                          .description(paragraphs(in, 1, 2))
                          .causes(explained)
                          .build());
                }
                b.mechanisms(
                    Mechanisms.builder()
                        .items(items)
                        .heading(d.heading)
                        .intro(d.intro)
                        .callouts(d.callouts)
                        .conclusion(d.conclusion)
                        .build());
              };
          case TRIGGERS ->
              () ->
                  b.triggers(
                      Triggers.builder()
                          .items(
                              proseOnly
                                  ? List.of()
                                  : named(
                                      in,
                                      (n, x) -> Trigger.builder().name(n).description(x).build()))
                          .heading(d.heading)
                          .intro(d.intro)
                          .callouts(d.callouts)
                          .conclusion(d.conclusion)
                          .build());
          case DIAGNOSIS ->
              () ->
                  b.diagnosis(
                      Diagnosis.builder()
                          .items(
                              proseOnly
                                  ? List.of()
                                  : named(
                                      in,
                                      (n, x) ->
                                          DiagnosticTest.builder().name(n).description(x).build()))
                          .heading(d.heading)
                          .intro(d.intro)
                          .callouts(d.callouts)
                          .conclusion(d.conclusion)
                          .build());
          case FIRST_AID ->
              () -> {
                List<FirstAidStep> items = new ArrayList<>();
                for (String instruction :
                    proseOnly ? List.<String>of() : distinct(in, text, 1, 5)) {
                  List<BodySiteVariant> variants = new ArrayList<>();
                  for (String site : distinct(in, text, 0, 3)) {
                    variants.add(BodySiteVariant.of(site, text.generate(in)));
                  }
                  items.add(
                      FirstAidStep.builder()
                          .instruction(instruction)
                          .detail(optional(in, inlineText()))
                          .variants(variants)
                          .cautions(distinct(in, text, 0, 2))
                          .build());
                }
                b.firstAid(
                    FirstAid.builder()
                        .items(items)
                        .heading(d.heading)
                        .intro(d.intro)
                        .callouts(d.callouts)
                        .conclusion(d.conclusion)
                        .build());
              };
          case SELF_CARE ->
              () -> {
                List<SelfCareTip> items = new ArrayList<>();
                for (String tip : proseOnly ? List.<String>of() : distinct(in, text, 1, 5)) {
                  items.add(
                      SelfCareTip.builder()
                          .text(tip)
                          .detail(optional(in, inlineText()))
                          .kind(
                              Generate.pick(
                                      List.of(
                                          Optional.<Recommendation>empty(),
                                          Optional.of(Recommendation.DO),
                                          Optional.of(Recommendation.DONT)))
                                  .generate(in))
                          .build());
                }
                b.selfCare(
                    SelfCare.builder()
                        .items(items)
                        .heading(d.heading)
                        .intro(d.intro)
                        .callouts(d.callouts)
                        .conclusion(d.conclusion)
                        .build());
              };
          case TREATMENT ->
              () -> {
                List<TreatmentOption> items = new ArrayList<>();
                for (String name : proseOnly ? List.<String>of() : distinct(in, text, 1, 4)) {
                  items.add(
                      TreatmentOption.builder()
                          .name(name)
                          .description(optional(in, inlineText()))
                          .kind(
                              coin.generate(in)
                                  ? Optional.of(
                                      Generate.enumValues(TreatmentKind.class).generate(in))
                                  : Optional.empty())
                          .cautions(distinct(in, text, 0, 2))
                          .build());
                }
                b.treatment(
                    Treatment.builder()
                        .items(items)
                        .heading(d.heading)
                        .intro(d.intro)
                        .callouts(d.callouts)
                        .conclusion(d.conclusion)
                        .build());
              };
          case WHEN_TO_SEEK_HELP ->
              () -> {
                List<SeekHelpAdvice> items = new ArrayList<>();
                for (String situation : proseOnly ? List.<String>of() : distinct(in, text, 1, 3)) {
                  items.add(
                      SeekHelpAdvice.builder()
                          .situation(situation)
                          .urgency(
                              coin.generate(in) || coin.generate(in)
                                  ? Optional.of(Generate.enumValues(Urgency.class).generate(in))
                                  : Optional.empty())
                          .advice(paragraphs(in, 0, 2))
                          .build());
                }
                b.whenToSeekHelp(
                    WhenToSeekHelp.builder()
                        .items(items)
                        .heading(d.heading)
                        .intro(d.intro)
                        .callouts(d.callouts)
                        .conclusion(d.conclusion)
                        .build());
              };
          case COMPLICATIONS ->
              () ->
                  b.complications(
                      Complications.builder()
                          .items(
                              proseOnly
                                  ? List.of()
                                  : named(
                                      in,
                                      (n, x) ->
                                          Complication.builder().name(n).description(x).build()))
                          .heading(d.heading)
                          .intro(d.intro)
                          .callouts(d.callouts)
                          .conclusion(d.conclusion)
                          .build());
          case OUTLOOK ->
              () ->
                  b.outlook(
                      Outlook.builder()
                          .items(
                              proseOnly
                                  ? List.of()
                                  : named(
                                      in,
                                      (n, x) -> Prognosis.builder().name(n).description(x).build()))
                          .heading(d.heading)
                          .intro(d.intro)
                          .callouts(d.callouts)
                          .conclusion(d.conclusion)
                          .build());
          case PREVENTION ->
              () ->
                  b.prevention(
                      Prevention.builder()
                          .items(
                              proseOnly
                                  ? List.of()
                                  : named(
                                      in,
                                      (n, x) ->
                                          PreventionMeasure.builder()
                                              .name(n)
                                              .description(x)
                                              .build()))
                          .heading(d.heading)
                          .intro(d.intro)
                          .callouts(d.callouts)
                          .conclusion(d.conclusion)
                          .build());
          case LIVING_WITH ->
              () -> {
                List<SupportResource> items = new ArrayList<>();
                for (String name : proseOnly ? List.<String>of() : distinct(in, text, 1, 3)) {
                  items.add(
                      SupportResource.builder()
                          .name(name)
                          .description(optional(in, inlineText()))
                          .url(coin.generate(in) ? Optional.of(url(in)) : Optional.empty())
                          .build());
                }
                b.livingWith(
                    LivingWith.builder()
                        .items(items)
                        .heading(d.heading)
                        .intro(d.intro)
                        .callouts(d.callouts)
                        .conclusion(d.conclusion)
                        .build());
              };
          case SECTION ->
              () -> {
                throw new AssertionError("sections are generated apart");
              };
        };
    add.run();
  }

  /** Between one and four items with distinct names and optional descriptions. */
  private static <T> List<T> named(
      RandomnessSource in, java.util.function.BiFunction<String, Optional<String>, T> item) {
    List<T> items = new ArrayList<>();
    for (String name : distinct(in, text(), 1, 4)) {
      items.add(item.apply(name, optional(in, inlineText())));
    }
    return items;
  }

  private static <T> List<T> dedupe(List<T> items) {
    return new ArrayList<>(new LinkedHashSet<>(items));
  }

  private static Attribution attribution(RandomnessSource in) {
    Gen<String> text = text();
    Gen<Boolean> coin = Generate.booleans();
    List<Contributor> authors = new ArrayList<>();
    for (String name : distinct(in, text, 0, 2)) {
      authors.add(person(in, name));
    }
    List<Contributor> reviewers = new ArrayList<>();
    for (String name : distinct(in, text, 0, 2)) {
      reviewers.add(person(in, name));
    }
    Optional<Contributor> publisher =
        coin.generate(in) || (authors.isEmpty() && reviewers.isEmpty())
            ? Optional.of(person(in, text.generate(in)))
            : Optional.empty();
    ImmutableAttribution.Builder b =
        Attribution.builder()
            .authors(authors)
            .reviewers(reviewers)
            .publisher(publisher)
            .published(date(in))
            .modified(date(in))
            .lastReviewed(date(in))
            .nextReview(date(in));
    if (coin.generate(in)) {
      b.license(
          License.builder()
              .name(text.generate(in))
              .url(coin.generate(in) ? Optional.of(url(in)) : Optional.empty())
              .build());
    }
    return b.build();
  }

  /** A day from 2000 on, or none; never after the validator's today. */
  private static Optional<LocalDate> date(RandomnessSource in) {
    return Generate.booleans().generate(in)
        ? Optional.of(LocalDate.of(2000, 1, 1).plusDays(Generate.range(0, 9000).generate(in)))
        : Optional.empty();
  }

  private static Contributor person(RandomnessSource in, String name) {
    return Contributor.builder()
        .name(name)
        .credentials(optional(in, text()))
        .kind(
            Generate.pick(
                    List.of(
                        Optional.<ContributorKind>empty(),
                        Optional.of(ContributorKind.PERSON),
                        Optional.of(ContributorKind.ORGANIZATION)))
                .generate(in))
        .url(Generate.booleans().generate(in) ? Optional.of(url(in)) : Optional.empty())
        .build();
  }

  private static String url(RandomnessSource in) {
    return Generate.pick(
            List.of(
                "https://example.org/leg-cramps",
                "http://example.com/a?b=c&d=%3Cscript%3E",
                "https://пример.рф/путь",
                "https://example.org/#fragment\"quote",
                "https://example.org/a'b<c>"))
        .generate(in);
  }

  /** The optional prose around a list part. */
  private static final class Decoration {
    Optional<String> heading = Optional.empty();
    List<Block> intro = List.of();
    List<Callout> callouts = List.of();
    List<Block> conclusion = List.of();
  }

  /** The prose around a part: none half the time; an intro always when it is prose only. */
  private static Decoration decoration(RandomnessSource in, boolean proseOnly) {
    Decoration d = new Decoration();
    if (!proseOnly && !Generate.booleans().generate(in)) {
      return d;
    }
    d.heading = optional(in, text());
    d.intro = prose(in, proseOnly ? 1 : 0, 2);
    d.callouts = callouts(in, 0, 2);
    d.conclusion = prose(in, 0, 2);
    return d;
  }

  private static List<Callout> callouts(RandomnessSource in, int min, int max) {
    List<Callout> callouts = new ArrayList<>();
    for (String t : distinct(in, inlineText(), min, max)) {
      Callout c = Callout.of(Generate.enumValues(CalloutKind.class).generate(in), t);
      callouts.add(
          Generate.booleans().generate(in)
              ? Callout.builder().from(c).title(text().generate(in)).build()
              : c);
    }
    return callouts;
  }

  /**
   * Image addresses of generated figures: https URLs only, since a local path is valid only with
   * its file beside the document, which the tests that write generated documents to disk do not
   * have (the example content and the validator's and site's tests cover local images).
   */
  static final List<String> IMAGE_SOURCES =
      List.of(
          "https://example.org/images/calf.png",
              "https://пример.рф/путь/Ñandú-😀.webp?size=2&a=%3C",
          "https://example.org/a'b(c).jpeg", "https://example.org/x.jpg#frag&amp;");

  /**
   * Prose: between {@code min} and {@code max} blocks, half of them paragraphs and the rest of
   * every other kind, with hostile texts and inline markup in every inline text.
   *
   * @param in the randomness to draw from
   * @param min the fewest blocks
   * @param max the most blocks
   * @return the blocks
   */
  public static List<Block> prose(RandomnessSource in, int min, int max) {
    int n = Generate.range(min, max).generate(in);
    List<Block> blocks = new ArrayList<>();
    for (String paragraph : paragraphs(in, n, n)) {
      blocks.add(block(in, paragraph));
    }
    return blocks;
  }

  /** {@return prose, as a generator: between zero and four blocks} */
  public static Gen<List<Block>> prose() {
    return in -> prose(in, 0, 4);
  }

  /** A block: the paragraph given, half the time; else one of every other kind. */
  private static Block block(RandomnessSource in, String paragraph) {
    Gen<Boolean> coin = Generate.booleans();
    int kind = Generate.range(0, 9).generate(in);
    switch (kind) {
      case 5:
        return BulletList.of(distinct(in, inlineText(), 1, 3));
      case 6:
        return NumberedList.of(distinct(in, inlineText(), 1, 3));
      case 7:
        return Subheading.of(text().generate(in));
      case 8:
        {
          int columns = Generate.range(1, 3).generate(in);
          List<List<String>> rows = new ArrayList<>();
          for (int r = Generate.range(1, 3).generate(in); r > 0; r--) {
            rows.add(fixed(in, inlineText(), columns));
          }
          return Table.builder()
              .caption(optional(in, inlineText()))
              .header(fixed(in, inlineText(), columns))
              .rows(rows)
              .build();
        }
      case 9:
        {
          boolean decorative = Generate.range(0, 3).generate(in) == 0;
          return Figure.builder()
              .src(Generate.pick(IMAGE_SOURCES).generate(in))
              .alt(decorative ? Optional.empty() : Optional.of(text().generate(in)))
              .decorative(decorative)
              .caption(optional(in, inlineText()))
              .credit(optional(in, text()))
              .license(
                  coin.generate(in)
                      ? Optional.of(
                          License.builder()
                              .name(text().generate(in))
                              .url(coin.generate(in) ? Optional.of(url(in)) : Optional.empty())
                              .build())
                      : Optional.empty())
              .build();
        }
      default:
        return Paragraph.of(paragraph);
    }
  }

  /** Exactly {@code n} values, not necessarily distinct. */
  private static List<String> fixed(RandomnessSource in, Gen<String> gen, int n) {
    List<String> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(gen.generate(in));
    }
    return values;
  }

  private static List<String> paragraphs(RandomnessSource in, int min, int max) {
    return distinct(in, inlineText(), min, max);
  }

  private static Optional<String> optional(RandomnessSource in, Gen<String> gen) {
    return Generate.booleans().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  /**
   * Between min and max distinct values; a repeated value gets a "-i" suffix (valid in slugs too).
   */
  private static List<String> distinct(RandomnessSource in, Gen<String> gen, int min, int max) {
    int n = Generate.range(min, max).generate(in);
    Set<String> values = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      String value = gen.generate(in);
      while (!values.add(value)) {
        value = value + "-" + i;
      }
    }
    return new ArrayList<>(values);
  }
}
