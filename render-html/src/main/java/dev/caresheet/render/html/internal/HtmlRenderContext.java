package dev.caresheet.render.html.internal;

import dev.caresheet.model.Cause;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Inline;
import dev.caresheet.model.Part;
import dev.caresheet.render.Labels;
import dev.caresheet.render.PartRenderer;
import dev.caresheet.render.PartRendererMap;
import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.html.AttributeProvider;
import dev.caresheet.render.html.HtmlContext;
import dev.caresheet.render.html.HtmlWriter;
import dev.caresheet.render.html.RelatedLink;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@link HtmlContext} of one rendering: the writer, the page's element ids, and dispatch to the
 * part renderers. It keeps the model value whose renderer is running, so that its writer offers
 * every element to the attribute providers with it ({@link WriterHook}). Created per rendering,
 * used on one thread.
 */
public final class HtmlRenderContext implements HtmlContext, WriterHook {

  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

  private final RenderConfig config;
  private final Condition condition;
  private final Labels labels;
  private final HtmlWriter html;
  private final List<Part> parts;
  private final Set<String> usedIds = new HashSet<>();
  private final Map<String, String> partIds = new HashMap<>();
  private final Map<String, String> causeIds = new HashMap<>();
  private boolean jsonLdWritten;

  /** The model value whose renderer is running: what the attribute providers are given. */
  private Object part;

  private HtmlRenderContext(
      RenderConfig config, Condition condition, Function<WriterHook, HtmlWriter> writer) {
    this.config = config;
    this.condition = condition;
    this.part = condition;
    this.labels =
        Objects.requireNonNull(
            config.labels().apply(condition.language()), "the labels function returned null");
    this.html = writer.apply(this);
    this.parts = condition.parts();
    // Ids are planned before anything renders, so that a mechanism can link to a cause that
    // renders after it, and so that parts keep their key as id whatever else the page holds.
    for (Part part : parts) {
      partIds.put(part.key(), reserve(part.key()));
    }
    condition
        .causes()
        .ifPresent(
            causes -> {
              for (Cause cause : causes.items()) {
                causeIds.computeIfAbsent(cause.id(), id -> reserve("cause-" + id));
              }
            });
  }

  /**
   * Renders a document: the page around it if the options ask for one, the document through its
   * part renderer, and the JSON-LD if that renderer did not write it.
   *
   * @param writer the writer of the rendering, made with the context as its hook
   * @throws java.io.UncheckedIOException if the output fails
   */
  public static void render(
      RenderConfig config, Condition condition, Function<WriterHook, HtmlWriter> writer)
      throws IOException {
    HtmlRenderContext context = new HtmlRenderContext(config, condition, writer);
    context.renderDocument();
  }

  private void renderDocument() throws IOException {
    boolean page = config.options().page();
    if (page) {
      Optional<String> description =
          condition
              .summary()
              .or(
                  () ->
                      condition.description().stream()
                          .filter(dev.caresheet.model.Paragraph.class::isInstance)
                          .map(b -> ((dev.caresheet.model.Paragraph) b).text())
                          .findFirst());
      PageShell.open(
          html,
          condition.language(),
          condition.name(),
          "article",
          new PageShell.Head(
              description,
              config.pageUrl(condition),
              config.icon(),
              config.options().stylesheet()));
      if (config.pageHeader().isPresent()) {
        @SuppressWarnings("unchecked")
        PartRenderer<Condition, HtmlContext> header =
            (PartRenderer<Condition, HtmlContext>) config.pageHeader().get();
        header.render(condition, this);
      }
      html.open("main");
    }
    render(condition);
    jsonLd();
    if (page) {
      html.close("main");
      PageShell.close(html);
    }
    if (html.depth() != 0) {
      throw new IllegalStateException("rendering ended with <" + html.current() + "> open");
    }
  }

  @Override
  public Condition condition() {
    return condition;
  }

  @Override
  public Labels labels() {
    return labels;
  }

  @Override
  public RenderOptions options() {
    return config.options();
  }

  @Override
  public void render(Object part) throws IOException {
    dispatch(config.parts(), part);
  }

