package dev.caresheet.render.html.internal;

import dev.caresheet.render.html.HtmlWriter;
import java.util.Optional;

/**
 * The head and body of a complete page, shared by every page the module writes (a document's
 * page and a site's index), so that they all declare their language, charset, viewport, title and
 * stylesheet the same way.
 */
public final class PageShell {
  private PageShell() {}

  /** How the caller opens elements, so that its attribute providers see them. */
  @FunctionalInterface
  public interface Opener {
    HtmlWriter open(String tag, String... attributes);
  }

  /**
   * Writes the doctype, {@code <html lang dir>}, the {@code <head>} and opens {@code <body>}.
   *
   * @param language the page's BCP 47 language
   * @param title the page's title
   * @param stylesheet a stylesheet URL, already checked to be safe
   */
  public static void open(HtmlWriter html, String language, String title, Optional<String> stylesheet,
      Opener opener) {
    html.doctype().newline();
    if (Languages.isRightToLeft(language)) {
      opener.open("html", "lang", language, "dir", "rtl");
    } else {
      opener.open("html", "lang", language);
    }
    html.newline();
    opener.open("head").newline();
    html.voidElement("meta", "charset", "utf-8").newline();
    html.voidElement("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .newline();
    opener.open("title").text(title).close("title").newline();
    if (stylesheet.isPresent()) {
      html.voidElement("link", "rel", "stylesheet", "href", stylesheet.get()).newline();
    }
    html.close("head").newline();
    opener.open("body").newline();
  }

  /** Closes {@code <body>} and {@code <html>}. */
  public static void close(HtmlWriter html) {
    html.close("body").newline().close("html").newline();
  }
}
