package dev.caresheet.bench;

import dev.caresheet.codec.ConditionCodec;
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
import dev.caresheet.model.Paragraph;
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
import dev.caresheet.render.html.HtmlSite;
import dev.caresheet.render.html.internal.Languages;
import dev.caresheet.render.html.internal.PageShell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content of the Hugo baseline of the site-build benchmark: a Hugo site (the skeleton in {@code
 * bench/hugo}: configuration and templates) with one content file per document, {@code
 * content/ID.md}, whose JSON front matter is the document prepared as a Hugo publisher would keep
 * it, and an empty body. Hugo then builds from it the pages {@code caresheet site} writes, without
 * their JSON-LD ({@code HugoParityTest} checks the markup).
 *
 * <p>The front matter holds the texts raw (Hugo's html/template escapes them; the templates write
 * line feeds as {@code <br>}); the labels of part headings, callout titles and urgencies resolved
 * in the document's language; the parts in page order ({@link Condition#parts()}), each with its
 * CSS class and anchor key; the urgent-advice summary and the names of the causes each mechanism
 * explains; and the page's {@code weight}, its rank in the index (names in the site language's
 * collation, then ids, grouped by first letter as {@link HtmlSite} groups them) with that letter
 * and the letter's element id. Related conditions stay ids: the template looks each up with {@code
 * site.GetPage}. The fixed labels of each language go to {@code data/labels/LANG.json}; the site's
 * stylesheet and icon to {@code static/}.
 *
 * <p>Like the jte and Mustache baselines, it covers what the benchmark's corpus holds: the parts
 * {@link Corpus} writes, and prose that is plain paragraphs; anything else is refused.
 *
 * <p>From the command line: {@code java -cp … dev.caresheet.bench.HugoContent --in DIR --out
 * SITE_DIR [--skeleton bench/hugo]}, then {@code hugo --source SITE_DIR}.
 */
public final class HugoContent {
  private HugoContent() {}

  /** The language of the site, its index and its labels, as {@link HtmlSite}'s default. */
  public static final String SITE_LANGUAGE = "en";

