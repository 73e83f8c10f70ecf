package dev.caresheet.render.html.internal;

import dev.caresheet.model.Condition;
import dev.caresheet.model.Part;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.model.Urgency;
import dev.caresheet.model.WhenToSeekHelp;
import dev.caresheet.render.Labels;
import dev.caresheet.render.html.HtmlContext;
import dev.caresheet.render.html.HtmlWriter;
import java.util.List;
import java.util.Optional;

/**
 * What a reader needs at the top of a long page, written in the article's header after the summary:
 * the urgent advice of the document, if it has any, and a table of contents.
 *
 * <ul>
 *   <li><b>Urgent advice</b>: when "when to seek help" has situations whose urgency is {@link
 *       Urgency#EMERGENCY} or {@link Urgency#URGENT}, an {@code <aside class="urgent-advice"
 *       role="note">} (with the class {@code urgent-advice-emergency} or {@code
 *       urgent-advice-urgent} after the most urgent) headed "Urgent advice" lists them, most urgent
 *       first, each with its urgency label, and links to the full section.
 *   <li><b>On this page</b>: when the document has at least {@value #CONTENTS_MIN_PARTS} parts, a
 *       {@code <nav class="contents" aria-label>} with a heading and one link per part of {@link
 *       Condition#parts()}, in reading order, to the part's heading. It is generic over the parts,
 *       so a new kind of part appears in it without a change here.
 * </ul>
 *
 * <p>The headings are one level below the document's title, like a part's.
 */
final class PageGuide {
  private PageGuide() {}

  /** A page with fewer parts than this is short enough to need no table of contents. */
  static final int CONTENTS_MIN_PARTS = 3;

  /** The urgencies the summary shows, most urgent first. */
  private static final List<Urgency> SHOWN = List.of(Urgency.EMERGENCY, Urgency.URGENT);

  static void render(Condition c, HtmlContext ctx) {
    urgentAdvice(c, ctx);
    contents(c, ctx);
  }

  private static void urgentAdvice(Condition c, HtmlContext ctx) {
    Optional<WhenToSeekHelp> part = c.whenToSeekHelp();
    if (part.isEmpty()
        || part.get().items().stream()
            .noneMatch(a -> a.urgency().filter(SHOWN::contains).isPresent())) {
      return;
    }
    HtmlWriter html = ctx.writer();
    Labels labels = ctx.labels();
    Urgency top =
        part.get().items().stream()
            .map(SeekHelpAdvice::urgency)
            .flatMap(Optional::stream)
            .filter(SHOWN::contains)
            .min(Enum::compareTo)
            .orElseThrow();
    String id = ctx.newId("urgent-advice");
    String heading = ctx.heading(1);
    html.open(
        "aside",
        "class",
        "urgent-advice urgent-advice-" + top.value(),
        "role",
        "note",
        "aria-labelledby",
        id);
    html.open(heading, "id", id).text(labels.get("urgentAdvice")).close(heading);
    html.open("ul");
    for (Urgency urgency : SHOWN) {
      for (SeekHelpAdvice advice : part.get().items()) {
        if (advice.urgency().equals(Optional.of(urgency))) {
          html.open("li", "class", "urgency-" + urgency.value());
          html.open("span", "class", "situation").multilineText(advice.situation()).close("span");
          html.text(" ");
          html.open("strong", "class", "urgency").text(labels.urgency(urgency)).close("strong");
          html.close("li");
        }
      }
    }
    html.close("ul");
    html.open("p", "class", "more");
    html.open("a", "href", "#" + ctx.id(part.get()))
        .multilineText(title(part.get(), labels))
        .close("a");
    html.close("p");
    html.close("aside");
  }

  private static void contents(Condition c, HtmlContext ctx) {
    List<Part> parts = c.parts();
    if (parts.size() < CONTENTS_MIN_PARTS) {
      return;
    }
    HtmlWriter html = ctx.writer();
    Labels labels = ctx.labels();
    String label = labels.get("contents");
    String heading = ctx.heading(1);
    html.open("nav", "class", "contents", "aria-label", label);
    html.open(heading, "class", "contents-title").text(label).close(heading);
    html.open("ul");
    for (Part part : parts) {
      html.open("li");
      html.open("a", "href", "#" + ctx.id(part)).multilineText(title(part, labels)).close("a");
      html.close("li");
    }
    html.close("ul").close("nav");
  }

  /** A part's heading as its section shows it: the document's, or the part kind's label. */
  private static String title(Part part, Labels labels) {
    return part.heading().orElseGet(() -> labels.part(part.kind()));
  }
}
