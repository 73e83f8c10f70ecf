package dev.caresheet.render;

import dev.caresheet.model.Condition;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders whole condition documents to one format (HTML, plain text, or a publisher's own). A
 * renderer walks the document's parts in reading order ({@link Condition#parts()}), rendering each
 * through a {@link PartRenderer} that can be replaced one part type at a time.
 *
 * <p>Implementations are immutable and thread-safe: build one and share it across threads and
 * documents. Output is deterministic: the same document always renders to the same characters.
 */
public interface Renderer {

  /**
   * {@return the format's name, as used by {@link Renderers#create(String, RenderOptions)}: {@code
   * "html"}}
   */
  String format();

  /**
   * Renders a document, streaming to {@code out}.
   *
   * @param condition the document
   * @param out where the output goes; not closed
   * @throws IOException if {@code out} fails
   */
  void render(Condition condition, Appendable out) throws IOException;

  /**
   * Renders a document to a string.
   *
   * @param condition the document
   * @return the output
   */
  default String render(Condition condition) {
    StringBuilder out = new StringBuilder(16 * 1024);
    try {
      render(condition, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