  /** The fixed labels the templates print, by the key they use in the data files. */
  private static final Map<String, String> LABEL_KEYS = labelKeys();

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Map<String, String> labelKeys() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("alternate_names", "alternateNames");
    keys.put("affected_anatomy", "affectedAnatomy");
    keys.put("explains_causes", "explainsCauses");
    keys.put("caution", "caution");
    keys.put("contents", "contents");
    keys.put("urgent_advice", "urgentAdvice");
    keys.put("references", "references");
    keys.put("about", "about");
    keys.put("authors", "authors");
    keys.put("reviewers", "reviewers");
    keys.put("last_reviewed", "lastReviewed");
    keys.put("related", "related");
    keys.put("site_index", "site.index");
    keys.put("site_home", "site.home");
    keys.put("site_letters", "site.letters");
    return keys;
  }

  /**
   * Writes a Hugo site: the skeleton's files, the stylesheet and icon, the labels of every language
   * and one content file per condition. An existing {@code content} and {@code data} directory of
   * {@code out} is replaced; Hugo's output ({@code public}) is left alone.
   *
   * @param conditions the site's conditions, valid documents
   * @param skeleton the Hugo project to copy ({@code bench/hugo})
   * @param out the site's directory, created if needed
   * @return the bytes of the content files written
   * @throws IOException if a file cannot be read or written
   * @throws IllegalArgumentException if two conditions share an id, or a condition holds what the
   *     baseline does not render
   */
  public static long write(Collection<Condition> conditions, Path skeleton, Path out)
      throws IOException {
    Map<String, Condition> byId = new TreeMap<>();
    for (Condition c : conditions) {
      if (byId.put(c.id(), c) != null) {
        throw new IllegalArgumentException("two conditions have the id \"" + c.id() + "\"");
      }
    }
    Files.createDirectories(out);
    copySkeleton(skeleton, out);
    deleteTree(out.resolve("content"));
    deleteTree(out.resolve("data"));
    Path content = Files.createDirectories(out.resolve("content"));
    Path labelsDir = Files.createDirectories(out.resolve("data").resolve("labels"));
    Path statics = Files.createDirectories(out.resolve("static"));
    HtmlSite site = HtmlSite.builder().build();
    Files.writeString(statics.resolve(HtmlSite.STYLESHEET), site.stylesheet());
    Files.writeString(statics.resolve(HtmlSite.ICON), site.icon());

    Set<String> languages = new TreeSet<>();
    languages.add(SITE_LANGUAGE);
    byId.values().forEach(c -> languages.add(c.language()));
    for (String language : languages) {
      Labels labels = Templates.labels(language);
      Map<String, String> data = new LinkedHashMap<>();
      LABEL_KEYS.forEach((key, label) -> data.put(key, labels.get(label)));
      Files.write(labelsDir.resolve(language + ".json"), JSON.writeValueAsBytes(data));
    }

    long bytes = 0;
    int weight = 0;
    for (Map.Entry<String, List<Condition>> letter : index(byId.values()).entrySet()) {
      String[] key = letter.getKey().split(" ", 2);
      for (Condition c : letter.getValue()) {
        Map<String, Object> front = frontMatter(c, ++weight, key[1], key[0]);
        byte[] file = (JSON.writeValueAsString(front) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(content.resolve(c.id() + ".md"), file);
        bytes += file.length;
      }
    }
    return bytes;
  }

  /**
   * The conditions in the order of the index, by letter: sorted by name in the site language's
   * collation, then by id, and grouped by the name's first letter (upper case) in the order the
   * letters first come, as {@link HtmlSite} lists them. Each key is the letter's element id, a
   * space and the letter.
   */
  static Map<String, List<Condition>> index(Collection<Condition> conditions) {
    Locale locale = Locale.forLanguageTag(SITE_LANGUAGE);
    Collator collator = Collator.getInstance(locale);
    List<Condition> sorted = new ArrayList<>(conditions);
    sorted.sort(Comparator.comparing(Condition::name, collator).thenComparing(Condition::id));
    Map<String, List<Condition>> byLetter = new LinkedHashMap<>();
    for (Condition c : sorted) {
      String letter = c.name().substring(0, c.name().offsetByCodePoints(0, 1)).toUpperCase(locale);
      byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).add(c);
    }
    Map<String, List<Condition>> byKey = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (Map.Entry<String, List<Condition>> e : byLetter.entrySet()) {
      String id =
          "letter-"
              + e.getKey().codePoints().mapToObj(Integer::toHexString).reduce("", String::concat);
      while (!used.add(id)) {
        id = id + "-";
      }
      byKey.put(id + " " + e.getKey(), e.getValue());
    }
    return byKey;
  }

  /**
   * The front matter of a condition's content file.
   *
   * @param c the condition
   * @param weight its rank in the index, from 1
   * @param letter its index letter
   * @param letterId the letter's element id on the index page
   * @return the front matter, keys in lower case (as Hugo keeps them)
   * @throws IllegalArgumentException if the condition holds what the baseline does not render
   */
  public static Map<String, Object> frontMatter(
      Condition c, int weight, String letter, String letterId) {
    Labels labels = Templates.labels(c.language());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", c.name());
    description(c).ifPresent(d -> m.put("description", PageShell.oneLine(d)));
    m.put("weight", weight);
    m.put("id", c.id());
    m.put("letter", letter);
    m.put("letter_id", letterId);
    m.put("language_tag", c.language());
    if (Languages.isRightToLeft(c.language())) {
      m.put("dir", "rtl");
    }
    m.put("alternate_names", c.alternateNames());
    c.summary().ifPresent(s -> m.put("summary_text", s));
    List<SeekHelpAdvice> urgent = JteSupport.urgentAdvice(c);
    if (!urgent.isEmpty()) {
      WhenToSeekHelp help = c.whenToSeekHelp().orElseThrow();
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("class", urgent.get(0).urgency().orElseThrow().value());
      List<Object> items = new ArrayList<>();
      for (SeekHelpAdvice a : urgent) {
        items.add(
            map(
                "urgency", a.urgency().orElseThrow().value(),
                "label", labels.urgency(a.urgency().orElseThrow()),
                "situation", a.situation()));
      }
      u.put("items", items);
      u.put("key", help.key());
      u.put("heading", heading(help, labels));
      m.put("urgent", u);
    }
    m.put("paragraphs", JteSupport.paragraphs(c.description()));
    m.put("affected_anatomy", c.affectedAnatomy());
    m.put("callouts", callouts(c.callouts(), labels));
    List<Object> parts = new ArrayList<>();
    for (Part part : c.parts()) {
      parts.add(part(c, part, labels));
    }
    m.put("parts", parts);
    List<Object> references = new ArrayList<>();
    for (Reference r : c.references()) {
      Map<String, Object> ref = new LinkedHashMap<>();
      ref.put("title", r.title());
      r.url().ifPresent(url -> ref.put("url", url));
      r.publisher().ifPresent(p -> ref.put("publisher", p));
      references.add(ref);
    }
    m.put("references", references);
    m.put("related", c.related());
    c.attribution().ifPresent(a -> m.put("attribution", attribution(a)));
    return m;
  }

  /** The page's description: the summary, or else the first paragraph of the description. */
  private static Optional<String> description(Condition c) {
    return c.summary()
        .or(
            () ->
                c.description().stream()
                    .filter(Paragraph.class::isInstance)
                    .map(b -> ((Paragraph) b).text())
                    .findFirst());
  }

  private static String heading(Part part, Labels labels) {
    if (part instanceof Section s) {
      return s.title();
    }
    return part.heading().orElseGet(() -> labels.part(part.kind()));
  }

  private static List<Object> callouts(List<Callout> callouts, Labels labels) {
    List<Object> out = new ArrayList<>(callouts.size());
    for (Callout callout : callouts) {
      out.add(
          map(
              "kind", callout.kind().value(),
              "title", callout.title().orElseGet(() -> labels.callout(callout.kind())),
              "text", callout.text()));
    }
    return out;
  }

  private static Map<String, Object> part(Condition c, Part part, Labels labels) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("class", cssClass(part));
    m.put("key", part.key());
    m.put("heading", heading(part, labels));
    m.put("callouts", callouts(part.callouts(), labels));
    if (part instanceof Section s) {
      m.put("body", JteSupport.paragraphs(s.body()));
      return m;
    }
    ListPart<?> list = (ListPart<?>) part;
    m.put("intro", JteSupport.paragraphs(list.intro()));
    List<Object> items = new ArrayList<>();
    for (Object item : list.items()) {
      items.add(item(c, item, labels));
    }
    m.put("items", items);
    m.put("conclusion", JteSupport.paragraphs(list.conclusion()));
    return m;
  }

  private static String cssClass(Part part) {
    if (part instanceof DifferentialDiagnoses) {
      return "differential-diagnoses";
    } else if (part instanceof Causes) {
      return "causes";
    } else if (part instanceof Mechanisms) {
      return "mechanisms";
    } else if (part instanceof Triggers) {
      return "triggers";
    } else if (part instanceof FirstAid) {
      return "first-aid";
    } else if (part instanceof WhenToSeekHelp) {
      return "when-to-seek-help";
    } else if (part instanceof Prevention) {
      return "prevention";
    } else if (part instanceof Section) {
      return "section";
    }
    throw new IllegalArgumentException(
        "the Hugo baseline renders the corpus's parts only, not " + part.kind());
  }

  private static Map<String, Object> item(Condition c, Object item, Labels labels) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (item instanceof DifferentialDiagnosis d) {
      m.put("name", d.name());
      m.put("distinction", d.distinction());
    } else if (item instanceof Cause cause) {
      m.put("id", cause.id());
      m.put("name", cause.name());
      cause.description().ifPresent(d -> m.put("description", d));
    } else if (item instanceof Mechanism mechanism) {
      m.put("name", mechanism.name());
      m.put("descriptions", mechanism.description());
      List<Object> explains = new ArrayList<>();
      for (String id : mechanism.causes()) {
        Map<String, Object> cause = new LinkedHashMap<>();
        cause.put("id", id);
        String name = JteSupport.causeName(c, id);
        if (name != null) {
          cause.put("name", name);
        }
        explains.add(cause);
      }
      m.put("explains", explains);
    } else if (item instanceof Trigger t) {
      m.put("name", t.name());
      t.description().ifPresent(d -> m.put("description", d));
    } else if (item instanceof PreventionMeasure p) {
      m.put("name", p.name());
      p.description().ifPresent(d -> m.put("description", d));
    } else if (item instanceof FirstAidStep s) {
      m.put("instruction", s.instruction());
      s.detail().ifPresent(d -> m.put("detail", d));
      List<Object> variants = new ArrayList<>();
      for (BodySiteVariant v : s.variants()) {
        variants.add(map("body_site", v.bodySite(), "instruction", v.instruction()));
      }
      m.put("variants", variants);
      m.put("cautions", s.cautions());
    } else if (item instanceof SeekHelpAdvice a) {
      m.put("urgency", a.urgency().orElseThrow().value());
      m.put("label", labels.urgency(a.urgency().orElseThrow()));
      m.put("situation", a.situation());
      m.put("advice", a.advice());
    } else {
      throw new IllegalArgumentException(
          "the Hugo baseline renders the corpus's items only, not " + item.getClass());
    }
    return m;
  }

  private static Map<String, Object> attribution(Attribution a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("authors", contributors(a.authors()));
    m.put("reviewers", contributors(a.reviewers()));
    a.lastReviewed().ifPresent(d -> m.put("last_reviewed", d.toString()));
    return m;
  }

  private static List<Object> contributors(List<Contributor> contributors) {
    List<Object> out = new ArrayList<>(contributors.size());
    for (Contributor p : contributors) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", p.name());
      p.url().ifPresent(url -> m.put("url", url));
      p.credentials().ifPresent(cr -> m.put("credentials", cr));
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> map(String... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /** Copies the skeleton's files, leaving out its README and anything Hugo wrote there. */
  private static void copySkeleton(Path skeleton, Path out) throws IOException {
    if (!Files.isRegularFile(skeleton.resolve("hugo.json"))) {
      throw new IllegalArgumentException(
          "not the Hugo skeleton (no hugo.json): " + skeleton.toAbsolutePath());
    }
    try (Stream<Path> files = Files.walk(skeleton)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = skeleton.relativize(file);
        String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
        if (!Files.isRegularFile(file)
            || relative.toString().equals("README.md")
            || first.equals("public")
            || first.equals("resources")
            || first.equals(".hugo_build.lock")) {
          continue;
        }
        Path target = out.resolve(relative.toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /**
   * Writes a Hugo site from a folder of JSON documents: {@code --in DIR} (every {@code *.json} in
   * it), {@code --out SITE_DIR}, {@code --skeleton DIR} (default {@code bench/hugo}, or {@code
   * hugo} when run from {@code bench}).
   *
   * @param args the arguments
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path in = null;
    Path out = null;
    Path skeleton = Files.isDirectory(Path.of("bench", "hugo")) ? Path.of("bench", "hugo") : null;
    if (skeleton == null) {
      skeleton = Path.of("hugo");
    }
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--in" -> in = Path.of(value);
        case "--out" -> out = Path.of(value);
        case "--skeleton" -> skeleton = Path.of(value);
        default ->
            throw new IllegalArgumentException(
                "unknown argument: " + args[i] + " (use --in DIR --out SITE_DIR [--skeleton DIR])");
      }
      i++;
    }
    if (in == null || out == null) {
      throw new IllegalArgumentException("--in DIR and --out SITE_DIR are required");
    }
    long start = System.nanoTime();
    ConditionCodec codec = ConditionCodec.defaults();
    List<Condition> conditions = new ArrayList<>();
    try (Stream<Path> files = Files.list(in)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
        conditions.add(codec.read(file));
      }
    }
    long read = System.nanoTime();
    long bytes = write(conditions, skeleton, out);
    long end = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "read %d documents in %.2f s; wrote %d content files, %.1f MB, in %.2f s to %s%n",
        conditions.size(),
        (read - start) / 1e9,
        conditions.size(),
        bytes / 1e6,
        (end - read) / 1e9,
        out);
  }
}
