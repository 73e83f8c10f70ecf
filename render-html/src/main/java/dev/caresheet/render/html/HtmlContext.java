package dev.caresheet.render.html;

import dev.caresheet.model.Part;
import dev.caresheet.render.RenderContext;
import java.io.IOException;
import java.util.Optional;

/**
 * What an HTML {@link dev.caresheet.render.PartRenderer} gets while one document renders: the
 * {@link HtmlWriter}, the element ids of the page, the heading levels, and (from {@link
 * RenderContext}) the document, its labels and the means to render nested parts.
 *
 * <p>A context belongs to one rendering on one thread.
 */
public interface HtmlContext extends RenderContext {

  /**
   * The writer of this rendering: the one way to write markup, and the one place that escapes. It
   * offers every element to the renderer's {@link AttributeProvider}s with the model value whose
   * part renderer is running, lays lines out as for the built-in renderers, and writes paragraph
   * texts with their inline markup ({@link HtmlWriter#inline(String)}), links resolved in this
   * document.
   *
   * @return the writer
   */
  HtmlWriter writer();

  /**
   * The element id of a part of the document: its heading's {@code id}, which its {@code
   * <section>}'s {@code aria-labelledby} names and links point to. It is the part's {@link
   * Part#key() key} ({@code causes}, {@code firstAid}, a free section's id) unless that is taken.
   *
   * @param part one of the document's parts
   * @return the id, unique in the page
   * @throws IllegalArgumentException if the part is not one of the document's parts
   */
  String id(Part part);

  /**
   * The element id of the document's cause with this id ({@code cause-dehydration}), which
   * mechanisms link to; empty if the document has no such cause.
   *
   * @param causeId the id of a cause in the document's {@code causes}
   * @return the element id, or empty
   */
  Optional<String> causeId(String causeId);

  /**
   * Reserves a new element id, unique in the page: {@code base} itself if it is free, else {@code
   * base-2}, {@code base-3} …
   *
   * @param base a lower-case name ({@code [a-z][a-z0-9-]*})
   * @return the id, unique in the page
   */
  String newId(String base);

  /**
   * The heading element for a depth: 0 for the document's title ({@code h1} by default), 1 for a
   * part, 2 for an item in a part. The title's level is set with {@link
   * HtmlRenderer.Builder#titleLevel(int)}.
   *
   * @param depth 0, 1 or 2
   * @return the element name, {@code h1} to {@code h6}
   * @throws IllegalArgumentException if the level would be deeper than {@code h6}
   */
  String heading(int depth);

  /**
   * The link to the page of a related condition, by its id, as the renderer was configured ({@link
   * HtmlRenderer.Builder#relatedLinks(java.util.function.Function)}; by default {@code
   * "migraine.html"}, titled with the id). Empty when the condition has no page to link to: the
   * built-in renderer then shows the id as plain text.
   *
   * @param conditionId the id of the related condition
   * @return the link, or empty
   */
  Optional<RelatedLink> relatedLink(String conditionId);

  /**
   * Where a figure of the document being rendered is published, with its size, as the renderer was
   * configured ({@link HtmlRenderer.Builder#images}); empty when it was not copied.
   *
   * @param figure a figure of the document
   * @return the published image, or empty
   */
  Optional<PublishedImage> image(dev.caresheet.model.Figure figure);

  /**
   * Writes the schema.org JSON-LD block of the document, unless the renderer was built without it
   * or it has been written already in this rendering. The built-in renderer of the {@link
   * dev.caresheet.model.Condition} writes it at the end of the {@code <article>}; if a replacement
   * does not, the renderer writes it after the replacement's output, so it is never lost.
   *
   * @throws IOException if the output fails
   */
  void jsonLd() throws IOException;
}
