package dev.caresheet.render;

import dev.caresheet.model.Condition;
import java.io.IOException;

/**
 * What a {@link PartRenderer} gets while one document renders: the document, its labels, the
 * options, and the means to render nested parts. Each format extends it with its own writer. A
 * context belongs to one rendering on one thread.
 */
public interface RenderContext {

  /** {@return the document being rendered} */
  Condition condition();

  /** {@return the labels in the document's language} */
  Labels labels();

  /** {@return the options the renderer was made with} */
  RenderOptions options();

  /**
   * Renders a nested part through the part renderer registered for its type — a publisher's, if one
   * was given, else the format's own.
   *
   * @param part a model value
   * @throws IllegalArgumentException if no part renderer handles the part's type
   * @throws IOException if the output fails
   */
  void render(Object part) throws IOException;

  /**
   * Renders a part with the format's built-in part renderer, skipping any replacement: lets a
   * replacement add output around the default one.
   *
   * @param part a model value
   * @throws IllegalArgumentException if the format has no built-in renderer for the part's type
   * @throws IOException if the output fails
   */
  void renderDefault(Object part) throws IOException;
}
