package dev.caresheet.render;

import java.io.IOException;

/**
 * Renders one part of a document — a whole list part such as {@link dev.caresheet.model.Causes},
 * one item such as a {@link dev.caresheet.model.FirstAidStep}, a callout, the attribution — to a
 * format's context. Each format's renderer builder accepts part renderers by model type, so that a
 * publisher replaces how one part looks without copying the rest:
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *     .partRenderer(FirstAidStep.class, (step, ctx) -> {
 *       ctx.writer().open("li", "class", "card").text(step.instruction()).close("li");
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Part renderers must be stateless or thread-safe: one renderer serves many threads.
 *
 * @param <T> the model type rendered
 * @param <C> the format's context
 */
@FunctionalInterface
public interface PartRenderer<T, C extends RenderContext> {

  /**
   * Renders {@code part}; nested parts go through {@link RenderContext#render(Object)}.
   *
   * @param part the part to render
   * @param context the rendering's context and output
   * @throws IOException if the output fails
   */
  void render(T part, C context) throws IOException;
}
