package dev.caresheet.render.html.internal;

import dev.caresheet.model.Condition;
import dev.caresheet.model.Figure;
import dev.caresheet.render.Labels;
import dev.caresheet.render.PartRenderer;
import dev.caresheet.render.PartRendererMap;
import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.html.AttributeProvider;
import dev.caresheet.render.html.HtmlContext;
import dev.caresheet.render.html.PublishedImage;
import dev.caresheet.render.html.RelatedLink;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Everything an {@link dev.caresheet.render.html.HtmlRenderer} was built with. Immutable; the
 * functions and providers must be thread-safe.
 *
 * @param parts the part renderers: the publisher's first, then the built-ins
 * @param attributeProviders the attribute providers, in registration order
 * @param options page, stylesheet (already checked to be a safe URL)
 * @param labels the labels for a document's language tag
 * @param jsonLd whether to write the schema.org JSON-LD block
 * @param titleLevel the heading level of the document's title (1 to 4)
 * @param relatedLinks the link to a related condition's page, by its id; empty for none
 * @param pageHeader what a page shows at the top of its body, if anything
 * @param icon the URL of a page's icon (already checked to be safe), if any
 * @param baseUrl the absolute http(s) URL, ending in {@code /}, under which pages are published as
 *     {@code ID.html}, if known: it gives a page its canonical URL and the JSON-LD absolute URLs
 * @param images where a document's figure is published and its size, if the site copied it
 */
public record RenderConfig(
    PartRendererMap<HtmlContext> parts,
    List<AttributeProvider> attributeProviders,
    RenderOptions options,
    Function<String, Labels> labels,
    boolean jsonLd,
    int titleLevel,
    Function<String, Optional<RelatedLink>> relatedLinks,
    Optional<PartRenderer<? super Condition, ? super HtmlContext>> pageHeader,
    Optional<String> icon,
    Optional<URI> baseUrl,
    BiFunction<Condition, Figure, Optional<PublishedImage>> images) {

  /** Checks and copies. */
  public RenderConfig {
    Objects.requireNonNull(parts, "parts");
    attributeProviders = List.copyOf(attributeProviders);
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(relatedLinks, "relatedLinks");
    Objects.requireNonNull(pageHeader, "pageHeader");
    Objects.requireNonNull(icon, "icon");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(images, "images");
    if (titleLevel < 1 || titleLevel > 4) {
      throw new IllegalArgumentException("titleLevel must be 1 to 4, was " + titleLevel);
    }
  }

  /** The canonical URL of a document's page, when the base URL is known. */
  public Optional<String> pageUrl(Condition condition) {
    return baseUrl.map(base -> base.resolve(condition.id() + ".html").toString());
  }
}
