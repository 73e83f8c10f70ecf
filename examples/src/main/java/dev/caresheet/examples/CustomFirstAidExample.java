package dev.caresheet.examples;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Condition;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.render.html.HtmlRenderer;
import dev.caresheet.render.html.HtmlWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A publisher's own markup for one part: each first-aid step as a card, everything else as the
 * built-in renderer writes it. The card writes through {@link HtmlWriter}, so every text is
 * escaped, the detail keeps its inline markup ({@link HtmlWriter#inline(String)}), attribute
 * providers and line breaks apply as to the built-in markup, and the step's body-site variants
 * still render with the built-in renderer.
 *
 * <pre>
 * CustomFirstAidExample [DOCUMENT]
 * </pre>
 *
 * <p>prints the page of the document (the leg-cramps example by default) to standard output.
 */
public final class CustomFirstAidExample {
  private CustomFirstAidExample() {}

  /** The renderer: built-in markup everywhere, a card per first-aid step. Thread-safe. */
  static final HtmlRenderer CARDS =
      HtmlRenderer.builder()
          .page(true)
          .partRenderer(
              FirstAidStep.class,
              (step, ctx) -> {
                HtmlWriter html = ctx.writer();
                html.open("li", "class", "card").open("div", "class", "card-body");
                html.open("p", "class", "card-title").multilineText(step.instruction()).close("p");
                step.detail()
                    .ifPresent(
                        detail -> html.open("p", "class", "card-text").inline(detail).close("p"));
                if (!step.variants().isEmpty()) {
                  html.open("ul", "class", "list-group");
                  for (BodySiteVariant variant : step.variants()) {
                    ctx.render(variant);
                  }
                  html.close("ul");
                }
                for (String caution : step.cautions()) {
                  html.open("p", "class", "card-text caution").multilineText(caution).close("p");
                }
                html.close("div").close("li");
              })
          .build();

  /** The page of a document with first-aid steps as cards. */
  public static String html(Condition condition) {
    return CARDS.render(condition);
  }

  /**
   * Prints the page of the document named by the first argument, or of the leg-cramps example.
   *
   * @throws IOException if the document cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path fromRoot = Path.of("examples/content/leg-cramps.json");
    Path input =
        args.length > 0
            ? Path.of(args[0])
            : Files.exists(fromRoot) ? fromRoot : Path.of("content/leg-cramps.json");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(html(ConditionCodec.defaults().read(input)));
  }
}
