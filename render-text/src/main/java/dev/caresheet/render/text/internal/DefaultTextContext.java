package dev.caresheet.render.text.internal;

import dev.caresheet.model.Condition;
import dev.caresheet.render.Labels;
import dev.caresheet.render.PartRendererMap;
import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.text.TextContext;
import dev.caresheet.render.text.TextWriter;
import java.io.IOException;

/** The context of one text rendering. Not thread-safe: one per rendering. */
public final class DefaultTextContext implements TextContext {
  private final Condition condition;
  private final Labels labels;
  private final RenderOptions options;
  private final TextWriter writer;
  private final PartRendererMap<TextContext> renderers;

  /** A context rendering {@code condition} through {@code renderers} to {@code writer}. */
  public DefaultTextContext(
      Condition condition,
      Labels labels,
      RenderOptions options,
      TextWriter writer,
      PartRendererMap<TextContext> renderers) {
    this.condition = condition;
    this.labels = labels;
    this.options = options;
    this.writer = writer;
    this.renderers = renderers;
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
    return options;
  }

  @Override
  public TextWriter writer() {
    return writer;
  }

  @Override
  public void render(Object part) throws IOException {
    renderers.render(part, this);
  }

  @Override
  public void renderDefault(Object part) throws IOException {
    DefaultPartRenderers.map().render(part, this);
  }
}
