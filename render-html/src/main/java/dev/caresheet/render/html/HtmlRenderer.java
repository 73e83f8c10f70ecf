package dev.caresheet.render.html;

import dev.caresheet.model.Condition;
import dev.caresheet.model.Figure;
import dev.caresheet.render.Labels;
import dev.caresheet.render.PartRenderer;
import dev.caresheet.render.PartRendererMap;
import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.Renderer;
import dev.caresheet.render.html.internal.CoreRenderers;
import dev.caresheet.render.html.internal.HtmlRenderContext;
import dev.caresheet.render.html.internal.RenderConfig;
import dev.caresheet.render.html.internal.Urls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Renders condition documents to semantic, accessible HTML5 with schema.org JSON-LD: by default an
 * {@code <article>} fragment to embed in a site's page, or a complete page ({@link
 * Builder#page(boolean)}). The output is valid under the W3C Nu HTML Checker for every valid
 * document, and no content can inject markup: every text goes through {@link HtmlWriter}.
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *     .page(true)
 *     .stylesheet("/css/caresheet.css")
 *     .partRenderer(FirstAidStep.class, (step, ctx) -> {
 *       HtmlWriter html = ctx.writer();
 *       html.open("li", "class", "card").element("p", step.instruction());
 *       step.detail().ifPresent(detail -> html.open("p").inline(detail).close("p"));
 *       for (BodySiteVariant variant : step.variants()) { ... }
 *       html.close("li");
 *     })
 *     .build();
 * String html = renderer.render(condition);
 * }</pre>
 *
 * <p>The page: an {@code <article>} with a {@code <header>} (title, alternate names, summary, the
 * urgent advice and "On this page" where the document has them, description, affected anatomy,
 * callouts), one {@code <section aria-labelledby>} per part in {@link Condition#parts()} order
 * whose heading's {@code id} is the part's key ({@code causes}, {@code firstAid}, a free section's
 * id), references, related conditions, the attribution in a {@code <footer>}, and the JSON-LD.
 * Headings go {@code h1} (title), {@code h2} (parts), {@code h3} (items with a name and more to
 * say). Labels such as "Causes" come from the document's language. A line feed inside a text is a
 * line break ({@code <br>}): the model allows line feeds only where an author put one. The JSON-LD
 * block closes the {@code <article>}, in a page as in a fragment.
 *
 * <p>Immutable and thread-safe: build one and share it. Part renderers, attribute providers and
 * functions given to the builder must be thread-safe too.
 */
public final class HtmlRenderer implements Renderer {

  /** The format's name, {@value}. */
  public static final String FORMAT = "html";

  private final RenderConfig config;

  private HtmlRenderer(RenderConfig config) {
    this.config = config;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return FORMAT;
  }

  /** {@return the options this renderer was built with} */
  public RenderOptions options() {
    return config.options();
  }

  /**
   * Renders a document, streaming to {@code out}.
   *
   * @throws IOException if {@code out} fails
   * @throws IllegalStateException if a part renderer leaves elements open or closes others', or
   *     writes an element where its parent cannot hold it (a {@code <div>} directly inside an
   *     {@code <ol>})
   * @throws IllegalArgumentException if a part renderer writes a refused element or attribute
   */
  @Override
  public void render(Condition condition, Appendable out) throws IOException {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(out, "out");
    try {
      HtmlRenderContext.render(config, condition, hook -> new HtmlWriter(out, hook));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Builds an {@link HtmlRenderer}. Not thread-safe; the renderers it builds are. */
  public static final class Builder {
    private final PartRendererMap.Builder<HtmlContext> parts = PartRendererMap.builder();
    private final Set<Class<?>> replaced = new HashSet<>();
    private final List<AttributeProvider> attributeProviders = new ArrayList<>();
    private RenderOptions options = RenderOptions.defaults();
    private Function<String, Labels> labels = Labels::forLanguage;
    private boolean jsonLd = true;
    private int titleLevel = 1;
    private Function<String, Optional<RelatedLink>> relatedLinks =
        id -> Optional.of(new RelatedLink(id + ".html", id));
    private @Nullable PartRenderer<? super Condition, ? super HtmlContext> pageHeader;
    private @Nullable String icon;
    private @Nullable URI baseUrl;
    private BiFunction<Condition, Figure, Optional<PublishedImage>> images =
        (condition, figure) -> Optional.empty();

    private Builder() {}

    /**
     * Replaces how one model type renders. Dispatch is by the nearest registered model type, the
     * same rule in every format: the built-in renderers handle {@code Condition} (the whole {@code
     * <article>}), every list part at once ({@code ListPart}), {@code Section}, every item that is
     * a name and a description at once ({@code NamedItem}), the other items ({@code FirstAidStep},
     * {@code BodySiteVariant} …), {@code Callout}, {@code Reference}, {@code Attribution}, {@code
     * Contributor} and {@code License}. A renderer for one part type ({@code Causes}) or item type
     * ({@code Symptom}) is nearer and replaces just that one. An item's renderer writes its own
     * list element ({@code <li>}, or a {@code <div>} of {@code dt}/{@code dd} for a {@code
     * DifferentialDiagnosis}, a {@code <dd>} for a {@code Contributor}). The replacement can still
     * call {@link HtmlContext#renderDefault(Object)} to wrap the built-in output.
     *
     * @param <T> the model type
     * @param type the model type whose values {@code renderer} renders
     * @param renderer the replacement renderer; stateless or thread-safe
     * @return this builder
     * @throws IllegalArgumentException if a renderer for {@code type} was given already, or if
     *     {@code type} is not a model type the renderer renders (see {@link
     *     dev.caresheet.render.PartRendererMap#checkReplacement(Class)})
     */
    public <T> Builder partRenderer(
        Class<T> type, PartRenderer<? super T, ? super HtmlContext> renderer) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(renderer, "renderer");
      CoreRenderers.MAP.checkReplacement(type);
      if (!replaced.add(type)) {
        throw new IllegalArgumentException(
            "a part renderer for " + type.getName() + " was given already");
      }
      parts.putIfAbsent(type, renderer);
      return this;
    }

    /**
     * Adds an attribute provider; providers run in the order they were added.
     *
     * @param provider the provider; stateless or thread-safe
     * @return this builder
     */
    public Builder attributeProvider(AttributeProvider provider) {
      attributeProviders.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * Whether to render a complete page rather than an {@code <article>} fragment (default false).
     *
     * @param page true for a complete page
     * @return this builder
     */
    public Builder page(boolean page) {
      options = options.withPage(page);
      return this;
    }

    /**
     * The URL of a stylesheet a page links to; it is used only with {@link #page(boolean)}.
     *
     * @param url the stylesheet's URL, relative or http(s)
     * @return this builder
     * @throws IllegalArgumentException if the URL is neither relative nor http(s)
     */
    public Builder stylesheet(String url) {
      options = options.withStylesheet(checkUrl(url));
      return this;
    }

    /**
     * Takes the page and stylesheet settings of format-neutral options (as the CLI passes them);
     * the width is kept but has no use in HTML.
     *
     * @param options the options
     * @return this builder
     * @throws IllegalArgumentException if the stylesheet URL is neither relative nor http(s)
     */
    public Builder options(RenderOptions options) {
      Objects.requireNonNull(options, "options");
      options.stylesheet().ifPresent(Builder::checkUrl);
      this.options = options;
      return this;
    }

    /**
     * Where labels come from, by the document's BCP 47 language tag; by default {@link
     * Labels#forLanguage(String)}. To rename one label in every language: {@code .labels(tag ->
     * Labels.forLanguage(tag).with(Map.of("part.causes", "Why it happens")))}.
     *
     * @param labels the labels of a language tag; deterministic and thread-safe
     * @return this builder
     */
    public Builder labels(Function<? super String, Labels> labels) {
      Objects.requireNonNull(labels, "labels");
      this.labels = labels::apply;
      return this;
    }

    /**
     * Whether to write the schema.org JSON-LD block (default true).
     *
     * @param jsonLd false to leave it out
     * @return this builder
     */
    public Builder jsonLd(boolean jsonLd) {
      this.jsonLd = jsonLd;
      return this;
    }

    /**
     * The heading level of the document's title, 1 to 4 (default 1, {@code h1}); parts and items
     * follow one and two levels below. Use 2 to embed the article under a page's own {@code h1}.
     *
     * @param level 1 to 4
     * @return this builder
     * @throws IllegalArgumentException if {@code level} is not between 1 and 4
     */
    public Builder titleLevel(int level) {
      if (level < 1 || level > 4) {
        throw new IllegalArgumentException("the title level must be 1 to 4, was " + level);
      }
      this.titleLevel = level;
      return this;
    }

    /**
     * Where related conditions' pages are, by id, and what they are called. By default {@code id +
     * ".html"} (the name {@code caresheet render} gives each page), titled with the id; a site that
     * knows its conditions gives their names, and empty for an id it has no page for (shown as
     * plain text, not a broken link). The href goes through the URL sanitizer.
     *
     * @param relatedLinks the link to the page of a condition id, or empty; deterministic and
     *     thread-safe
     * @return this builder
     */
    public Builder relatedLinks(Function<? super String, Optional<RelatedLink>> relatedLinks) {
      Objects.requireNonNull(relatedLinks, "relatedLinks");
      this.relatedLinks = relatedLinks::apply;
      return this;
    }

    /**
     * Renders something at the top of a page's {@code <body>}, before its {@code <main>}: a site's
     * header or navigation. Used only with {@link #page(boolean)}. Like a part renderer, it writes
     * through the context's {@link HtmlWriter}, so it cannot inject markup.
     *
     * @param pageHeader renders the header from the document; stateless or thread-safe
     * @return this builder
     */
    public Builder pageHeader(PartRenderer<? super Condition, ? super HtmlContext> pageHeader) {
      this.pageHeader = Objects.requireNonNull(pageHeader, "pageHeader");
      return this;
    }

    /**
     * The URL of the icon a page shows in the browser's tab ({@code <link rel="icon">}); used only
     * with {@link #page(boolean)}. Without one, a browser asks the server for {@code /favicon.ico}.
     *
     * @param url the icon's URL, relative or http(s)
     * @return this builder
     * @throws IllegalArgumentException if the URL is neither relative nor http(s)
     */
    public Builder icon(String url) {
      this.icon = checkUrl(url);
      return this;
    }

    /**
     * The absolute http or https URL under which the pages are published, each as {@code ID.html}
     * (a path without a final {@code /} is taken as a directory). A page then has a canonical link
     * and an Open Graph URL, and its JSON-LD names its own URL ({@code url}, {@code @id}) and gives
     * related links as absolute URLs. Unset by default: no canonical link, and related links in the
     * JSON-LD relative to the page.
     *
     * @param url the base URL, such as {@code https://example.org/conditions/}
     * @return this builder
     * @throws IllegalArgumentException if the URL is not an absolute http(s) URL with a host and
     *     without query or fragment
     */
    public Builder baseUrl(String url) {
      this.baseUrl = parseBaseUrl(url);
      return this;
    }

    /**
     * Where the local images of figures are published, and their sizes: a site that copies each
     * image beside the pages gives the copy's URL, width and height, which the {@code <img>} then
     * has. Empty (the default) keeps a figure's {@code src} as the document writes it, without a
     * size. A figure whose {@code src} is neither a relative path nor an https URL never becomes an
     * image, whatever this gives.
     *
     * @param images the published image of a document's figure, or empty; deterministic and
     *     thread-safe
     * @return this builder
     */
    public Builder images(
        BiFunction<? super Condition, ? super Figure, Optional<PublishedImage>> images) {
      Objects.requireNonNull(images, "images");
      this.images = images::apply;
      return this;
    }

    /** {@return the renderer} The builder can go on to build others. */
    public HtmlRenderer build() {
      PartRendererMap<HtmlContext> map =
          PartRendererMap.<HtmlContext>builder()
              .putAllIfAbsent(parts.build())
              .putAllIfAbsent(CoreRenderers.MAP)
              .build();
      return new HtmlRenderer(
          new RenderConfig(
              map,
              attributeProviders,
              options,
              Labels.cached(labels),
              jsonLd,
              titleLevel,
              relatedLinks,
              Optional.ofNullable(pageHeader),
              Optional.ofNullable(icon),
              Optional.ofNullable(baseUrl),
              images));
    }

    static URI parseBaseUrl(String url) {
      Objects.requireNonNull(url, "url");
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "not a valid URL: \"" + url + "\" (" + e.getReason() + ")");
      }
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null
          || uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "a base URL must be an absolute http or https URL with a"
                + " host and no user, query or fragment, such as https://example.org/conditions/; was \""
                + url
                + "\"");
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (!path.endsWith("/")) {
        path = path + "/";
      }
      return URI.create(
          scheme.toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority() + path);
    }

    private static String checkUrl(String url) {
      Objects.requireNonNull(url, "url");
      if (Urls.sanitize(url) == null) {
        throw new IllegalArgumentException("not a relative, http or https URL: \"" + url + "\"");
      }
      if (url.regionMatches(true, 0, "mailto:", 0, 7)) {
        throw new IllegalArgumentException("a stylesheet or an icon cannot be a mailto: URL");
      }
      return url;
    }
  }
}
