package dev.caresheet.render.text;

import dev.caresheet.model.Condition;
import dev.caresheet.render.Labels;
import dev.caresheet.render.PartRenderer;
import dev.caresheet.render.PartRendererMap;
import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.Renderer;
import dev.caresheet.render.text.internal.DefaultPartRenderers;
import dev.caresheet.render.text.internal.DefaultTextContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Renders condition documents to plain text for email, SMS and voice, wrapped at a width in
 * terminal columns (80 by default). The labels come from the document's language.
 *
 * <pre>{@code
 * TextRenderer renderer = TextRenderer.builder().width(60).build();
 * String text = renderer.render(condition);
 * }</pre>
 *
 * <p><b>The layout</b>, chosen to read the same in a terminal, a plain-text email, an SMS and a
 * screen reader or speech synthesiser:
 *
 * <ul>
 *   <li>The title underlined with {@code =}, each part's heading with {@code -}, with blank lines
 *       around: visible in any monospace view, Markdown (setext) headings where Markdown is read,
 *       and a heading line is plain words for a listener.
 *   <li>Bullets are {@code "- "}, not {@code "•"}: ASCII is in the GSM 7-bit SMS alphabet (one
 *       {@code •} switches a message to UCS-2 and cuts it from 160 characters to 70), in every font
 *       and mail client, and is a Markdown list; screen readers at their default punctuation level
 *       do not announce a hyphen, while the line break still ends the item.
 *   <li>First-aid steps are numbered {@code "1. "}, with their detail, body-site variants
 *       (bulleted) and cautions indented beneath.
 *   <li>Callouts and cautions are labelled paragraphs, {@code "Important: …"}, {@code "Caution:
 *       …"}, with the lines after the first indented: the label is a word that is spoken, not a box
 *       of punctuation that is read out character by character.
 *   <li>Items with a description read {@code "Name: description"}; a when-to-seek-help situation
 *       ends with its urgency as a sentence ({@code "…: See a doctor today."}), so that a speech
 *       synthesiser pauses in the right places.
 *   <li>URLs of references and people stand on lines of their own, never broken, so that mail
 *       clients link them; the review date is ISO 8601 ({@code 2024-05-01}), the same in every
 *       language and on every JDK.
 * </ul>
 *
 * <p>A publisher replaces how one model type renders with {@link Builder#partRenderer}; the
 * replacement can call {@link TextContext#renderDefault(Object)} to wrap the built-in rendering.
 * The whole document is a part too: a renderer for {@link Condition} replaces the document's
 * layout.
 *
 * <p>Immutable and thread-safe: build one and share it. Output is deterministic; lines end with
 * {@code \n} and never with white space (see {@link TextWriter} for the wrapping rules).
 */
public final class TextRenderer implements Renderer {

  /** The format's name. */
  public static final String FORMAT = "text";

  private final RenderOptions options;
  private final PartRendererMap<TextContext> renderers;
  private final Function<String, Labels> labels;

  private TextRenderer(Builder builder) {
    this.options = RenderOptions.defaults().withWidth(builder.width);
    // The publisher's renderers first: the map keeps the first registration for a type.
    PartRendererMap.Builder<TextContext> map = PartRendererMap.builder();
    builder.registrations.forEach(registration -> registration.accept(map));
    this.renderers = map.putAllIfAbsent(DefaultPartRenderers.map()).build();
    this.labels = Labels.cached(builder.labels);
  }

  /** {@return a new builder: 80 columns, the built-in part renderers, the built-in labels} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a renderer with the defaults: 80 columns, the built-in part renderers and labels} */
  public static TextRenderer create() {
    return builder().build();
  }

  @Override
  public String format() {
    return FORMAT;
  }

  /** {@return the width lines are wrapped at, in terminal columns} */
  public int width() {
    return options.width();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if a part renderer left a list item or indent open
   */
  @Override
  public void render(Condition condition, Appendable out) throws IOException {
    Objects.requireNonNull(condition, "condition");
    TextWriter writer = new TextWriter(Objects.requireNonNull(out, "out"), options.width());
    DefaultTextContext context =
        new DefaultTextContext(
            condition, labelsFor(condition.language()), options, writer, renderers);
    context.render(condition);
    if (writer.depth() != 0) {
      throw new IllegalStateException(
          "a part renderer left " + writer.depth() + " list item(s) or indent(s) open; call end()");
    }
  }

  private Labels labelsFor(String language) {
    return labels.apply(language);
  }

  /** Builds a {@link TextRenderer}. Not thread-safe; the renderers it builds are. */
  public static final class Builder {
    private int width = RenderOptions.DEFAULT_WIDTH;
    private final List<Consumer<PartRendererMap.Builder<TextContext>>> registrations =
        new ArrayList<>();
    private final Set<Class<?>> types = new HashSet<>();
    private Function<String, Labels> labels = Labels::forLanguage;

    private Builder() {}

    /**
     * The line width in terminal columns; 80 by default.
     *
     * @param width the width in columns
     * @return this builder
     * @throws IllegalArgumentException if below {@link RenderOptions#MIN_WIDTH}
     */
    public Builder width(int width) {
      if (width < RenderOptions.MIN_WIDTH) {
        throw new IllegalArgumentException(
            "width must be at least " + RenderOptions.MIN_WIDTH + " columns, was " + width);
      }
      this.width = width;
      return this;
    }

    /**
     * Renders values of {@code type} with {@code renderer} instead of the built-in part renderer.
     * Dispatch is by the nearest registered model type: a renderer for {@code FirstAidStep} handles
     * every step; one for {@code ListPart} handles every list part that has no renderer of its own
     * type. The renderer must be stateless or thread-safe.
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
        Class<T> type, PartRenderer<? super T, ? super TextContext> renderer) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(renderer, "renderer");
      DefaultPartRenderers.map().checkReplacement(type);
      if (!types.add(type)) {
        throw new IllegalArgumentException(
            "a part renderer for " + type.getName() + " was given already");
      }
      registrations.add(map -> map.putIfAbsent(type, renderer));
      return this;
    }

    /**
     * Where labels come from, by the document's BCP 47 language tag; {@link Labels#forLanguage} by
     * default. For example, to rename one part in every language: {@code .labels(lang ->
     * Labels.forLanguage(lang).with(Map.of("part.firstAid", "What to do")))}. The function must be
     * deterministic and thread-safe; its results are cached.
     *
     * @param labels the labels of a language tag
     * @return this builder
     */
    public Builder labels(Function<? super String, Labels> labels) {
      Objects.requireNonNull(labels, "labels");
      this.labels = labels::apply;
      return this;
    }

    /** {@return the renderer} The builder can go on to build others. */
    public TextRenderer build() {
      return new TextRenderer(this);
    }
  }
}
