package dev.caresheet.importer.internal;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.Inline;
import dev.caresheet.model.PartKind;
import dev.caresheet.model.Urgency;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps what a reader found to a draft document: headings to parts through the heading vocabulary,
 * lists to items, paragraphs to intros and conclusions, everything else to free sections. Builds
 * the document's JSON tree and binds it through the codec, so the draft is a model value; a part
 * the model refuses becomes a free section, noted for a person.
 */
public final class Mapper {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern DASH =
      Pattern.compile("^(.{2,100}?)\\s+[-–—]\\s+(\\S.*)$", Pattern.DOTALL);
  private static final Pattern VARIANT =
      Pattern.compile(
          "^(?:if|when|with)\\b[^,]{0,80}?\\b(?:of|touched|in) (?:the )?([^,]{2,40}),\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern IF_CLAUSE =
      Pattern.compile(
          "^(?:if|если|si)\\s+([^,]{5,200}),\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

  private final PhraseTable headings;
  private final PhraseTable markers;
  private final ConditionCodec codec;

  /**
   * A mapper.
   *
   * @param headings the heading vocabulary
   * @param markers the markers (cautions)
   * @param codec binds the tree
   */
  public Mapper(PhraseTable headings, PhraseTable markers, ConditionCodec codec) {
    this.headings = headings;
    this.markers = markers;
    this.codec = codec;
  }

  /** A part being collected: its key, heading and blocks. */
  private static final class Group {
    final String key;
    final String heading;
    final String loc;
    final int level;
    final List<Doc.Node> nodes = new ArrayList<>();

    Group(String key, String heading, String loc, int level) {
      this.key = key;
      this.heading = heading;
      this.loc = loc;
      this.level = level;
    }
  }

  /**
   * Maps a source's blocks to a draft.
   *
   * @param doc what the reader found
   * @param language the draft's language
   * @param log the report
   * @return the draft
   */
  public Condition map(Doc doc, String language, Log log) {
    List<Doc.Node> preamble = new ArrayList<>();
    Map<String, Group> typed = new LinkedHashMap<>();
    List<Group> all = new ArrayList<>();
    Group current = null;
    for (Doc.Node node : doc.nodes) {
      if (node instanceof Doc.CareCard card) {
        group(typed, all, "whenToSeekHelp", "", card.loc(), 9).nodes.add(card);
        continue;
      }
      if (node instanceof Doc.DoDont dd) {
        group(typed, all, "selfCare", "", dd.loc(), 9).nodes.add(dd);
        continue;
      }
      if (node instanceof Doc.Heading h) {
        String key = partOf(h);
        if (key == null && current != null && h.level() > current.level) {
          current.nodes.add(h); // a subheading of the part before
          continue;
        }
        if ("description".equals(key)) {
          current = null;
          log.mapped(h.loc(), "“" + plain(h.text()) + "” → description");
          continue;
        }
        if (key == null) {
          current = new Group(null, h.text(), h.loc(), h.level());
          all.add(current);
        } else {
          boolean again = typed.containsKey(key);
          current = group(typed, all, key, h.text(), h.loc(), h.level());
          if (again) {
            log.mapped(h.loc(), "“" + plain(h.text()) + "” continues " + key);
          }
        }
        continue;
      }
      (current == null ? preamble : current.nodes).add(node);
    }

    Set<String> ids = new HashSet<>();
    String name = name(doc.title);
    String id = Texts.slug(name, "imported");
    ObjectNode tree = JSON.objectNode();
    tree.put("id", id);
    tree.put("language", language);
    tree.put("name", name);
    if (doc.summary != null && !doc.summary.isBlank()) {
      tree.put("summary", plain(doc.summary));
    }
    ArrayNode callouts = JSON.arrayNode();
    List<Doc.Node> prose = new ArrayList<>();
    for (Doc.Node n : preamble) {
      if (n instanceof Doc.CalloutNode c) {
        callouts.add(callout(c));
      } else {
        prose.add(n);
      }
    }
    List<JsonNode> description = Prose.blocks(prose, log);
    if (!description.isEmpty()) {
      tree.putArray("description").addAll(description);
      log.mapped(
          preamble.isEmpty() ? "" : preamble.get(0).loc(),
          "the text before the first heading → description ("
              + count(description.size(), "block")
              + ")");
    }
    if (!callouts.isEmpty()) {
      tree.set("callouts", callouts);
    }
    ArrayNode sections = JSON.arrayNode();
    Map<String, ObjectNode> parts = new LinkedHashMap<>();
    for (Group g : all) {
      if (g.key == null) {
        ObjectNode section = section(g.heading, g.nodes, ids, log);
        if (section == null) {
          log.dropped(g.loc, "a heading with no text under it", plain(g.heading));
        } else {
          sections.add(section);
          log.mapped(
              g.loc,
              "“" + plain(g.heading) + "” → free section “" + section.get("id").asString() + "”");
          log.human(
              g.loc,
              "the heading “"
                  + plain(g.heading)
                  + "” maps to no part: a free"
                  + " section (add it to a headings file to map it)");
        }
        continue;
      }
      PartKind kind = PartKind.ofKey(g.key).orElseThrow();
      ObjectNode part = typedPart(kind, g, ids, log);
      if (part == null) {
        log.dropped(g.loc, "a part with no text", plain(g.heading));
        continue;
      }
      parts.put(g.key, part);
      JsonNode items = part.get("items");
      log.mapped(
          g.loc,
          (g.heading.isEmpty() ? "(no heading)" : "“" + plain(g.heading) + "”")
              + " → "
              + g.key
              + (items == null || items.isEmpty()
                  ? " (its text, no items)"
                  : " (" + count(items.size(), "item") + ")"));
    }
    // Typed parts in the model's order; free sections after them, in source order.
    for (PartKind kind : PartKind.typed()) {
      ObjectNode part = parts.get(kind.key().orElseThrow());
      if (part != null) {
        ObjectNode checked = bindable(kind, part, tree, sections, ids, log);
        if (checked != null) {
          tree.set(kind.key().orElseThrow(), checked);
        }
      }
    }
    if (!sections.isEmpty()) {
      tree.set("sections", sections);
    }
    ObjectNode attribution = attribution(doc, log);
    if (attribution != null) {
      tree.set("attribution", attribution);
    }
    if (doc.url != null && doc.url.matches("https?://\\S+")) {
      ObjectNode ref = tree.putArray("references").addObject();
      ref.put("title", doc.title.isBlank() ? name : Texts.tidy(doc.title));
      ref.put("url", doc.url);
      if (doc.publisher != null) {
        ref.put("publisher", doc.publisher.name());
      }
      log.mapped("", "the source's address → references");
    }
    List<String> related = new ArrayList<>();
    for (String r : doc.related) {
      if (!r.equals(id) && !related.contains(r)) {
        related.add(r);
      }
    }
    if (!related.isEmpty()) {
      strings(tree.putArray("related"), related);
    }
    return codec.read(tree, log.source());
  }

  private @Nullable String partOf(Doc.Heading h) {
    List<String> texts = new ArrayList<>();
    texts.add(plain(h.text()));
    texts.addAll(h.alternatives());
    Optional<PhraseTable.Phrase> best = Optional.empty();
    for (String t : texts) {
      Optional<PhraseTable.Phrase> p = headings.longestPrefix(t, "");
      if (p.isPresent()
          && (best.isEmpty() || p.get().phrase().length() > best.get().phrase().length())) {
        best = p;
      }
    }
    if (best.isEmpty()) {
      return null;
    }
    String block = best.get().block();
    for (PartKind kind : PartKind.typed()) {
      if (kind.key().orElseThrow().toLowerCase(Locale.ROOT).equals(block)) {
        return kind.key().orElseThrow();
      }
    }
    return block.equals("description") ? "description" : null;
  }

  private static Group group(
      Map<String, Group> typed,
      List<Group> all,
      String key,
      String heading,
      String loc,
      int level) {
    Group g = typed.get(key);
    if (g == null) {
      g = new Group(key, heading, loc, level);
      typed.put(key, g);
      all.add(g);
    }
    return g;
  }

  /** A draft's name from a page title: "Cramps in the legs: causes, treatment" → the first part. */
  static String name(String title) {
    String t = Texts.tidy(title);
    int colon = t.indexOf(':');
    if (colon > 2) {
      t = t.substring(0, colon);
    }
    int dash = t.indexOf(" - ");
    if (dash > 2) {
      t = t.substring(0, dash);
    }
    t = t.strip();
    return t.isEmpty() ? "Imported article" : t;
  }

  /** The plain text of inline markup (escapes, emphasis and link syntax removed). */
  static String plain(String markup) {
    return Texts.tidy(Inline.plain(markup));
  }

  private @Nullable ObjectNode section(
      String heading, List<Doc.Node> nodes, Set<String> ids, Log log) {
    ArrayNode callouts = JSON.arrayNode();
    List<Doc.Node> prose = new ArrayList<>();
    for (Doc.Node n : nodes) {
      if (n instanceof Doc.CalloutNode c) {
        callouts.add(callout(c));
      } else {
        prose.add(n);
      }
    }
    List<JsonNode> body = new ArrayList<>(Prose.blocks(prose, log));
    if (body.isEmpty() && callouts.isEmpty()) {
      return null;
    }
    if (body.isEmpty()) {
      for (JsonNode c : callouts) {
        body.add(c.get("text"));
      }
      callouts.removeAll();
    }
    ObjectNode s = JSON.objectNode();
    s.put("id", unique(Texts.slug(plain(heading), "section"), ids));
    s.put("title", plain(heading).isEmpty() ? "Section" : plain(heading));
    if (!callouts.isEmpty()) {
      s.set("callouts", callouts);
    }
    s.putArray("body").addAll(body);
    return s;
  }

  private static ObjectNode callout(Doc.CalloutNode c) {
    ObjectNode o = JSON.objectNode();
    o.put("kind", c.kind().value());
    if (c.title() != null && !c.title().isBlank()) {
      o.put("title", plain(c.title()));
    }
    o.put("text", c.text());
    return o;
  }

  /** One typed part; null when it has no text at all. */
  private @Nullable ObjectNode typedPart(PartKind kind, Group g, Set<String> ids, Log log) {
    ObjectNode part = JSON.objectNode();
    if (!g.heading.isEmpty()) {
      part.put("heading", plain(g.heading));
    }
    ArrayNode callouts = JSON.arrayNode();
    ArrayNode items = JSON.arrayNode();
    List<Doc.Node> intro = new ArrayList<>();
    List<Doc.Node> conclusion = new ArrayList<>();
    List<Doc.Para> paragraphs = new ArrayList<>();
    for (Doc.Node n : g.nodes) {
      if (n instanceof Doc.Para p) {
        paragraphs.add(p);
      }
    }
    boolean hasList =
        g.nodes.stream()
            .anyMatch(
                n ->
                    n instanceof Doc.ListNode
                        || n instanceof Doc.CareCard
                        || n instanceof Doc.DoDont);
    ObjectNode lastStep = null;
    for (int i = 0; i < g.nodes.size(); i++) {
      Doc.Node n = g.nodes.get(i);
      if (n instanceof Doc.CalloutNode c) {
        callouts.add(callout(c));
      } else if (n instanceof Doc.ListNode l) {
        for (Doc.Item it : l.items()) {
          ObjectNode item = item(kind, it.text(), it.loc(), null, null, ids, log);
          if (item == null) {
            intro.add(new Doc.Para(it.text(), it.loc()));
          } else {
            items.add(item);
            lastStep = item;
          }
        }
      } else if (n instanceof Doc.CareCard card) {
        for (Doc.Item it : card.situations()) {
          ObjectNode item =
              item(kind, it.text(), it.loc(), card.urgency(), card.advice(), ids, log);
          if (item != null) {
            items.add(item);
          }
        }
      } else if (n instanceof Doc.DoDont dd) {
        for (Doc.Item it : dd.dos()) {
          ObjectNode item = item(kind, it.text(), it.loc(), null, "do", ids, log);
          if (item != null) {
            items.add(item);
          }
        }
        for (Doc.Item it : dd.donts()) {
          ObjectNode item = item(kind, it.text(), it.loc(), null, "dont", ids, log);
          if (item != null) {
            items.add(item);
          }
        }
      } else if (n instanceof Doc.Para p
          && kind == PartKind.FIRST_AID
          && lastStep != null
          && variants(lastStep, p, log)) {
        continue;
      } else if (!hasList
          && n instanceof Doc.Para p
          && paragraphs.indexOf(p) > 0
          && (kind == PartKind.MECHANISMS || kind == PartKind.WHEN_TO_SEEK_HELP)) {
        ObjectNode item = paragraphItem(kind, p, ids, log);
        if (item == null) {
          (items.isEmpty() ? intro : conclusion).add(n);
        } else {
          items.add(item);
        }
      } else {
        if (!items.isEmpty() && hasMoreItems(g.nodes, i)) {
          log.human(
              n.loc(),
              "a paragraph between two lists of "
                  + kind.key().orElseThrow()
                  + " moved to its conclusion");
        }
        (items.isEmpty() ? intro : conclusion).add(n);
      }
    }
    List<JsonNode> introText = new ArrayList<>(Prose.blocks(intro, log));
    List<JsonNode> conclusionText = new ArrayList<>(Prose.blocks(conclusion, log));
    if (items.isEmpty() && introText.isEmpty()) {
      introText.addAll(conclusionText);
      conclusionText.clear();
    }
    if (items.isEmpty() && introText.isEmpty()) {
      for (JsonNode c : callouts) {
        introText.add(c.get("text"));
      }
      callouts.removeAll();
    }
    if (items.isEmpty() && introText.isEmpty()) {
      return null;
    }
    if (!introText.isEmpty()) {
      part.putArray("intro").addAll(introText);
    }
    if (!callouts.isEmpty()) {
      part.set("callouts", callouts);
    }
    if (!items.isEmpty()) {
      part.set("items", items);
    }
    if (!conclusionText.isEmpty()) {
      part.putArray("conclusion").addAll(conclusionText);
    }
    return part;
  }

  private static boolean hasMoreItems(List<Doc.Node> nodes, int from) {
    for (int i = from + 1; i < nodes.size(); i++) {
      if (nodes.get(i) instanceof Doc.ListNode) {
        return true;
      }
    }
    return false;
  }

  /**
   * Body-site variants of the step before ("If the cramp has touched the front of the thigh, …").
   */
  private boolean variants(ObjectNode step, Doc.Para p, Log log) {
    List<String> sentences = Texts.sentences(p.text());
    List<String[]> found = new ArrayList<>();
    for (String s : sentences) {
      Matcher m = VARIANT.matcher(s);
      if (m.find()) {
        String site = m.group(1).replaceFirst("^(?i)muscles of (the )?", "").strip();
        found.add(new String[] {Texts.capitalise(site), Texts.capitalise(m.group(2).strip())});
      } else if (!found.isEmpty()) {
        found.get(found.size() - 1)[1] += " " + s;
      } else {
        return false;
      }
    }
    if (found.size() < 2) {
      return false;
    }
    ArrayNode variants = step.putArray("variants");
    for (String[] v : found) {
      ObjectNode o = variants.addObject();
      o.put("bodySite", plain(v[0]));
      o.put("instruction", plain(v[1]));
    }
    log.mapped(
        p.loc(),
        found.size()
            + " body-site variants → the step “"
            + plain(step.get("instruction").asString())
            + "”");
    log.human(p.loc(), "body-site variants split from one paragraph (heuristic): check them");
    return true;
  }

  private @Nullable ObjectNode paragraphItem(PartKind kind, Doc.Para p, Set<String> ids, Log log) {
    String text = p.text();
    if (kind == PartKind.MECHANISMS) {
      String first = Texts.sentences(text).get(0);
      String name = shortName(first);
      ObjectNode o = JSON.objectNode();
      o.put("id", unique(Texts.slug(plain(name), "mechanism"), ids));
      o.put("name", plain(name));
      o.putArray("description").add(text);
      log.human(
          p.loc(), "mechanism named from its first sentence (heuristic): “" + plain(name) + "”");
      return o;
    }
    Matcher m = IF_CLAUSE.matcher(text);
    if (!m.find()) {
      return null;
    }
    ObjectNode o = JSON.objectNode();
    o.put("situation", Texts.capitalise(plain(m.group(1))));
    o.putArray("advice").add(text);
    log.human(p.loc(), "a situation split from its “if …” paragraph (heuristic)");
    return o;
  }

  private static String shortName(String sentence) {
    String s = sentence.replaceAll("[.!?]+$", "");
    int comma = s.indexOf(", ");
    if (Texts.words(s) > 14 && comma > 10) {
      s = s.substring(0, comma);
    }
    if (Texts.words(s) > 14) {
      String[] w = s.split("\\s+");
      s = String.join(" ", java.util.Arrays.copyOf(w, 12)) + "…";
    }
    return Texts.capitalise(s.replaceFirst("^(?i)(so|and|but|thus|also),?\\s+", ""));
  }

  /** A name and an optional description from an item's text. */
  private record Split(String name, @Nullable String description) {}

  private static final Pattern STRONG_LEAD =
      Pattern.compile("^\\*\\*([^*]{2,120})\\*\\*[\\s:.,–—-]*(\\S.*)$", Pattern.DOTALL);

  private static Split split(String text) {
    Matcher strong = STRONG_LEAD.matcher(text);
    if (strong.find() && Texts.words(strong.group(2)) >= 2) {
      return new Split(
          Texts.capitalise(trimEnd(strong.group(1))), Texts.capitalise(strong.group(2).strip()));
    }
    Matcher dash = DASH.matcher(text);
    if (dash.find() && Texts.words(dash.group(1)) <= 10) {
      return new Split(
          Texts.capitalise(trimEnd(dash.group(1))), Texts.capitalise(dash.group(2).strip()));
    }
    List<String> sentences = Texts.sentences(text);
    if (sentences.size() > 1 && Texts.words(sentences.get(0)) <= 15) {
      return new Split(
          Texts.capitalise(trimEnd(sentences.get(0))),
          Texts.capitalise(String.join(" ", sentences.subList(1, sentences.size()))));
    }
    return new Split(Texts.capitalise(trimEnd(text)), null);
  }

  private static String trimEnd(String s) {
    return s.strip().replaceAll("[\\s;,.:]+$", "");
  }

  /** One item of a typed part, in the JSON shape of its item type; null to keep it as text. */
  private @Nullable ObjectNode item(
      PartKind kind,
      String text,
      String loc,
      @Nullable Urgency urgency,
      @Nullable String extra,
      Set<String> ids,
      Log log) {
    ObjectNode o = JSON.objectNode();
    Split s = split(text);
    switch (kind) {
      case DIFFERENTIAL_DIAGNOSES -> {
        if (s.description() == null) {
          log.human(loc, "a look-alike condition without its distinction: kept in the intro");
          return null;
        }
        o.put("name", Texts.capitalise(plain(s.name())));
        o.put("distinction", plain(s.description()));
      }
      case CAUSES -> {
        o.put("id", unique(Texts.slug(plain(s.name()), "cause"), ids));
        o.put("name", Texts.capitalise(plain(s.name())));
        if (s.description() != null) {
          o.put("description", s.description());
        }
      }
      case MECHANISMS -> {
        o.put("id", unique(Texts.slug(plain(s.name()), "mechanism"), ids));
        o.put("name", Texts.capitalise(plain(s.name())));
        o.putArray("description").add(s.description() == null ? s.name() : s.description());
      }
      case FIRST_AID -> {
        List<String> sentences = Texts.sentences(text);
        o.put("instruction", Texts.capitalise(plain(sentences.get(0))));
        List<String> detail = new ArrayList<>();
        List<String> cautions = new ArrayList<>();
        for (String sentence : sentences.subList(1, sentences.size())) {
          if (markers.contains(sentence, "caution").isPresent()) {
            cautions.add(sentence);
          } else {
            detail.add(sentence);
          }
        }
        if (!detail.isEmpty()) {
          o.put("detail", String.join(" ", detail));
        }
        if (!cautions.isEmpty()) {
          strings(o.putArray("cautions"), cautions.stream().map(Mapper::plain).toList());
          log.mapped(loc, "caution of a step: " + Log.quote(plain(cautions.get(0))));
        }
      }
      case SELF_CARE -> {
        if (extra != null) {
          o.put("kind", extra);
        }
        o.put("text", Texts.capitalise(trimEnd(plain(text))));
      }
      case WHEN_TO_SEEK_HELP -> {
        o.put("situation", Texts.capitalise(trimEnd(plain(text))));
        if (urgency != null) {
          o.put("urgency", urgency.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (extra != null && !extra.isBlank()) {
          o.putArray("advice").add(extra);
        }
      }
      default -> {
        o.put("name", Texts.capitalise(plain(s.name())));
        if (s.description() != null) {
          o.put("description", s.description());
        }
      }
    }
    if (s.description() != null
        && kind != PartKind.FIRST_AID
        && kind != PartKind.SELF_CARE
        && kind != PartKind.WHEN_TO_SEEK_HELP
        && !DASH.matcher(text).find()) {
      log.human(
          loc,
          "name and description split at the first sentence (heuristic): “"
              + plain(s.name())
              + "”");
    }
    return o;
  }

  /**
   * The part as given when the model takes it; otherwise its texts as a free section, noted for a
   * person.
   */
  private @Nullable ObjectNode bindable(
      PartKind kind,
      ObjectNode part,
      ObjectNode doc,
      ArrayNode sections,
      Set<String> ids,
      Log log) {
    ObjectNode probe = JSON.objectNode();
    probe.put("id", "probe");
    probe.put("language", "en");
    probe.put("name", "probe");
    probe.set(kind.key().orElseThrow(), part);
    try {
      codec.read(probe, log.source());
      return part;
    } catch (RuntimeException e) {
      List<String> texts = new ArrayList<>();
      Prose.collect(part, texts);
      ObjectNode s = JSON.objectNode();
      String title =
          part.has("heading") ? part.get("heading").asString() : kind.key().orElseThrow();
      s.put("id", unique(Texts.slug(plain(title), "section"), ids));
      s.put("title", plain(title));
      strings(s.putArray("body"), texts.isEmpty() ? List.of(title) : texts);
      sections.add(s);
      log.human(
          "",
          "the "
              + kind.key().orElseThrow()
              + " part did not fit the model ("
              + e.getMessage()
              + "): kept as a free section");
      return null;
    }
  }

  private @Nullable ObjectNode attribution(Doc doc, Log log) {
    ObjectNode a = JSON.objectNode();
    if (!doc.authors.isEmpty()) {
      ArrayNode authors = a.putArray("authors");
      for (Contributor c : doc.authors) {
        authors.add(contributor(c));
      }
    }
    if (doc.publisher != null) {
      a.set("publisher", contributor(doc.publisher));
    }
    if (doc.modified != null) {
      a.put("modified", doc.modified.toString());
    }
    if (doc.lastReviewed != null) {
      a.put("lastReviewed", doc.lastReviewed.toString());
    } else {
      log.human("", "no review date (attribution.lastReviewed)");
    }
    if (doc.nextReview != null) {
      a.put("nextReview", doc.nextReview.toString());
    }
    if (doc.license != null) {
      ObjectNode l = a.putObject("license");
      l.put("name", doc.license.name());
      doc.license.url().ifPresent(u -> l.put("url", u));
    }
    if (doc.authors.isEmpty() && doc.publisher == null) {
      // The format needs an author, reviewer or publisher in an attribution: the dates found are
      // named here rather than lost without a word.
      String dates =
          Stream.of("modified", "lastReviewed", "nextReview")
              .filter(a::has)
              .map(k -> k + " " + a.get(k).asString())
              .collect(Collectors.joining(", "));
      log.human(
          "",
          "no author or publisher (attribution)"
              + (dates.isEmpty() ? "" : ": add one, and the dates found (" + dates + ")"));
      return null;
    }
    return a;
  }

  private static ObjectNode contributor(Contributor c) {
    ObjectNode o = JSON.objectNode();
    c.kind()
        .ifPresent(
            k ->
                o.put(
                    "kind",
                    k == dev.caresheet.model.ContributorKind.ORGANIZATION
                        ? "organization"
                        : "person"));
    o.put("name", c.name());
    c.credentials().ifPresent(v -> o.put("credentials", v));
    c.url().ifPresent(v -> o.put("url", v));
    return o;
  }

  private static String unique(String id, Set<String> ids) {
    String candidate = id;
    for (int n = 2; !ids.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }

  private static void strings(ArrayNode array, List<String> values) {
    for (String v : values) {
      array.add(v);
    }
  }

  /** "1 item", "3 items". */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
