package dev.caresheet.examples;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.model.Condition;
import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.Renderer;
import dev.caresheet.render.Renderers;
import dev.caresheet.render.html.HtmlRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a condition document to a complete HTML page and to plain text:
 *
 * <pre>
 * RenderExample [DOCUMENT] [OUTPUT-DIRECTORY]
 * </pre>
 *
 * <p>{@code DOCUMENT} defaults to the leg-cramps example ({@code examples/content/leg-cramps.json}
 * from the repository root, or {@code content/leg-cramps.json} from {@code examples/}); the pages
 * are written as {@code ID.html} and {@code ID.txt} to {@code OUTPUT-DIRECTORY} ({@code
 * target/rendered} by default). From the repository root: {@code mvn -pl examples -am install
 * -DskipTests && mvn -pl examples exec:java -Dexec.mainClass=dev.caresheet.examples.RenderExample}.
 *
 * <p>The HTML renderer is built directly; the text renderer is found by its format name, as the CLI
 * finds any format on the class path.
 */
public final class RenderExample {
  private RenderExample() {}

  /** The HTML renderer of the example: a full page linking a stylesheet. Thread-safe; share it. */
  static final HtmlRenderer HTML =
      HtmlRenderer.builder().page(true).stylesheet("caresheet.css").build();

  /** The example's page for a document. */
  public static String html(Condition condition) {
    return HTML.render(condition);
  }

  /**
   * The example's plain text for a document, 72 columns wide.
   *
   * @throws IllegalArgumentException if no {@code text} format is on the class path
   */
  public static String text(Condition condition) {
    Renderer text = Renderers.create("text", RenderOptions.defaults().withWidth(72));
    return text.render(condition);
  }

  /**
   * Renders the document named by the first argument (or the leg-cramps example) into the directory
   * named by the second (or {@code target/rendered}).
   *
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path input = args.length > 0 ? Path.of(args[0]) : defaultDocument();
    Path outputs = Path.of(args.length > 1 ? args[1] : "target/rendered");
    Condition condition = ConditionCodec.defaults().read(input);
    Files.createDirectories(outputs);
    Path html = outputs.resolve(condition.id() + ".html");
    try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      HTML.render(condition, out);
    }
    Path text = outputs.resolve(condition.id() + ".txt");
    Files.writeString(text, text(condition), StandardCharsets.UTF_8);
    System.out.println("wrote " + html + " and " + text);
  }

  private static Path defaultDocument() {
    Path fromRoot = Path.of("examples/content/leg-cramps.json");
    return Files.exists(fromRoot) ? fromRoot : Path.of("content/leg-cramps.json");
  }
}
