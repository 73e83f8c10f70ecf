package dev.caresheet.render.html.internal;

import dev.caresheet.render.html.HtmlWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * The head and body of a complete page, shared by every page the module writes (a document's page
 * and a site's index), so that they all declare their language, charset, viewport, title,
 * description, canonical URL, icon and stylesheet the same way.
 */
public final class PageShell {
  private PageShell() {}

  /**
   * What a page's {@code <head>} says besides its language and title.
   *
   * @param description what the page is about, in a sentence or two: the {@code <meta
   *     name="description">} that search engines show, and the Open Graph description
   * @param canonical the page's absolute URL, when it is known
   * @param icon the URL of the page's icon, already checked to be safe
   * @param stylesheet a stylesheet URL, already checked to be safe
   */
  public record Head(
      Optional<String> description,
      Optional<String> canonical,
      Optional<String> icon,
      Optional<String> stylesheet) {
    /** Checks. */
    public Head {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(canonical, "canonical");
      Objects.requireNonNull(icon, "icon");
      Objects.requireNonNull(stylesheet, "stylesheet");
    }
  }

  /**
   * Writes the doctype, {@code <html lang dir>}, the {@code <head>} and opens {@code <body>}. The
   * head holds the charset, the viewport, the title, the description, the Open Graph title,
   * description, type and URL, the canonical link, the icon and the stylesheet.
   *
   * @param language the page's BCP 47 language
   * @param title the page's title
   * @param type the Open Graph type: {@code article} for a document, {@code website} for an index
   */
  public static void open(HtmlWriter html, String language, String title, String type, Head head) {
    html.doctype();
    if (Languages.isRightToLeft(language)) {
      html.open("html", "lang", language, "dir", "rtl");
    } else {
      html.open("html", "lang", language);
    }
    html.open("head");
    html.voidElement("meta", "charset", "utf-8");
    html.voidElement("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    html.element("title", title);
    Optional<String> description = head.description().map(PageShell::oneLine);
    if (description.isPresent()) {
      html.voidElement("meta", "name", "description", "content", description.get());
    }
    html.voidElement("meta", "property", "og:title", "content", oneLine(title));
    if (description.isPresent()) {
      html.voidElement("meta", "property", "og:description", "content", description.get());
    }
    html.voidElement("meta", "property", "og:type", "content", type);
    if (head.canonical().isPresent()) {
      html.voidElement("meta", "property", "og:url", "content", head.canonical().get());
      html.voidElement("link", "rel", "canonical", "href", head.canonical().get());
    }
    if (head.icon().isPresent()) {
      html.voidElement("link", "rel", "icon", "href", head.icon().get());
    }
    if (head.stylesheet().isPresent()) {
      html.voidElement("link", "rel", "stylesheet", "href", head.stylesheet().get());
    }
    html.close("head");
    html.open("body");
  }

  /** Closes {@code <body>} and {@code <html>}. */
  public static void close(HtmlWriter html) {
    html.close("body").close("html");
  }

  /** A text for an attribute that is read as one line: every run of white space one space. */
  public static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
