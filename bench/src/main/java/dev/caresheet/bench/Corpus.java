package dev.caresheet.bench;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Attribution;
import dev.caresheet.model.Block;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Callout;
import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.DifferentialDiagnoses;
import dev.caresheet.model.DifferentialDiagnosis;
import dev.caresheet.model.FirstAid;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.ImmutableCondition;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.Mechanisms;
import dev.caresheet.model.Prevention;
import dev.caresheet.model.PreventionMeasure;
import dev.caresheet.model.Reference;
import dev.caresheet.model.Section;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.model.Trigger;
import dev.caresheet.model.Triggers;
import dev.caresheet.model.Urgency;
import dev.caresheet.model.WhenToSeekHelp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A deterministic corpus of realistic condition documents for benchmarks: articles of 10–30 KB (as
 * canonical JSON), the size of real patient-information pages, with every part a real article has —
 * differential diagnoses, causes, mechanisms naming causes, triggers, first-aid steps with variants
 * and cautions, when to seek help, prevention, free sections, callouts, attribution, references and
 * related ids — in English (nine in ten) or Russian.
 *
 * <p>Document {@code i} of a corpus depends only on the seed, {@code i} and the corpus size, so any
 * document can be made on its own and every run sees the same bytes. Every document is valid under
 * the schema and the validator's rules, and a whole corpus validates without warnings: its {@code
 * related} ids name other documents of the same corpus.
 *
 * <p>From the command line: {@code java -cp … dev.caresheet.bench.Corpus --count 2000 --seed 1
 * --format json --out target/corpus}.
 */
public final class Corpus {

  /** The smallest and largest target size of a document as canonical JSON, in bytes. */
  public static final int MIN_BYTES = 10 * 1024;

  /** See {@link #MIN_BYTES}. */
  public static final int MAX_BYTES = 30 * 1024;

  private static final List<String> CONDITIONS =
      List.of(
          "leg-cramps",
          "migraine",
          "tension-headache",
          "back-pain",
          "sciatica",
          "gout",
          "asthma",
          "hay-fever",
          "eczema",
          "psoriasis",
          "acne",
          "heartburn",
          "gastritis",
          "constipation",
          "insomnia",
          "anaemia",
          "vertigo",
          "tinnitus",
          "conjunctivitis",
          "sinusitis",
          "bronchitis",
          "tonsillitis",
          "cystitis",
          "shingles",
          "chickenpox",
          "sunburn",
          "heat-stroke",
          "frostbite",
          "sprained-ankle",
          "tennis-elbow",
          "carpal-tunnel-syndrome",
          "plantar-fasciitis",
          "restless-legs",
          "varicose-veins",
          "raynauds-phenomenon",
          "osteoarthritis",
          "bursitis",
          "tendinitis",
          "nosebleed",
          "food-poisoning",
          "dehydration",
          "hypothermia",
          "fainting",
          "panic-attack",
          "hiccups",
          "motion-sickness",
          "jet-lag",
          "chilblains",
          "cold-sores",
          "earache");

  private static final ConditionCodec CODEC = ConditionCodec.defaults();

  private final long seed;
  private final int count;

  private Corpus(long seed, int count) {
    this.seed = seed;
    this.count = count;
  }

