package dev.caresheet.cli.serve;

import dev.caresheet.render.html.HtmlSite;
import dev.caresheet.render.html.HtmlWriter;
import dev.caresheet.schema.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The pages only a preview shows: a document's located errors in place of its page, the list of
 * broken documents on the index, and the not-found page. Written with the renderer's {@link
 * HtmlWriter}, so every text is escaped as in published pages.
 */
final class Pages {
  private Pages() {}

  /** The stylesheet of the preview's own pages, served at {@value PreviewServer#PREVIEW_CSS}. */
  static final String CSS =
      String.join(
          "\n",
          ".caresheet-preview{border:3px solid #b00020;border-radius:6px;padding:.75rem 1rem;margin:1rem 0}",
          ".caresheet-preview h1,.caresheet-preview h2{margin-top:0;font-size:1.25rem}",
          ".caresheet-preview ol{padding-left:1.5rem}",
          ".caresheet-preview li{margin:.5rem 0}",
          ".caresheet-preview code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;"
              + "overflow-wrap:anywhere}",
          ".caresheet-preview .location{font-weight:bold}",
          ".caresheet-preview .severity-error{color:#b00020;font-weight:bold}",
          ".caresheet-preview .hint{margin:.25rem 0 0 0}",
          "@media (prefers-color-scheme: dark){.caresheet-preview{border-color:#ff8a80}"
              + ".caresheet-preview .severity-error{color:#ff8a80}}",
          "");

  /** The errors of a document that does not validate, as {@code file:line:column} with the hint. */
  static String errors(String source, List<Problem> errors, String language) {
    StringBuilder out = new StringBuilder(2048);
    HtmlWriter html = new HtmlWriter(out);
    String title = "Errors in " + source;
    open(html, language, title);
    html.open("main", "class", "caresheet-preview", "id", "caresheet-errors");
    html.element("h1", source + " does not validate");
    html.element(
        "p",
        errors.size() == 1
            ? "1 error. The page comes back as soon as the file is fixed."
            : errors.size() + " errors. The page comes back as soon as the file is fixed.");
    html.open("ol", "class", "problems");
    for (Problem p : errors) {
      html.open("li");
      html.open("p")
          .open("code", "class", "location")
          .text(location(p))
          .close("code")
          .text(": ")
          .open("span", "class", "severity-error")
          .text(p.severity().label())
          .close("span")
          .text(": " + p.message() + " ")
          .open("code")
          .text("[" + p.code() + "]")
          .close("code");
      if (!p.pointer().isEmpty()) {
        html.text(" (at ").open("code").text(p.pointer()).close("code").text(")");
      }
      html.close("p");
      if (p.hint().isPresent()) {
        html.open("p", "class", "hint").text("hint: " + p.hint().get()).close("p");
      }
      html.close("li");
    }
    html.close("ol");
    html.close("main");
    close(html);
    return out.toString();
  }

  /** The list of documents that do not validate, for the top of the preview's index. */
  static String banner(Map<String, Path> broken) {
    StringBuilder out = new StringBuilder(512);
    HtmlWriter html = new HtmlWriter(out);
    html.open("section", "class", "caresheet-preview", "aria-labelledby", "caresheet-broken");
    html.open("h2", "id", "caresheet-broken")
        .text(
            broken.size() == 1
                ? "1 document does not validate"
                : broken.size() + " documents do not validate")
        .close("h2");
    html.open("ul");
    for (Map.Entry<String, Path> e : broken.entrySet()) {
      html.open("li")
          .open("a", "href", e.getKey())
          .text(e.getValue().toString())
          .close("a")
          .close("li");
    }
    html.close("ul").close("section");
    return out.toString();
  }

  /** The answer to a page the site does not have; it names no part of the request. */
  static String notFound(String language) {
    StringBuilder out = new StringBuilder(512);
    HtmlWriter html = new HtmlWriter(out);
    open(html, language, "Not found");
    html.open("main", "class", "caresheet-preview");
    html.element("h1", "Not found");
    html.open("p")
        .text("The site has no such page. ")
        .open("a", "href", "/" + HtmlSite.INDEX)
        .text("All conditions")
        .close("a")
        .close("p");
    html.close("main");
    close(html);
    return out.toString();
  }

  private static String location(Problem p) {
    return p.line() > 0 ? p.source() + ":" + p.line() + ":" + p.column() : p.source();
  }

  private static void open(HtmlWriter html, String language, String title) {
    html.doctype();
    html.open("html", "lang", language);
    html.open("head");
    html.voidElement("meta", "charset", "utf-8");
    html.voidElement("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    html.element("title", title);
    html.voidElement("link", "rel", "stylesheet", "href", "/" + HtmlSite.STYLESHEET);
    html.voidElement("link", "rel", "stylesheet", "href", PreviewServer.PREVIEW_CSS);
    html.close("head");
    html.open("body");
    html.open("nav", "class", "site", "aria-label", "Site");
    html.open("a", "href", "/" + HtmlSite.INDEX).text("All conditions").close("a");
    html.close("nav");
  }

  private static void close(HtmlWriter html) {
    html.close("body").close("html");
  }
}