  @Override
  public void renderDefault(Object part) throws IOException {
    dispatch(CoreRenderers.MAP, part);
  }

  private void dispatch(PartRendererMap<HtmlContext> map, Object part) throws IOException {
    Objects.requireNonNull(part, "part");
    int depth = html.depth();
    String element = html.current();
    Object outer = this.part;
    this.part = part;
    try {
      map.render(part, this);
    } finally {
      this.part = outer;
    }
    if (html.depth() != depth || !Objects.equals(html.current(), element)) {
      throw new IllegalStateException(
          "the part renderer for "
              + modelType(part)
              + " must close"
              + " every element it opens and only those (it left <"
              + html.current()
              + "> innermost,"
              + " was <"
              + element
              + ">)");
    }
  }

  private static String modelType(Object part) {
    Class<?> type = part.getClass();
    return type.getSimpleName().startsWith("Immutable") && type.getSuperclass() != Object.class
        ? type.getSuperclass().getSimpleName()
        : type.getSimpleName();
  }

  @Override
  public HtmlWriter writer() {
    return html;
  }

  @Override
  public String[] attributes(String tag, String[] attributes) {
    List<AttributeProvider> providers = config.attributeProviders();
    if (providers.isEmpty()) {
      return attributes;
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < attributes.length; i += 2) {
      map.put(attributes[i], attributes[i + 1]);
    }
    for (AttributeProvider provider : providers) {
      provider.setAttributes(part, tag, map);
    }
    String[] pairs = new String[map.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : map.entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = e.getValue();
    }
    return pairs;
  }

  @Override
  public Optional<String> href(Inline.Link link) {
    switch (link.kind()) {
      case EXTERNAL:
        return Optional.of(link.target());
      case FRAGMENT:
        for (Part p : parts) {
          if (p.key().equals(link.target())) {
            return Optional.of("#" + id(p));
          }
        }
        return causeId(link.target()).map(id -> "#" + id);
      case CONDITION:
        return relatedLink(link.target()).map(RelatedLink::href);
      case REFUSED:
      default:
        return Optional.empty();
    }
  }

  @Override
  public String id(Part part) {
    String id = partIds.get(part.key());
    if (id == null) {
      throw new IllegalArgumentException("not a part of the document: " + part.key());
    }
    return id;
  }

  @Override
  public Optional<String> causeId(String causeId) {
    return Optional.ofNullable(causeIds.get(Objects.requireNonNull(causeId, "causeId")));
  }

  @Override
  public String newId(String base) {
    Objects.requireNonNull(base, "base");
    boolean ok = !base.isEmpty();
    for (int i = 0; ok && i < base.length(); i++) {
      char c = base.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "an id base must be a lower-case name, was \"" + base + "\"");
    }
    return reserve(base);
  }

  private String reserve(String base) {
    if (usedIds.add(base)) {
      return base;
    }
    for (int i = 2; ; i++) {
      String id = base + "-" + i;
      if (usedIds.add(id)) {
        return id;
      }
    }
  }

  @Override
  public String heading(int depth) {
    int level = config.titleLevel() + depth;
    if (depth < 0 || level > 6) {
      throw new IllegalArgumentException(
          "no heading element for depth " + depth + " with the title at h" + config.titleLevel());
    }
    return HEADINGS[level - 1];
  }

  @Override
  public Optional<RelatedLink> relatedLink(String conditionId) {
    return Objects.requireNonNull(
        config.relatedLinks().apply(conditionId), "relatedLinks returned null");
  }

  @Override
  public Optional<dev.caresheet.render.html.PublishedImage> image(
      dev.caresheet.model.Figure figure) {
    return Objects.requireNonNull(config.images().apply(condition, figure), "images returned null");
  }

  @Override
  public void jsonLd() {
    if (config.jsonLd() && !jsonLdWritten) {
      jsonLdWritten = true;
      html.jsonLd(
          JsonLd.of(
              condition, labels, this::relatedLink, config.baseUrl(), config.pageUrl(condition)));
    }
  }
}
