package dev.caresheet.importer.internal;

import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.License;
import java.time.LocalDate;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Reads HTML: a whole saved page (the article found by main-content extraction, site chrome
 * dropped) or a fragment (an NHS API element, a MedlinePlus summary). Keeps headings, paragraphs,
 * lists, tables, callouts, and inline emphasis and links as inline markup ({@code *em*}, {@code
 * **strong**}, {@code [text](url)}, literal {@code * _ [ \} escaped).
 */
public final class HtmlReader {

  /**
   * Elements deeper than this are read as text only, so hostile nesting cannot exhaust the stack.
   */
  static final int MAX_DEPTH = 200;

  /** Removed elements listed in the report, at most (the count says how many in all). */
  static final int MAX_DROPS_LOGGED = 200;

  private static final java.util.Set<String> DROPPED =
      java.util.Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "object",
          "embed",
          "form",
          "input",
          "button",
          "select",
          "textarea",
          "svg",
          "canvas",
          "video",
          "audio",
          "nav",
          "header",
          "footer",
          "aside",
          "link",
          "meta",
          "base");
  private static final java.util.Set<String> DROPPED_ROLES =
      java.util.Set.of("navigation", "banner", "contentinfo", "search", "complementary");
  private static final Pattern CHROME =
      Pattern.compile(
          "(?i)(^|[-_ ])(nav|navigation|menu|breadcrumbs?|share|sharing|social|bookmark|rating|"
              + "ratings|stars|comments?|footer|header|cookie|banner|sidebar|col-secondary|related|"
              + "promo|advert|ads?|skip|print|feedback|survey|newsletter|tabs-nav|review-dates?|"
              + "search|login|masthead|toolbar|pagination|hidden|sr-only)($|[-_ ])");
  private static final Pattern CALLOUT =
      Pattern.compile(
          "(?i)(^|[-_ ])(callout|panel|info|information|important|warning|alert|note|highlight|"
              + "care-card|boxout|box)($|[-_ ])");
  private static final String MAIN =
      "main, [role=main], article, .main-content, #main-content,"
          + " #mainContent, #content, .content, #main, .article, .article-body, .entry-content";

  /** A date as pages print it: 13/06/2016, 3 March 2025, 03 Mar 2025. */
  private static final String DATE =
      "((\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{1,2}) (\\p{L}{3,9}) (\\d{4}))";

  private static final Pattern REVIEWED = Pattern.compile("(?i)last reviewed:?\\s*" + DATE);
  private static final Pattern NEXT_REVIEW =
      Pattern.compile("(?i)next review(?: due)?:?\\s*" + DATE);
  private static final Pattern REVIEW_LINE =
      Pattern.compile(
          "(?i)^(page )?(last reviewed|next review)(?: due)?:?\\s*" + DATE + ".{0,80}$");
  private static final String BYLINE =
      ".byline, .author, [itemprop=author], [rel=author], .article-author";

  private final Cleaner cleaner;
  private final Log log;
  private final @Nullable String fixedLoc;
  private String base = "";

  /**
   * A reader for one source.
   *
   * @param cleaner drops spam and chrome in texts
   * @param log the report
   * @param fixedLoc the location of every block (a JSON pointer for an API element), or null for
   *     the lines and columns of the HTML
   */
  public HtmlReader(Cleaner cleaner, Log log, @Nullable String fixedLoc) {
    this.cleaner = cleaner;
    this.log = log;
    this.fixedLoc = fixedLoc;
  }

  private static Parser parser() {
    Parser parser = Parser.htmlParser();
    parser.setTrackPosition(true);
    return parser;
  }

  /**
   * Reads a whole page.
   *
   * @param html the page
   * @return what the article holds
   */
  public Doc page(String html) {
    Document page = parser().parseInput(html, "");
    Doc doc = new Doc();
    doc.kind = "html";
    String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
    if (!lang.isBlank() && lang.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*")) {
      doc.language = lang.toLowerCase(Locale.ROOT).split("-")[0];
    }
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null && canonical.attr("href").matches("https?://\\S+")) {
      doc.url = canonical.attr("href");
      base = doc.url;
    }
    meta(page, doc);
    String all = page.text();
    doc.lastReviewed = date(REVIEWED.matcher(all));
    doc.nextReview = date(NEXT_REVIEW.matcher(all));
    if (doc.lastReviewed != null) {
      log.mapped("", "“Page last reviewed” → attribution.lastReviewed " + doc.lastReviewed);
    }
    Element title = page.selectFirst("h1");
    if (title != null && !title.text().isBlank()) {
      doc.title = Texts.tidy(title.text());
      doc.titleLoc = loc(title);
      title.remove();
    } else {
      doc.title = Texts.tidy(page.title());
    }
    int[] removed = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)
                || e == page.body()
                || e.tagName().equals("html")
                || e.tagName().equals("head")) {
              return FilterResult.CONTINUE;
            }
            String reason = null;
            boolean pageForm = e.tagName().equals("form") && e.text().length() >= 1000;
            if (DROPPED.contains(e.tagName()) && !pageForm
                || DROPPED_ROLES.contains(e.attr("role"))
                || e.hasAttr("hidden")
                || e.attr("aria-hidden").equals("true")) {
              reason = "site chrome or script (<" + e.tagName() + ">)";
            } else if (CHROME.matcher(e.id()).find() || CHROME.matcher(e.className()).find()) {
              reason = "site chrome (" + e.tagName() + describe(e) + ")";
            }
            if (reason == null) {
              return FilterResult.CONTINUE;
            }
            String text = e.text();
            if (!text.isBlank() && removed[0] < MAX_DROPS_LOGGED) {
              log.dropped(loc(e), reason, text);
            }
            removed[0]++;
            return FilterResult.REMOVE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        page);
    Element main = main(page);
    log.mapped(
        loc(main),
        "main content: <"
            + main.tagName()
            + describe(main)
            + "> ("
            + removed[0]
            + " chrome elements dropped"
            + (removed[0] > MAX_DROPS_LOGGED
                ? ", the first " + MAX_DROPS_LOGGED + " with text listed"
                : "")
            + ")");
    endMatter(main, doc);
    walk(main, doc.nodes, 0);
    return doc;
  }

  /**
   * Reads a fragment (no page around it).
   *
   * @param html the fragment
   * @return its blocks
   */
  public List<Doc.Node> fragment(String html) {
    Element body = parser().parseInput("<body>" + html + "</body>", "").body();
    for (Element e : body.select("script, style, iframe, object, embed, form, template")) {
      drop(e, "script or embedded content (<" + e.tagName() + ">)");
    }
    List<Doc.Node> out = new ArrayList<>();
    walk(body, out, 0);
    return out;
  }

  private void meta(Document page, Doc doc) {
    String creator = metaContent(page, "DC.creator", "author");
    if (creator != null) {
      doc.authors.add(Contributor.organization(creator));
      log.mapped("", "meta author “" + creator + "” → attribution.authors (organization)");
    }
    String publisher = metaContent(page, "DC.publisher", "publisher");
    if (publisher != null) {
      doc.publisher = Contributor.organization(publisher);
      log.mapped("", "meta publisher “" + publisher + "” → attribution.publisher");
    }
    String rights = metaContent(page, "DC.rights", "copyright");
    if (rights != null && rights.matches("https?://\\S+")) {
      doc.license =
          License.of(publisher != null ? "Terms of " + publisher : "Terms of use", rights);
    }
    String modified = metaContent(page, "article:modified_time", "DC.date.modified");
    if (modified != null && modified.length() >= 10) {
      try {
        doc.modified = LocalDate.parse(modified.substring(0, 10));
      } catch (DateTimeParseException e) {
        log.human("", "meta modified date “" + modified + "” not understood");
      }
    }
  }

  private static @Nullable String metaContent(Document page, String... names) {
    for (String name : names) {
      for (Element m : page.select("meta[content]")) {
        String n = m.hasAttr("name") ? m.attr("name") : m.attr("property");
        if (n.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
          return Texts.tidy(m.attr("content"));
        }
      }
    }
    return null;
  }

  private static @Nullable LocalDate date(Matcher m) {
    if (!m.find()) {
      return null;
    }
    try {
      if (m.group(2) != null) {
        return LocalDate.of(
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(2)));
      }
      return LocalDate.parse(
          m.group(5) + " " + m.group(6) + " " + m.group(7),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern(m.group(6).length() == 3 ? "d MMM uuuu" : "d MMMM uuuu")
              .toFormatter(Locale.ENGLISH));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The article's byline and review-date lines: read into the attribution (the dates were read from
   * the whole page) and taken out of the content, each with an entry in the report.
   */
  private void endMatter(Element main, Doc doc) {
    for (Element e : main.select("p, div, span, time, li")) {
      if (e.parent() == null
          || e.text().length() > 160
          || e.select("p, div, li").size() > (e.is("p, div, li") ? 1 : 0)
          || !REVIEW_LINE.matcher(e.text()).find()) {
        continue;
      }
      log.dropped(loc(e), "review date line (read into attribution)", e.text());
      e.remove();
    }
    List<Element> bylines = new ArrayList<>(main.select(BYLINE));
    for (Element p : main.select("p")) {
      if (Authors.hasLead(p.text()) && Texts.words(p.text()) <= 12 && !bylines.contains(p)) {
        bylines.add(p);
      }
    }
    for (Element e : bylines) {
      if (e.parent() == null) {
        continue;
      }
      Contributor author = Authors.parse(e.text());
      if (author == null) {
        continue;
      }
      if (!doc.authorsFromByline) {
        // A byline is more precise than a meta author (often the site's own name).
        doc.authors.clear();
        doc.authorsFromByline = true;
      }
      doc.authors.add(author);
      log.mapped(loc(e), "byline → attribution.authors “" + author.name() + "”");
      log.human(
          loc(e),
          "author “"
              + author.name()
              + "” read from a byline: check the name and the credentials “"
              + author.credentials().orElse("")
              + "”");
      e.remove();
    }
  }

  private int drop(Element e, String reason) {
    String text = e.text();
    if (!text.isBlank()) {
      log.dropped(loc(e), reason, text);
    }
    e.remove();
    return 1;
  }

  private static String describe(Element e) {
    return (e.id().isEmpty() ? "" : "#" + e.id())
        + (e.className().isEmpty() ? "" : "." + e.className().trim().replaceAll("\\s+", "."));
  }

  /** The article: a known main-content element, else the element with the most paragraph text. */
  private static Element main(Document page) {
    for (Element e : page.select(MAIN)) {
      if (e.text().length() >= 200) {
        return e;
      }
    }
    Element best = page.body();
    int bestScore = 0;
    for (Element e : page.body().select("div, section, td")) {
      int score = 0;
      for (Element p : e.children()) {
        if (p.tagName().equals("p") || p.tagName().equals("ul") || p.tagName().equals("ol")) {
          score += p.text().length();
        }
      }
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  private String loc(Node node) {
    if (fixedLoc != null) {
      return fixedLoc;
    }
    Range range = node.sourceRange();
    if (range == null || !range.isTracked()) {
      return "";
    }
    return range.start().lineNumber() + ":" + range.start().columnNumber();
  }

  /** Block-level reading. */
  private void walk(Element container, List<Doc.Node> out, int depth) {
    StringBuilder loose = new StringBuilder();
    Node looseStart = null;
    for (Node child : container.childNodes()) {
      if (child instanceof TextNode || (child instanceof Element el && isInline(el))) {
        if (looseStart == null) {
          looseStart = child;
        }
        loose.append(inline(child, 0));
        continue;
      }
      if (looseStart != null) {
        paragraphs(loose.toString(), loc(looseStart), out);
        loose.setLength(0);
        looseStart = null;
      }
      if (!(child instanceof Element e)) {
        continue;
      }
      if (depth > MAX_DEPTH) {
        log.dropped(
            loc(e), "nested deeper than " + MAX_DEPTH + " elements: read as text", e.text());
        paragraphs(Texts.escape(e.text()), loc(e), out);
        continue;
      }
      block(e, out, depth);
    }
    if (looseStart != null) {
      paragraphs(loose.toString(), loc(looseStart), out);
    }
  }

  private void block(Element e, List<Doc.Node> out, int depth) {
    String tag = e.tagName();
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        String text = Texts.tidy(e.text());
        if (!text.isEmpty()) {
          out.add(new Doc.Heading(Texts.escape(text), tag.charAt(1) - '0', List.of(), loc(e)));
        }
      }
      case "p" -> {
        Element only = e.children().size() >= 1 ? e.selectFirst("a[href*=#]") : null;
        if (only != null
            && only.text().strip().equals(e.text().strip())
            && samePage(only.attr("href"))) {
          log.dropped(loc(e), "a table-of-contents link to a place on the page", e.text());
          if (!out.isEmpty()
              && out.get(out.size() - 1) instanceof Doc.Para lead
              && lead.text().endsWith(":")
              && Texts.words(lead.text()) <= 8) {
            out.remove(out.size() - 1);
            log.dropped(
                lead.loc(), "the lead-in of a table of contents", Mapper.plain(lead.text()));
          }
        } else {
          paragraphs(inline(e, 0), loc(e), out);
        }
      }
      case "ul", "ol" -> {
        List<Doc.Item> items = new ArrayList<>();
        for (Element li : e.children()) {
          if (!li.tagName().equals("li")) {
            continue;
          }
          String text = clean(inlineFlat(li), loc(li));
          if (!text.isBlank()) {
            items.add(new Doc.Item(text, loc(li)));
          }
        }
        if (!items.isEmpty()) {
          out.add(new Doc.ListNode(tag.equals("ol"), items, loc(e)));
        }
      }
      case "table" -> table(e, out);
      case "blockquote" -> callout(e, CalloutKind.NOTE, out, depth);
      case "img", "picture", "figure", "hr", "br" -> {
        if (tag.equals("figure") || tag.equals("img") || tag.equals("picture")) {
          log.human(loc(e), "an image left out (figures are not imported yet)");
        }
      }
      default -> {
        if (CALLOUT.matcher(e.className()).find()
            && !e.select("p, li").isEmpty()
            && e.text().length() < 2000) {
          String cls = e.className().toLowerCase(Locale.ROOT);
          CalloutKind kind =
              cls.contains("warning") || cls.contains("alert")
                  ? CalloutKind.WARNING
                  : cls.contains("important") ? CalloutKind.IMPORTANT : CalloutKind.NOTE;
          callout(e, kind, out, depth);
        } else {
          walk(e, out, depth + 1);
        }
      }
    }
  }

  /**
   * A callout from a box: its first heading is the title; its paragraphs and items the text.
   *
   * @param e the box
   * @param kind its kind
   * @param out where it goes
   * @param depth how deep it is
   */
  void callout(Element e, CalloutKind kind, List<Doc.Node> out, int depth) {
    List<Doc.Node> inner = new ArrayList<>();
    walk(e, inner, depth + 1);
    String title = null;
    List<String> texts = new ArrayList<>();
    for (Doc.Node n : inner) {
      if (n instanceof Doc.Heading h && title == null && texts.isEmpty()) {
        title = h.text();
      } else if (n instanceof Doc.Para p) {
        texts.add(p.text());
      } else if (n instanceof Doc.ListNode l) {
        List<String> items = new ArrayList<>();
        l.items().forEach(i -> items.add(i.text()));
        texts.add(String.join("; ", items));
      } else if (n instanceof Doc.Heading h) {
        texts.add("**" + h.text() + "**");
      }
    }
    if (texts.isEmpty()) {
      if (title != null) {
        out.add(new Doc.Para(title, loc(e)));
      }
      return;
    }
    out.add(new Doc.CalloutNode(kind, title, String.join(" ", texts), loc(e)));
  }

  private void table(Element table, List<Doc.Node> out) {
    Element caption = table.selectFirst("caption");
    List<String> header = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      boolean allTh = true;
      for (Element cell : tr.children()) {
        if (cell.tagName().equals("td") || cell.tagName().equals("th")) {
          cells.add(clean(inlineFlat(cell), loc(cell)));
          allTh &= cell.tagName().equals("th");
        }
      }
      if (cells.isEmpty()) {
        continue;
      }
      if (allTh && header.isEmpty() && rows.isEmpty()) {
        header.addAll(cells);
      } else {
        rows.add(cells);
      }
    }
    if (!rows.isEmpty() || !header.isEmpty()) {
      out.add(
          new Doc.TableNode(
              caption == null ? null : Texts.escape(Texts.tidy(caption.text())),
              header,
              rows,
              loc(table)));
    }
  }

  private void paragraphs(String markup, String loc, List<Doc.Node> out) {
    for (String part : markup.split("\\n\\s*\\n")) {
      String text = clean(part.replace('\n', ' '), loc);
      if (text.isBlank() || text.replaceAll("[\\s*]", "").isEmpty()) {
        continue;
      }
      out.add(new Doc.Para(text, loc));
    }
  }

  private String clean(String markup, String loc) {
    String t = Texts.tidy(markup);
    if (t.isEmpty()) {
      return t;
    }
    var whole = cleaner.wholeBlock(Mapper.plain(t));
    if (whole != null) {
      log.dropped(
          loc,
          whole.entry().category().key() + " (“" + whole.entry().phrase() + "”)",
          Mapper.plain(t));
      return "";
    }
    return t;
  }

  private static boolean isInline(Element e) {
    return switch (e.tagName()) {
      case "a",
          "em",
          "i",
          "strong",
          "b",
          "span",
          "code",
          "sup",
          "sub",
          "abbr",
          "small",
          "u",
          "mark",
          "cite",
          "q",
          "time",
          "font",
          "br",
          "o:p",
          "bdi",
          "bdo",
          "dfn",
          "kbd",
          "s",
          "var",
          "wbr",
          "label" ->
          true;
      default -> false;
    };
  }

  /** A list item's or cell's markup, its nested lists flattened into the text. */
  private String inlineFlat(Element e) {
    StringBuilder out = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof Element el && !isInline(el)) {
        out.append(' ').append(inlineFlat(el)).append(' ');
      } else {
        out.append(inline(child, 0));
      }
    }
    return out.toString();
  }

  private String inline(Node node, int depth) {
    if (node instanceof TextNode t) {
      return Texts.escape(t.getWholeText().replace('\n', ' '));
    }
    if (!(node instanceof Element e)) {
      return "";
    }
    if (depth > MAX_DEPTH) {
      return Texts.escape(e.text());
    }
    if (e.tagName().equals("br")) {
      return "\n";
    }
    StringBuilder inner = new StringBuilder();
    for (Node child : e.childNodes()) {
      inner.append(inline(child, depth + 1));
    }
    String text = inner.toString();
    switch (e.tagName()) {
      case "em", "i" -> {
        return mark(text, "*");
      }
      case "strong", "b" -> {
        return mark(text, "**");
      }
      case "a" -> {
        return link(e, text);
      }
      default -> {
        if (!isInline(e)) {
          return " " + text + " ";
        }
        return text;
      }
    }
  }

  private static String mark(String text, String delimiter) {
    String core = text.strip();
    if (core.isEmpty() || core.contains("*") && !core.contains("\\*")) {
      return text;
    }
    String lead = text.substring(0, text.indexOf(core.charAt(0)));
    String trail = text.substring(text.lastIndexOf(core.charAt(core.length() - 1)) + 1);
    return lead + delimiter + core + delimiter + trail;
  }

  private String link(Element a, String text) {
    String href = a.attr("href").strip();
    if (text.isBlank()) {
      return text;
    }
    String url = href;
    if (!url.matches("(?i)https?://.*")
        && !base.isEmpty()
        && !url.startsWith("#")
        && !url.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
      url = a.absUrl("href").isEmpty() ? resolve(url) : a.absUrl("href");
    }
    if (url.matches("(?i)https?://[^\\s]+")) {
      String dest =
          url.replace(" ", "%20")
              .replace("(", "%28")
              .replace(")", "%29")
              .replace("<", "%3C")
              .replace(">", "%3E");
      if (text.contains("](") || text.contains("[")) {
        return text;
      }
      return "[" + text.strip() + "](" + dest + ")" + (text.endsWith(" ") ? " " : "");
    }
    if (href.toLowerCase(Locale.ROOT).startsWith("javascript:")
        || href.toLowerCase(Locale.ROOT).startsWith("data:")
        || href.toLowerCase(Locale.ROOT).startsWith("vbscript:")) {
      log.dropped(loc(a), "a link with a script address (its text kept)", href);
    }
    return text;
  }

  private boolean samePage(String href) {
    int hash = href.indexOf('#');
    String page = href.substring(0, hash);
    return page.isEmpty()
        || (!base.isEmpty()
            && base.toLowerCase(Locale.ROOT).startsWith(page.toLowerCase(Locale.ROOT)));
  }

  private String resolve(String relative) {
    try {
      return java.net.URI.create(base).resolve(relative).toString();
    } catch (IllegalArgumentException e) {
      return relative;
    }
  }
}
