package dev.caresheet.render.html;

import java.util.Map;

/**
 * Adds or changes attributes of the elements the part renderers write, without replacing a
 * renderer: a class for a site's CSS, a {@code data-} attribute for analytics. Like
 * commonmark-java's {@code AttributeProvider}.
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *     .attributeProvider((part, element, attributes) -> {
 *       if (part instanceof Callout && element.equals("aside")) {
 *         attributes.merge("class", "box", (a, b) -> a + " " + b);
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Every element written through the rendering's {@link HtmlWriter} ({@link
 * HtmlContext#writer()}), by a built-in part renderer or a publisher's, void elements such as
 * {@code <meta>} and {@code <img>} included (not the {@code <br>} of a line feed in a text), is
 * offered to the providers, in registration order, with the model value whose part renderer is
 * running: the {@link dev.caresheet.model.Condition} for the {@code <article>} and its header, a
 * part such as {@link dev.caresheet.model.Causes} for its {@code <section>}, heading, paragraphs
 * and list, an item such as {@link dev.caresheet.model.Cause} for its {@code <li>} and what is
 * inside it. Paragraphs carry a {@code class} saying what they hold ({@code intro}, {@code
 * conclusion}, {@code summary} …), so a provider can tell them apart.
 *
 * <p>What a provider sets goes through {@link HtmlWriter} like everything else: values are escaped,
 * URLs sanitized, and a refused attribute (an {@code on*} handler, {@code style}) throws. Removing
 * or changing an {@code id} can break the page's {@code aria-labelledby} references and links.
 * Providers must be stateless or thread-safe.
 */
@FunctionalInterface
public interface AttributeProvider {

  /**
   * Adjusts the attributes of one element before it is written.
   *
   * @param part the model value whose renderer writes the element (the {@code Condition} for the
   *     page around it)
   * @param element the element's tag name ({@code "section"}, {@code "h2"}, {@code "li"} …)
   * @param attributes the attributes the renderer set, in order; mutable, values must not be null
   */
  void setAttributes(Object part, String element, Map<String, String> attributes);
}
