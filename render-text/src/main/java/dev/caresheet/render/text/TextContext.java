package dev.caresheet.render.text;

import dev.caresheet.render.RenderContext;

/**
 * What a text {@link dev.caresheet.render.PartRenderer} gets: the document, its labels and the
 * options, the means to render nested parts, and the {@link TextWriter} that does all wrapping and
 * indentation.
 *
 * <pre>{@code
 * TextRenderer renderer = TextRenderer.builder()
 *     .partRenderer(FirstAidStep.class, (step, ctx) -> {
 *       ctx.renderDefault(step);
 *       ctx.writer().paragraph("Tick when done: [ ]");
 *     })
 *     .build();
 * }</pre>
 *
 * <p>A context belongs to one rendering on one thread.
 */
public interface TextContext extends RenderContext {

  /** {@return the writer of this rendering} */
  TextWriter writer();
}
