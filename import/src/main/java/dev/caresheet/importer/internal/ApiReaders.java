package dev.caresheet.importer.internal;

import dev.caresheet.importer.ImportException;
import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.License;
import dev.caresheet.model.Urgency;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the structured sources: the NHS website content API's JSON, MedlinePlus summaries as a JSON
 * object of {@code title: HTML}, and MedlinePlus health-topic XML (DTDs and external entities
 * refused).
 */
public final class ApiReaders {

  /** Nesting deeper than this in JSON is refused. */
  static final int MAX_JSON_DEPTH = 200;

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build())
                  .build())
          .build();

  /** The NHS element names of care cards and their urgencies. */
  private static final Map<String, Urgency> CARE_CARDS =
      Map.of(
          "immediate",
          Urgency.EMERGENCY,
          "urgent",
          Urgency.URGENT,
          "non-urgent",
          Urgency.NON_URGENT);

  private final Cleaner cleaner;

  /**
   * Readers.
   *
   * @param cleaner drops spam and chrome in texts
   */
  public ApiReaders(Cleaner cleaner) {
    this.cleaner = cleaner;
  }

  /**
   * Parses JSON, with a located error.
   *
   * @param text the text
   * @param source its name
   * @return the tree
   * @throws ImportException if it is not JSON
   */
  public static JsonNode json(String text, String source) throws ImportException {
    try {
      return JSON.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where =
          at == null || at.getLineNr() < 1
              ? source
              : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new ImportException(where + ": not well-formed JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * Whether a tree is an NHS website content API page.
   *
   * @param tree the tree
   * @return whether it is one
   */
  public static boolean isNhs(JsonNode tree) {
    return tree.isObject()
        && tree.path("mainEntityOfPage").isArray()
        && tree.path("@context").asString("").contains("schema.org");
  }

  /**
   * Whether a tree is a MedlinePlus summaries object: every value an HTML text.
   *
   * @param tree the tree
   * @return whether it is one
   */
  public static boolean isSummaries(JsonNode tree) {
    if (!tree.isObject() || tree.isEmpty()) {
      return false;
    }
    for (JsonNode v : tree) {
      if (!v.isString() || !v.asString().contains("<")) {
        return false;
      }
    }
    return true;
  }

  private static String pointer(String... steps) {
    StringBuilder p = new StringBuilder();
    for (String s : steps) {
      p.append('/').append(s.replace("~", "~0").replace("/", "~1"));
    }
    return p.toString();
  }

  /**
   * Reads an NHS page.
   *
   * @param tree the page
   * @param log the report
   * @return what it holds
   */
  public Doc nhs(JsonNode tree, Log log) {
    Doc doc = new Doc();
    doc.kind = "nhs-json";
    doc.title = Texts.tidy(tree.path("name").asString(""));
    doc.titleLoc = "/name";
    doc.language =
        tree.path("inLanguage").isString()
            ? tree.path("inLanguage").asString().split("-")[0]
            : "en";
    String description = Texts.tidy(tree.path("description").asString(""));
    if (!description.isEmpty()) {
      doc.summary = Texts.escape(description);
      log.mapped("/description", "description → summary");
    }
    doc.modified = date(tree.path("dateModified").asString(""), "/dateModified", log);
    JsonNode reviewed = tree.path("lastReviewed");
    if (reviewed.isArray() && reviewed.size() >= 1) {
      doc.lastReviewed = date(reviewed.get(0).asString(""), "/lastReviewed/0", log);
      if (reviewed.size() >= 2) {
        doc.nextReview = date(reviewed.get(1).asString(""), "/lastReviewed/1", log);
      }
      log.mapped("/lastReviewed", "lastReviewed → attribution.lastReviewed and nextReview");
    }
    JsonNode author = tree.path("author");
    if (author.path("name").isString()) {
      dev.caresheet.model.ImmutableContributor.Builder a =
          Contributor.builder()
              .kind(dev.caresheet.model.ContributorKind.ORGANIZATION)
              .name(Texts.tidy(author.path("name").asString()));
      if (author.path("url").asString("").matches("https?://\\S+")) {
        a.url(author.path("url").asString());
      }
      doc.authors.add(a.build());
      log.mapped("/author", "author → attribution.authors (organization)");
    }
    JsonNode holder = tree.path("copyrightHolder");
    if (holder.path("name").isString()) {
      doc.publisher = Contributor.organization(Texts.tidy(holder.path("name").asString()));
      log.mapped("/copyrightHolder", "copyrightHolder → attribution.publisher");
    }
    String license = tree.path("license").asString("");
    if (license.matches("https?://\\S+")) {
      doc.license =
          License.of(
              holder.path("name").isString()
                  ? Texts.tidy(holder.path("name").asString())
                  : "Licence",
              license);
      log.mapped("/license", "license → attribution.license");
    }
    String page = tree.path("webpage").asString(tree.path("url").asString(""));
    if (page.matches("https?://\\S+")) {
      doc.url = page;
    }
    String self = slugOfConditionUrl(page);
    JsonNode links = tree.path("relatedLink");
    for (int i = 0; i < links.size(); i++) {
      String id = slugOfConditionUrl(links.get(i).path("url").asString(""));
      if (id != null && !id.equals(self) && !doc.related.contains(id)) {
        doc.related.add(id);
        log.mapped(pointer("relatedLink", "" + i), "related link → related id “" + id + "”");
      }
    }
    JsonNode sections = tree.path("mainEntityOfPage");
    for (int s = 0; s < sections.size(); s++) {
      JsonNode section = sections.get(s);
      String headline = Texts.tidy(section.path("headline").asString(""));
      String sloc = pointer("mainEntityOfPage", "" + s);
      if (!headline.isEmpty()) {
        doc.nodes.add(new Doc.Heading(Texts.escape(headline), 2, aspect(section), sloc));
      }
      JsonNode elements = section.path("mainEntityOfPage");
      for (int e = 0; e < elements.size(); e++) {
        element(elements.get(e), sloc + pointer("mainEntityOfPage", "" + e), doc, log);
      }
    }
    return doc;
  }

  /** schema.org's health aspect of a section, as a heading the vocabulary maps. */
  private static List<String> aspect(JsonNode section) {
    String aspect = section.path("hasHealthAspect").asString("");
    int slash = aspect.lastIndexOf('/');
    String name = slash < 0 ? aspect : aspect.substring(slash + 1);
    String word =
        switch (name) {
          case "SymptomsHealthAspect" -> "Symptoms";
          case "CausesHealthAspect" -> "Causes";
          case "PreventionHealthAspect" -> "Prevention";
          case "TreatmentsHealthAspect", "TreatmentHealthAspect" -> "Treatment";
          case "RisksOrComplicationsHealthAspect" -> "Complications";
          case "SelfCareHealthAspect" -> "Things you can do";
          case "DiagnosisHealthAspect" -> "Diagnosis";
          case "PrognosisHealthAspect" -> "Outlook";
          case "LivingWithHealthAspect" -> "Living with";
          case "TypesHealthAspect" -> "Types of";
          default -> null;
        };
    return word == null ? List.of() : List.of(word);
  }

  private void element(JsonNode element, String loc, Doc doc, Log log) {
    String name = element.path("name").asString("");
    String html = element.path("text").asString("");
    String headline = Texts.tidy(element.path("headline").asString(""));
    HtmlReader reader = new HtmlReader(cleaner, log, loc);
    if (!headline.isEmpty() && !name.equals("Reveal")) {
      doc.nodes.add(new Doc.Heading(Texts.escape(headline), 2, List.of(), loc));
    }
    Urgency urgency = CARE_CARDS.get(name);
    if (urgency != null) {
      List<Doc.Node> nodes = reader.fragment(html);
      List<String> advice = new ArrayList<>();
      List<Doc.Item> situations = new ArrayList<>();
      String lead = null;
      for (Doc.Node n : nodes) {
        if (n instanceof Doc.Heading h) {
          advice.add(
              h.text().replaceAll("(?i)\\s+if\\s*:?\\s*$", "").replaceAll("[:\\s]+$", "") + ".");
        } else if (n instanceof Doc.Para p && situations.isEmpty() && p.text().endsWith(":")) {
          lead = p.text().replaceAll("\\s*:$", "");
        } else if (n instanceof Doc.Para p) {
          advice.add(p.text());
        } else if (n instanceof Doc.ListNode l) {
          for (Doc.Item item : l.items()) {
            situations.add(
                lead == null ? item : new Doc.Item(lead + " " + item.text(), item.loc()));
          }
        }
      }
      if (situations.isEmpty() && !advice.isEmpty()) {
        situations.add(new Doc.Item(advice.remove(advice.size() - 1), loc));
      }
      doc.nodes.add(new Doc.CareCard(urgency, String.join(" ", advice), situations, loc));
      log.mapped(
          loc,
          name
              + " care card → whenToSeekHelp items with urgency "
              + urgency.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      return;
    }
    switch (name) {
      case "markdown" -> doc.nodes.addAll(reader.fragment(html));
      case "Information", "Callout" -> {
        List<Doc.Node> callout = new ArrayList<>();
        org.jsoup.nodes.Element box =
            org.jsoup.parser.Parser.htmlParser()
                .parseInput("<body><div>" + html + "</div></body>", "")
                .body()
                .child(0);
        reader.callout(
            box, name.equals("Callout") ? CalloutKind.IMPORTANT : CalloutKind.NOTE, callout, 0);
        doc.nodes.addAll(callout);
        log.mapped(loc, name + " → a callout");
      }
      case "Do/Don't" -> {
        List<Doc.Item> dos = new ArrayList<>();
        List<Doc.Item> donts = new ArrayList<>();
        List<Doc.Item> target = dos;
        for (Doc.Node n : reader.fragment(html)) {
          if (n instanceof Doc.Heading h) {
            target =
                Mapper.plain(h.text()).toLowerCase(Locale.ROOT).startsWith("don") ? donts : dos;
          } else if (n instanceof Doc.ListNode l) {
            target.addAll(l.items());
          }
        }
        doc.nodes.add(new Doc.DoDont(dos, donts, loc));
        log.mapped(loc, "Do/Don't → selfCare items with kind do and dont");
      }
      case "Reveal" -> {
        doc.nodes.add(
            new Doc.Heading(
                Texts.escape(headline.isEmpty() ? "More" : headline), 2, List.of(), loc));
        doc.nodes.addAll(reader.fragment(html));
        log.mapped(loc, "Reveal → a free section");
      }
      case "Table" -> {
        doc.nodes.addAll(reader.fragment(html));
        log.mapped(loc, "Table → prose of its part");
      }
      default -> {
        if (element.path("@type").asString("").equals("ImageObject")
            || element.has("caption")
            || element.has("contentUrl")) {
          log.dropped(loc, "an image (figures are not imported yet)", name);
        } else if (!html.isBlank()) {
          doc.nodes.addAll(reader.fragment(html));
          log.human(loc, "an element named “" + name + "” read as text");
        }
      }
    }
  }

  private static @Nullable String slugOfConditionUrl(String url) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("/conditions/([a-z0-9-]+)/?$").matcher(url);
    return m.find() ? m.group(1) : null;
  }

  private static @Nullable LocalDate date(String value, String loc, Log log) {
    if (value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      log.human(loc, "the date “" + value + "” is not understood");
      return null;
    }
  }

  /**
   * Reads MedlinePlus summaries: a JSON object of {@code title: HTML}.
   *
   * @param tree the object
   * @param source the source's name
   * @return one article per summary
   */
  public List<Readers.Article> summaries(JsonNode tree, String source) {
    List<Readers.Article> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : tree.properties()) {
      String loc = pointer(e.getKey());
      Log log = new Log(source + "#" + loc.substring(1));
      out.add(
          new Readers.Article(
              summary(e.getKey(), e.getValue().asString(), loc, null, null, log), log));
    }
    return out;
  }

  /**
   * Reads one MedlinePlus summary.
   *
   * @param title its title, or null to take it from the text
   * @param html the summary's HTML
   * @param loc where it is
   * @param language its language, or null to guess
   * @param url its page, or null
   * @param log the report
   * @return what it holds
   */
  public Doc summary(
      @Nullable String title,
      String html,
      String loc,
      @Nullable String language,
      @Nullable String url,
      Log log) {
    Doc doc = new Doc();
    doc.kind = "medlineplus";
    doc.language = language;
    doc.url = url;
    List<Doc.Node> nodes = new HtmlReader(cleaner, log, loc.isEmpty() ? null : loc).fragment(html);
    // The closing attribution paragraph ("NIH: National Heart, Lung, and Blood Institute").
    if (!nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof Doc.Para last) {
      String plain = Mapper.plain(last.text());
      if (Texts.words(plain) <= 12
          && plain.matches("[\\p{Lu}][\\p{L}.&]*: .*")
          && !plain.endsWith(".")) {
        doc.publisher = Contributor.organization(plain);
        nodes.remove(nodes.size() - 1);
        log.mapped(last.loc(), "closing attribution → attribution.publisher “" + plain + "”");
      }
    }
    doc.nodes.addAll(nodes);
    if (title != null && !title.isBlank()) {
      doc.title = Texts.tidy(title);
    } else {
      doc.title = subject(nodes);
      log.human(loc, "no title: “" + doc.title + "” taken from the first sentence");
    }
    doc.titleLoc = loc;
    return doc;
  }

  /** The subject of the first paragraph: its words before "(", "is", "are", "causes". */
  private static String subject(List<Doc.Node> nodes) {
    for (Doc.Node n : nodes) {
      if (n instanceof Doc.Para p) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile(
                    "^(\\p{Lu}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,5}?)\\s+(?:\\(|is\\b|are\\b|causes\\b|es\\b|son\\b)")
                .matcher(Mapper.plain(p.text()));
        if (m.find()) {
          return m.group(1);
        }
        break;
      }
    }
    return "Imported article";
  }

  /**
   * Reads MedlinePlus health-topic XML: {@code <health-topic title= language= url=>} with a {@code
   * <full-summary>}. DTDs, external entities and XInclude are refused.
   *
   * @param xml the text
   * @param source its name
   * @return one article per topic
   * @throws ImportException if it is not well-formed, or declares a DTD
   */
  public List<Readers.Article> healthTopics(String xml, String source) throws ImportException {
    org.w3c.dom.Document dom;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      b.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entities are not read (" + systemId + ")");
          });
      dom = b.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      String message = e.getMessage() == null ? "not well-formed" : e.getMessage();
      if (message.contains("DOCTYPE")) {
        message = "a DTD (<!DOCTYPE>) is not allowed: DTDs and external entities are refused";
      }
      throw new ImportException(
          source + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": XML: " + message);
    } catch (SAXException | ParserConfigurationException | java.io.IOException e) {
      throw new ImportException(source + ": XML: " + e.getMessage());
    }
    List<Readers.Article> out = new ArrayList<>();
    NodeList topics = dom.getElementsByTagName("health-topic");
    for (int i = 0; i < topics.getLength(); i++) {
      Element topic = (Element) topics.item(i);
      String loc = "/health-topic[" + (i + 1) + "]";
      Log log = new Log(topics.getLength() == 1 ? source : source + "#" + (i + 1));
      NodeList summaries = topic.getElementsByTagName("full-summary");
      String html = summaries.getLength() == 0 ? "" : summaries.item(0).getTextContent();
      String lang = topic.getAttribute("language").toLowerCase(Locale.ROOT);
      String code = lang.startsWith("span") ? "es" : lang.startsWith("eng") ? "en" : null;
      String url = topic.getAttribute("url");
      Doc doc =
          summary(
              topic.getAttribute("title"),
              html,
              loc,
              code,
              url.matches("https?://\\S+") ? url : null,
              log);
      doc.kind = "medlineplus-xml";
      out.add(new Readers.Article(doc, log));
    }
    if (out.isEmpty()) {
      throw new ImportException(source + ": XML without <health-topic> elements");
    }
    return out;
  }
}
