package dev.caresheet.render.html.internal;

import dev.caresheet.model.Block;
import dev.caresheet.model.Figure;
import dev.caresheet.model.License;
import dev.caresheet.model.ListBlock;
import dev.caresheet.model.Paragraph;
import dev.caresheet.model.Subheading;
import dev.caresheet.model.Table;
import dev.caresheet.render.html.HtmlContext;
import dev.caresheet.render.html.HtmlWriter;
import dev.caresheet.render.html.PublishedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prose blocks as HTML: {@code <p>}, {@code <ul>}, {@code <ol>}, a subheading one level below the
 * heading of its part, a {@code <table>} (its caption, a header row of {@code <th scope="col">},
 * the rows; a short row padded with empty cells), and a {@code <figure>} with an {@code <img>}
 * ({@code alt}, {@code alt=""} when decorative, {@code loading="lazy"}, {@code width} and {@code
 * height} when the site copied the image) and a {@code <figcaption>} (caption, credit, licence).
 *
 * <p>An image is written only for a {@code src} that {@link Figure#source()} accepts (a relative
 * path or an https URL), and only through the writer, whose policy sanitizes every URL again: a
 * {@code javascript:}, {@code data:} or {@code vbscript:} address, in any spelling, is never
 * emitted, even for a document that was not validated, nor an address of an SVG file; its
 * alternative text is shown instead.
 */
final class BlockHtml {
  private BlockHtml() {}

  /**
   * Writes prose.
   *
   * @param cssClass the class of its paragraphs and blocks ({@code intro}, {@code body}...)
   * @param depth the heading depth of a subheading: one below its part's heading
   */
  static void prose(HtmlContext ctx, List<Block> blocks, String cssClass, int depth) {
    HtmlWriter html = ctx.writer();
    for (Block block : blocks) {
      switch (block.kind()) {
        case PARAGRAPH ->
            html.open("p", "class", cssClass).inline(((Paragraph) block).text()).close("p");
        case BULLET_LIST, NUMBERED_LIST -> {
          String tag = block.kind() == Block.Kind.BULLET_LIST ? "ul" : "ol";
          html.open(tag, "class", cssClass);
          for (String item : ((ListBlock) block).items()) {
            html.open("li").inline(item).close("li");
          }
          html.close(tag);
        }
        case SUBHEADING -> {
          String h = ctx.heading(depth);
          html.open(h, "class", "subheading").multilineText(((Subheading) block).text()).close(h);
        }
        case TABLE -> table(html, (Table) block, cssClass);
        case FIGURE -> figure(ctx, (Figure) block, cssClass);
      }
    }
  }

  private static void table(HtmlWriter html, Table t, String cssClass) {
    html.open("table", "class", cssClass);
    if (t.caption().isPresent()) {
      html.open("caption").inline(t.caption().get()).close("caption");
    }
    int columns = t.header().size();
    html.open("thead").open("tr");
    for (String cell : t.header()) {
      html.open("th", "scope", "col").inline(cell).close("th");
    }
    html.close("tr").close("thead");
    html.open("tbody");
    for (List<String> row : t.rows()) {
      html.open("tr");
      for (String cell : row) {
        html.open("td").inline(cell).close("td");
      }
      for (int c = row.size(); c < columns; c++) {
        html.open("td").close("td");
      }
      html.close("tr");
    }
    html.close("tbody").close("table");
  }

  /** Whether an address names an SVG file (before any query or fragment), in any case. */
  static boolean svg(String src) {
    String path = src.toLowerCase(java.util.Locale.ROOT);
    for (char c : new char[] {'?', '#'}) {
      int at = path.indexOf(c);
      if (at >= 0) {
        path = path.substring(0, at);
      }
    }
    return path.endsWith(".svg") || path.endsWith(".svgz") || path.startsWith("data:");
  }

  private static void figure(HtmlContext ctx, Figure f, String cssClass) {
    HtmlWriter html = ctx.writer();
    html.open("figure", "class", cssClass);
    Optional<PublishedImage> published =
        f.source() == Figure.Source.LOCAL ? ctx.image(f) : Optional.empty();
    String src =
        published
            .map(PublishedImage::src)
            .orElse(f.source() == Figure.Source.REFUSED ? null : f.src());
    if (src != null && HtmlWriter.isSafeUrl(src) && !svg(src)) {
      List<String> attributes =
          new ArrayList<>(List.of("src", src, "alt", f.alt().orElse(""), "loading", "lazy"));
      published.ifPresent(
          p ->
              attributes.addAll(
                  List.of(
                      "width",
                      Integer.toString(p.width()),
                      "height",
                      Integer.toString(p.height()))));
      html.voidElement("img", attributes.toArray(new String[0]));
    } else if (f.alt().isPresent()) {
      html.open("p", "class", "alt").multilineText(f.alt().get()).close("p");
    }
    if (f.caption().isPresent() || f.credit().isPresent() || f.license().isPresent()) {
      html.open("figcaption");
      boolean first = true;
      if (f.caption().isPresent()) {
        html.inline(f.caption().get());
        first = false;
      }
      if (f.credit().isPresent()) {
        html.text(first ? "" : " ")
            .open("span", "class", "credit")
            .multilineText(f.credit().get())
            .close("span");
        first = false;
      }
      if (f.license().isPresent()) {
        License l = f.license().get();
        html.text(first ? "" : " ")
            .open("span", "class", "license")
            .text(ctx.labels().get("license") + ": ");
        if (l.url().isPresent() && HtmlWriter.isSafeUrl(l.url().get())) {
          html.open("a", "href", l.url().get(), "rel", "license")
              .multilineText(l.name())
              .close("a");
        } else {
          html.multilineText(l.name());
        }
        html.close("span");
      }
      html.close("figcaption");
    }
    html.close("figure");
  }
}
