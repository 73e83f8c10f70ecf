package dev.caresheet.render.html;

import dev.caresheet.model.Condition;
import dev.caresheet.render.Labels;
import dev.caresheet.render.html.internal.PageShell;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A small static site of condition pages: one complete page per condition ({@code ID.html}), an
 * index of the conditions A–Z with their summaries ({@value #INDEX}), one default stylesheet
 * ({@value #STYLESHEET}: readable type, print styles, dark mode, no external fonts or scripts) and
 * the pages' icon ({@value #ICON}). Every page's head has a description (the summary) and Open
 * Graph title and description; with a {@link Builder#baseUrl(String) base URL}, a canonical link
 * and absolute URLs in the JSON-LD. Related conditions link to each other's pages by name; a
 * related id the site has no page for is shown as text, never as a broken link. Every page links
 * back to the index.
 *
 * <pre>{@code
 * Map<String, String> files = HtmlSite.builder().build().files(conditions);
 * files.forEach((name, content) -> write(siteDir.resolve(name), content));
 * }</pre>
 *
 * <p>{@link #files(Collection)} is a pure function of the conditions: the same set gives the same
 * bytes, so a caller can skip files that have not changed. Immutable and thread-safe.
 */
public final class HtmlSite {

  /** The index page's file name. */
  public static final String INDEX = "index.html";

  /** The stylesheet's file name. */
  public static final String STYLESHEET = "style.css";

  /** The icon's file name: an SVG that browsers show in the tab, so none asks for a favicon.ico. */
  public static final String ICON = "favicon.svg";

  /** How long the index page's description may grow before the list of names is cut. */
  private static final int INDEX_DESCRIPTION_LENGTH = 160;

  private static final String DEFAULT_CSS = load("site.css");
  private static final String DEFAULT_ICON = load("favicon.svg");

  private final String language;
  private final String css;
  private final @Nullable URI baseUrl;
  private final java.util.function.BiFunction<
          Condition, dev.caresheet.model.Figure, Optional<PublishedImage>>
      images;

  private HtmlSite(Builder builder) {
    this.language = builder.language;
    this.css = builder.css;
    this.baseUrl = builder.baseUrl;
    this.images = builder.images;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the built-in stylesheet} */
  public static String defaultStylesheet() {
    return DEFAULT_CSS;
  }

  /**
   * The site's files, by file name: the index first, then the stylesheet, the icon, then one page
   * per condition in id order.
   *
   * @param conditions the site's conditions, valid documents
   * @return the content of each file, by file name, in that order; unmodifiable
   * @throws IllegalArgumentException if two conditions share an id
   */
  public Map<String, String> files(Collection<Condition> conditions) {
    Pages pages = pages(conditions);
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : pages.names()) {
      files.put(name, pages.render(name));
    }
    return Collections.unmodifiableMap(files);
  }

  /**
   * The site of {@code conditions} as its file names and a renderer of each, for a caller that
   * writes each file as it is rendered (on several threads, if it likes) instead of holding the
   * whole site in memory as {@link #files} does: {@code pages(conditions).render(name)} is {@code
   * files(conditions).get(name)}.
   *
   * <pre>{@code
   * HtmlSite.Pages pages = site.pages(conditions);
   * pages.names().parallelStream().forEach(name -> write(dir.resolve(name), pages.render(name)));
   * }</pre>
   *
   * @param conditions the site's conditions, valid documents
   * @return the site's pages
   * @throws IllegalArgumentException if two conditions share an id
   */
  public Pages pages(Collection<Condition> conditions) {
    Map<String, Condition> byId = byId(conditions);
    return new Pages(byId, entries(byId.values()));
  }

  /**
   * Some pages of a larger site, for a caller that keeps a site up to date: the pages of {@code
   * conditions}, and the index, with related links and the index made from {@code site}, the
   * entries of every condition of the site (these included). Rendering the page of a condition
   * needs only the entries of the others, so the others need not be read again; {@code
   * pages(conditions, site).render(name)} is what {@link #pages(Collection)} of the whole set
   * renders.
   *
   * @param conditions the conditions whose pages to render, valid documents
   * @param site the entry of every condition of the site
   * @return the index, the stylesheet, the icon and the pages of {@code conditions}
   * @throws IllegalArgumentException if two conditions or two entries share an id, or a condition's
   *     entry is not {@code Entry.of} it
   */
  public Pages pages(Collection<Condition> conditions, Collection<Entry> site) {
    Map<String, Condition> byId = byId(conditions);
    Map<String, Entry> entries = new TreeMap<>();
    for (Entry e : Objects.requireNonNull(site, "site")) {
      if (entries.put(Objects.requireNonNull(e, "site contains null").id(), e) != null) {
        throw new IllegalArgumentException("two entries have the id \"" + e.id() + "\"");
      }
    }
    for (Condition c : byId.values()) {
      if (!Entry.of(c).equals(entries.get(c.id()))) {
        throw new IllegalArgumentException(
            "the site's entry for \"" + c.id() + "\" is not the condition's");
      }
    }
    return new Pages(byId, entries);
  }

  /**
   * What the other pages of a site show of a condition: the index lists its name, language and
   * summary under its id's page, and related links show its name.
   *
   * @param id the condition's id
   * @param name its name
   * @param language its BCP 47 language tag
   * @param summary its summary, if it has one
   */
  public record Entry(String id, String name, String language, Optional<String> summary) {
    /**
     * Checks that no component is null.
     *
     * @param id the condition's id
     * @param name its name
     * @param language its BCP 47 language tag
     * @param summary its summary, if it has one
     */
    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(summary, "summary");
    }

    /**
     * The entry of a condition.
     *
     * @param condition the condition
     * @return its id, name, language and summary
     */
    public static Entry of(Condition condition) {
      return new Entry(condition.id(), condition.name(), condition.language(), condition.summary());
    }
  }

  private static Map<String, Entry> entries(Collection<Condition> conditions) {
    Map<String, Entry> entries = new TreeMap<>();
    for (Condition c : conditions) {
      entries.put(c.id(), Entry.of(c));
    }
    return entries;
  }

  /**
   * The files of one site: their names, and each one's content rendered on request. Immutable and
   * thread-safe; {@link #render} renders again on every call.
   */
  public final class Pages {
    private final Map<String, Condition> byId;
    private final Map<String, Entry> site;
    private final HtmlRenderer renderer;
    private final List<String> names;

    private Pages(Map<String, Condition> byId, Map<String, Entry> site) {
      this.byId = byId;
      this.site = site;
      this.renderer = renderer(site);
      List<String> names = new ArrayList<>(byId.size() + 3);
      names.add(INDEX);
      names.add(STYLESHEET);
      names.add(ICON);
      for (String id : byId.keySet()) {
        names.add(id + ".html");
      }
      this.names = Collections.unmodifiableList(names);
    }

    /**
     * {@return the file names: the index first, then the stylesheet, the icon, then one page per
     * condition in id order}
     */
    public List<String> names() {
      return names;
    }

    /**
     * The content of one file.
     *
     * @param name one of {@link #names()}
     * @return its content
     * @throws IllegalArgumentException if the site has no file of that name
     */
    public String render(String name) {
      switch (name) {
        case INDEX:
          return index(site.values(), Labels.forLanguage(language));
        case STYLESHEET:
          return css;
        case ICON:
          return DEFAULT_ICON;
        default:
          Condition c =
              name.endsWith(".html") ? byId.get(name.substring(0, name.length() - 5)) : null;
          if (c == null) {
            throw new IllegalArgumentException("the site has no file \"" + name + "\"");
          }
          return renderer.render(c);
      }
    }
  }

  /**
   * The page of one condition of the site of {@code conditions}, without rendering the others: the
   * same text as {@code files(conditions).get(condition.id() + ".html")}. The page depends only on
   * the condition and on the ids and names of the conditions it lists as related, so a caller that
   * keeps a site up to date (a preview server) re-renders only the pages whose condition, or a
   * related condition, changed.
   *
   * @param condition the condition whose page to render
   * @param conditions the whole set, for the related links
   * @return the page
   * @throws IllegalArgumentException if two conditions share an id, or {@code condition} is not one
   *     of {@code conditions}
   */
  public String page(Condition condition, Collection<Condition> conditions) {
    Objects.requireNonNull(condition, "condition");
    Map<String, Condition> byId = byId(conditions);
    if (!condition.equals(byId.get(condition.id()))) {
      throw new IllegalArgumentException(
          "the condition \"" + condition.id() + "\" is not one of the site's");
    }
    return renderer(entries(byId.values())).render(condition);
  }

  /**
   * The index page of the site of {@code conditions}: the same text as {@code
   * files(conditions).get(INDEX)}.
   *
   * @param conditions the whole set
   * @return the index page
   * @throws IllegalArgumentException if two conditions share an id
   */
  public String index(Collection<Condition> conditions) {
    return index(entries(byId(conditions).values()).values(), Labels.forLanguage(language));
  }

  /** {@return the stylesheet the site's pages link to ({@value #STYLESHEET})} */
  public String stylesheet() {
    return css;
  }

  /** {@return the icon the site's pages name ({@value #ICON})} */
  public String icon() {
    return DEFAULT_ICON;
  }

  private static Map<String, Condition> byId(Collection<Condition> conditions) {
    Objects.requireNonNull(conditions, "conditions");
    Map<String, Condition> byId = new TreeMap<>();
    for (Condition c : conditions) {
      if (byId.put(Objects.requireNonNull(c, "conditions contains null").id(), c) != null) {
        throw new IllegalArgumentException("two conditions have the id \"" + c.id() + "\"");
      }
    }
    return byId;
  }

  private HtmlRenderer renderer(Map<String, Entry> byId) {
    HtmlRenderer.Builder renderer =
        HtmlRenderer.builder()
            .page(true)
            .stylesheet(STYLESHEET)
            .icon(ICON)
            .images(images)
            .relatedLinks(
                id ->
                    Optional.ofNullable(byId.get(id))
                        .map(related -> new RelatedLink(related.id() + ".html", related.name())))
            .pageHeader(
                (condition, ctx) -> {
                  String home = ctx.labels().get("site.home");
                  ctx.writer().open("nav", "class", "site", "aria-label", home);
                  ctx.writer().open("a", "href", INDEX).text(home).close("a");
                  ctx.writer().close("nav");
                });
    if (baseUrl != null) {
      renderer.baseUrl(baseUrl.toString());
    }
    return renderer.build();
  }

  private String index(Collection<Entry> conditions, Labels labels) {
    Locale locale = Locale.forLanguageTag(language);
    Collator collator = Collator.getInstance(locale);
    // Each name's collation key once, rather than the collator's rules at every comparison: a
    // third of the time of an index of 10,000 names.
    List<Map.Entry<java.text.CollationKey, Entry>> keyed = new ArrayList<>(conditions.size());
    for (Entry c : conditions) {
      keyed.add(Map.entry(collator.getCollationKey(c.name()), c));
    }
    keyed.sort(
        Comparator.<Map.Entry<java.text.CollationKey, Entry>, java.text.CollationKey>comparing(
                Map.Entry::getKey)
            .thenComparing(e -> e.getValue().id()));
    List<Entry> sorted = new ArrayList<>(keyed.size());
    for (Map.Entry<java.text.CollationKey, Entry> e : keyed) {
      sorted.add(e.getValue());
    }
    Map<String, List<Entry>> byLetter = new LinkedHashMap<>();
    for (Entry c : sorted) {
      String letter = c.name().substring(0, c.name().offsetByCodePoints(0, 1)).toUpperCase(locale);
      byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).add(c);
    }
    StringBuilder out = new StringBuilder(4096);
    HtmlWriter html = new HtmlWriter(out);
    String title = labels.get("site.index");
    PageShell.open(
        html,
        language,
        title,
        "website",
        new PageShell.Head(
            Optional.of(indexDescription(title, sorted)),
            Optional.ofNullable(baseUrl).map(base -> base.resolve(INDEX).toString()),
            Optional.of(ICON),
            Optional.of(STYLESHEET)));
    html.open("main", "class", "index");
    html.element("h1", title);
    Map<String, String> ids = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String letter : byLetter.keySet()) {
      String id =
          "letter-" + letter.codePoints().mapToObj(Integer::toHexString).reduce("", String::concat);
      while (!used.add(id)) {
        id = id + "-";
      }
      ids.put(letter, id);
    }
    if (!byLetter.isEmpty()) {
      html.open("nav", "class", "letters", "aria-label", labels.get("site.letters"));
      html.open("ul");
      for (Map.Entry<String, String> e : ids.entrySet()) {
        html.open("li")
            .open("a", "href", "#" + e.getValue())
            .text(e.getKey())
            .close("a")
            .close("li");
      }
      html.close("ul").close("nav");
    }
    for (Map.Entry<String, List<Entry>> e : byLetter.entrySet()) {
      String id = ids.get(e.getKey());
      html.open("section", "aria-labelledby", id);
      html.open("h2", "id", id, "tabindex", "-1").text(e.getKey()).close("h2");
      html.open("ul", "class", "conditions");
      for (Entry c : e.getValue()) {
        html.open("li", "lang", c.language());
        html.open("a", "href", c.id() + ".html").text(c.name()).close("a");
        if (c.summary().isPresent()) {
          html.open("p").multilineText(c.summary().get()).close("p");
        }
        html.close("li");
      }
      html.close("ul").close("section");
    }
    html.close("main");
    PageShell.close(html);
    return out.toString();
  }

  /** "Conditions A–Z: Anorexia nervosa, Leg cramps, Migraine", cut after a name with "…". */
  private static String indexDescription(String title, List<Entry> sorted) {
    StringBuilder sb = new StringBuilder(title);
    for (int i = 0; i < sorted.size(); i++) {
      String name = PageShell.oneLine(sorted.get(i).name());
      if (i > 0 && sb.length() + name.length() + 2 > INDEX_DESCRIPTION_LENGTH) {
        return sb.append(", …").toString();
      }
      sb.append(i == 0 ? ": " : ", ").append(name);
    }
    return sb.toString();
  }

  private static String load(String resource) {
    try (InputStream in = HtmlSite.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "the resource dev/caresheet/render/html/" + resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds an {@link HtmlSite}. */
  public static final class Builder {
    private String language = "en";
    private String css = DEFAULT_CSS;
    private @Nullable URI baseUrl;
    private java.util.function.BiFunction<
            Condition, dev.caresheet.model.Figure, Optional<PublishedImage>>
        images = (condition, figure) -> Optional.empty();

    private Builder() {}

    /**
     * The absolute http or https URL where the site is published ({@code
     * https://example.org/conditions/}): every page then has a canonical link, and the JSON-LD
     * gives the page's own URL and related links as absolute URLs. See {@link
     * HtmlRenderer.Builder#baseUrl(String)}.
     *
     * @param url the base URL, such as {@code https://example.org/conditions/}
     * @return this builder
     * @throws IllegalArgumentException if the URL is not an absolute http(s) URL with a host and
     *     without query or fragment
     */
    public Builder baseUrl(String url) {
      this.baseUrl = HtmlRenderer.Builder.parseBaseUrl(url);
      return this;
    }

    /**
     * The BCP 47 language of the index page and its labels (default {@code "en"}).
     *
     * @param language a language tag such as {@code "en"} or {@code "pt-BR"}
     * @return this builder
     */
    public Builder language(String language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * A stylesheet to use instead of the built-in one.
     *
     * @param css the content of {@code style.css}
     * @return this builder
     */
    public Builder stylesheet(String css) {
      this.css = Objects.requireNonNull(css, "css");
      return this;
    }

    /**
     * Where the local images of figures are published beside the pages, with their sizes: see
     * {@link HtmlRenderer.Builder#images}. {@code caresheet site} copies each image under a
     * content-hashed name and gives the copies here; the files themselves are not in {@link
     * HtmlSite#files}, which holds text.
     *
     * @param images the published image of a document's figure, or empty
     * @return this builder
     */
    public Builder images(
        java.util.function.BiFunction<
                ? super Condition, ? super dev.caresheet.model.Figure, Optional<PublishedImage>>
            images) {
      Objects.requireNonNull(images, "images");
      this.images = images::apply;
      return this;
    }

    /** {@return the site} */
    public HtmlSite build() {
      return new HtmlSite(this);
    }
  }
}
