package dev.caresheet.render.html;

import java.util.Objects;

/**
 * Where a related condition's page is and what it is called, for the "Related conditions" links of
 * a page ({@link HtmlRenderer.Builder#relatedLinks(java.util.function.Function)}).
 *
 * @param href the page's URL, relative or http(s); it goes through the URL sanitizer
 * @param title the link text, normally the condition's name
 */
public record RelatedLink(String href, String title) {

  /**
   * Checks that neither part is blank.
   *
   * @param href the page's URL, relative or http(s)
   * @param title the link text
   * @throws IllegalArgumentException if either is blank
   */
  public RelatedLink {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(title, "title");
    if (href.isBlank() || title.isBlank()) {
      throw new IllegalArgumentException("a related link needs an href and a title");
    }
  }
}
