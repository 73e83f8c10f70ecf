package dev.caresheet.render.html.internal;

import dev.caresheet.model.Inline;
import java.util.Optional;

/**
 * What the writer of a rendering asks its rendering: the attributes the {@link
 * dev.caresheet.render.html.AttributeProvider}s give an element of the part being rendered, and
 * where an inline link of the document leads. A writer made with {@code new HtmlWriter(out)} has
 * none: no providers, and only links to other sites.
 */
public interface WriterHook {

  /**
   * The attributes of an element after the providers have had their say, for the model value whose
   * renderer is running.
   *
   * @param tag the element, already checked
   * @param attributes name, value pairs, already checked
   * @return the pairs to write (checked again by the writer)
   */
  String[] attributes(String tag, String[] attributes);

  /**
   * The {@code href} of an inline link: the element id of a part or cause for {@code #key}, the
   * page of a related condition for {@code condition:id}, the URL itself for a link to another
   * site; empty when it leads nowhere, so that only its text is written.
   *
   * @param link a link of a paragraph text
   * @return the href, or empty
   */
  Optional<String> href(Inline.Link link);
}