  /** A corpus of {@code count} documents drawn from {@code seed}. */
  public static Corpus of(int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("a corpus has at least one document, was " + count);
    }
    return new Corpus(seed, count);
  }

  /** How many documents the corpus has. */
  public int count() {
    return count;
  }

  /** The id of document {@code i}: a condition's slug and the document's number. */
  public static String id(int i) {
    return CONDITIONS.get(i % CONDITIONS.size()) + "-" + i;
  }

  /** The file name of document {@code i} in a format: {@code leg-cramps-0.json}. */
  public static String fileName(int i, Format format) {
    return id(i) + (format == Format.JSON ? ".json" : ".yaml");
  }

  /** Document {@code i}, {@code 0 <= i < count()}. */
  public Condition document(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException(i);
    }
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    Prose prose = new Prose(random.nextInt(10) == 0 ? Prose.RU : Prose.EN, random);
    int target = prose.between(MIN_BYTES + 512, MAX_BYTES - 512);
    // The size of a document is known only once it is written: build, measure, and build again
    // (with the same random stream going on, so still deterministic) until it fits.
    Condition document = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      document = new Builder(prose, i, target).build();
      int size = jsonSize(document);
      if (size >= MIN_BYTES && size <= MAX_BYTES) {
        return document;
      }
      target = Math.max(MIN_BYTES, (int) ((long) target * target / size));
    }
    return document;
  }

  private static int jsonSize(Condition document) {
    return CODEC.write(document, Format.JSON).getBytes(StandardCharsets.UTF_8).length;
  }

  /** Documents {@code 0 .. n-1}. */
  public List<Condition> documents(int n) {
    List<Condition> documents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      documents.add(document(i));
    }
    return documents;
  }

  /** Document {@code i} as canonical UTF-8 bytes in a format. */
  public byte[] bytes(int i, Format format) {
    return CODEC.write(document(i), format).getBytes(StandardCharsets.UTF_8);
  }

  /** Writes every document into {@code dir} (created if needed); returns the bytes written. */
  public long write(Path dir, Format format) throws IOException {
    Files.createDirectories(dir);
    long total = 0;
    for (int i = 0; i < count; i++) {
      byte[] bytes = bytes(i, format);
      Files.write(dir.resolve(fileName(i, format)), bytes);
      total += bytes.length;
    }
    return total;
  }

  /** Builds one document up to a target size, measured as the UTF-8 length of its texts. */
  private final class Builder {
    private final Prose p;
    private final int index;

    /** Canonical JSON is its texts plus about a fifth for names, quotes and indentation. */
    private final int textBudget;

    private int used;

    Builder(Prose prose, int index, int targetBytes) {
      this.p = prose;
      this.index = index;
      this.textBudget = targetBytes * 5 / 6;
    }

    private String text(String s) {
      used += s.getBytes(StandardCharsets.UTF_8).length;
      return s;
    }

    private boolean room() {
      return used < textBudget;
    }

    /** Paragraphs, at least {@code min}, at most {@code max}, fewer when the budget is spent. */
    /** Paragraphs as prose: the corpus has no other blocks, which the template engines lack. */
    private List<Block> prose(int min, int max) {
      return Block.paragraphs(paragraphs(min, max));
    }

    private List<String> paragraphs(int min, int max) {
      int n = p.between(min, max);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n && (i < min || room()); i++) {
        out.add(text(p.paragraph()));
      }
      return out;
    }

    /** Distinct values from a supplier, for lists whose items must differ. */
    private List<String> distinct(int n, Supplier<String> next) {
      Set<String> values = new LinkedHashSet<>();
      for (int tries = 0; values.size() < n && tries < n * 20; tries++) {
        values.add(next.get());
      }
      List<String> out = new ArrayList<>();
      for (String v : values) {
        out.add(text(v));
      }
      return out;
    }

    private List<Callout> callouts(double chance) {
      List<Callout> out = new ArrayList<>();
      if (p.chance(chance)) {
        CalloutKind kind = p.pick(List.of(CalloutKind.values()));
        var b = Callout.builder().kind(kind).text(text(p.sentences(1, 2)));
        if (p.chance(0.3)) {
          b.title(text(p.name() + "!"));
        }
        out.add(b.build());
      }
      return out;
    }

    Condition build() {
      String id = id(index);
      String name = Prose.capitalise(id.substring(0, id.lastIndexOf('-')).replace('-', ' '));
      ImmutableCondition.Builder b =
          Condition.builder()
              .schema("https://caresheet.dev/schema/condition/v1/condition.schema.json")
              .id(text(id))
              .language(p.bank() == Prose.RU ? "ru" : "en")
              .name(text(name))
              .addAllAlternateNames(distinct(p.between(1, 3), p::name))
              .summary(text(p.sentences(1, 2)))
              .addAllDescription(prose(2, 3))
              .addAllAffectedAnatomy(distinct(p.between(2, 5), () -> p.pick(p.bank().sites())))
              .addAllCallouts(callouts(0.5));

      List<String> causeIds = new ArrayList<>();
      b.differentialDiagnoses(differentialDiagnoses());
      b.causes(causes(causeIds));
      b.mechanisms(mechanisms(causeIds));
      b.triggers(triggers());
      b.firstAid(firstAid());
      b.whenToSeekHelp(whenToSeekHelp());
      b.prevention(prevention());
      int sections = 0;
      while (room() && sections < 8) {
        b.addSections(section(sections++));
      }
      if (p.chance(0.2)) {
        b.addOutline("firstAid", "whenToSeekHelp");
      }
      b.attribution(attribution());
      List<String> titles = distinct(p.between(2, 5), () -> p.name() + ": a review");
      for (int i = 0; i < titles.size(); i++) {
        b.addReferences(reference(titles.get(i), i + 1));
      }
      b.addAllRelated(related());
      return b.build();
    }

    private DifferentialDiagnoses differentialDiagnoses() {
      List<DifferentialDiagnosis> items = new ArrayList<>();
      for (String n : distinct(p.between(3, 5), p::name)) {
        items.add(DifferentialDiagnosis.of(n, text(p.sentences(2, 3))));
      }
      return DifferentialDiagnoses.builder()
          .heading(text(p.heading()))
          .addAllIntro(prose(1, 1))
          .addAllCallouts(callouts(0.4))
          .items(items)
          .build();
    }

    private Causes causes(List<String> causeIds) {
      List<Cause> items = new ArrayList<>();
      for (String n : distinct(p.between(5, 10), p::name)) {
        String causeId =
            n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (causeId.isEmpty() || causeIds.contains(causeId)) {
          causeId = "cause-" + (causeIds.size() + 1);
        }
        causeIds.add(text(causeId));
        var c = Cause.builder().id(causeId).name(n);
        if (p.chance(0.4)) {
          c.description(text(p.sentences(1, 3)));
        }
        items.add(c.build());
      }
      return Causes.builder()
          .addAllIntro(prose(1, 1))
          .addAllCallouts(callouts(0.3))
          .items(items)
          .addAllConclusion(prose(0, 1))
          .build();
    }

    private Mechanisms mechanisms(List<String> causeIds) {
      List<Mechanism> items = new ArrayList<>();
      List<String> names = distinct(p.between(2, 4), p::name);
      for (int i = 0; i < names.size(); i++) {
        List<String> explained = new ArrayList<>();
        for (String causeId : causeIds) {
          if (p.chance(0.3)) {
            explained.add(causeId);
          }
        }
        items.add(
            Mechanism.builder()
                .id("mechanism-" + (i + 1))
                .name(names.get(i))
                .description(paragraphs(1, 2))
                .causes(explained)
                .build());
      }
      return Mechanisms.builder()
          .heading(text(p.heading()))
          .addAllIntro(prose(1, 1))
          .items(items)
          .build();
    }

    private Triggers triggers() {
      List<Trigger> items = new ArrayList<>();
      for (String n : distinct(p.between(3, 5), p::name)) {
        items.add(Trigger.builder().name(n).description(text(p.sentences(1, 3))).build());
      }
      return Triggers.builder().addAllIntro(prose(1, 2)).items(items).build();
    }

    private FirstAid firstAid() {
      List<FirstAidStep> items = new ArrayList<>();
      for (String instruction :
          distinct(p.between(4, 7), () -> p.pick(p.bank().imperatives()) + ".")) {
        var s = FirstAidStep.builder().instruction(instruction);
        if (p.chance(0.7)) {
          s.detail(text(p.sentences(1, 3)));
        }
        if (p.chance(0.3)) {
          for (String site : distinct(2, () -> p.pick(p.bank().sites()))) {
            s.addVariants(BodySiteVariant.of(site, text(p.sentence())));
          }
        }
        if (p.chance(0.25)) {
          s.addCautions(text(p.sentence()));
        }
        items.add(s.build());
      }
      return FirstAid.builder()
          .addAllIntro(prose(0, 1))
          .addAllCallouts(callouts(0.5))
          .items(items)
          .build();
    }

    private WhenToSeekHelp whenToSeekHelp() {
      List<SeekHelpAdvice> items = new ArrayList<>();
      List<Urgency> urgencies = List.of(Urgency.values());
      for (String situation : distinct(p.between(2, 4), () -> p.sentence())) {
        items.add(
            SeekHelpAdvice.builder()
                .situation(situation)
                .urgency(p.pick(urgencies))
                .advice(List.of(text(p.sentences(1, 3))))
                .build());
      }
      return WhenToSeekHelp.builder().items(items).build();
    }

    private Prevention prevention() {
      List<PreventionMeasure> items = new ArrayList<>();
      for (String n : distinct(p.between(4, 7), p::name)) {
        var m = PreventionMeasure.builder().name(n);
        if (p.chance(0.6)) {
          m.description(text(p.sentences(1, 2)));
        }
        items.add(m.build());
      }
      return Prevention.builder().addAllIntro(prose(0, 1)).items(items).build();
    }

    private Section section(int n) {
      return Section.builder()
          .id("section-" + (n + 1))
          .title(text(p.heading()))
          .addAllCallouts(callouts(0.2))
          .body(prose(2, 5))
          .build();
    }

    private Attribution attribution() {
      var a =
          Attribution.builder()
              .addAuthors(
                  Contributor.builder()
                      .name(text(person()))
                      .credentials(text("MD, neurologist"))
                      .build());
      if (p.chance(0.6)) {
        a.addReviewers(
            Contributor.builder()
                .name(text(person()))
                .credentials(text("PhD"))
                .url("https://example.org/people/" + (index % 97))
                .build());
      }
      return a.lastReviewed(LocalDate.of(2020, 1, 1).plusDays(p.between(0, 5 * 365))).build();
    }

    private String person() {
      return p.pick(List.of("Anna", "Maria", "Olga", "James", "David", "Sofia", "Ivan", "Lena"))
          + " "
          + p.pick(List.of("Petrova", "Smith", "García", "Ivanov", "Müller", "Okafor", "Chen"));
    }

    private Reference reference(String title, int i) {
      var r = Reference.builder().title(title);
      if (p.chance(0.8)) {
        r.url(text("https://example.org/articles/" + id(index) + "/" + i));
      }
      if (p.chance(0.5)) {
        r.publisher(text(p.pick(List.of("The Lancet", "BMJ", "NHS", "Mayo Clinic", "WHO"))));
      }
      return r.build();
    }

    private List<String> related() {
      Set<String> ids = new LinkedHashSet<>();
      int n = Math.min(count - 1, p.between(2, 5));
      for (int tries = 0; ids.size() < n && tries < 50; tries++) {
        int other = p.between(0, count - 1);
        if (other != index) {
          ids.add(id(other));
        }
      }
      return new ArrayList<>(ids);
    }
  }

  /**
   * Writes a corpus: {@code --count N} (default 2000), {@code --seed S} (default 1), {@code
   * --format json|yaml} (default json), {@code --out DIR} (required).
   */
  public static void main(String[] args) throws IOException {
    int count = 2000;
    long seed = 1;
    Format format = Format.JSON;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--count":
          count = Integer.parseInt(value);
          i++;
          break;
        case "--seed":
          seed = Long.parseLong(value);
          i++;
          break;
        case "--format":
          format = Format.valueOf(value.toUpperCase(Locale.ROOT));
          i++;
          break;
        case "--out":
          out = Path.of(value);
          i++;
          break;
        default:
          throw new IllegalArgumentException(
              "unknown argument: "
                  + args[i]
                  + " (use --count N --seed S --format json|yaml --out DIR)");
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    long bytes = Corpus.of(count, seed).write(out, format);
    System.out.printf(
        Locale.ROOT,
        "wrote %d %s documents, %.1f MB (%.1f KB each on average) to %s%n",
        count,
        format.name().toLowerCase(Locale.ROOT),
        bytes / 1e6,
        bytes / 1024.0 / count,
        out);
  }
}
