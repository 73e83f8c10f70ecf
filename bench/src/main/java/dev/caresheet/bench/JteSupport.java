package dev.caresheet.bench;

import dev.caresheet.model.Block;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Paragraph;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.model.Urgency;
import gg.jte.Content;
import gg.jte.html.escape.Escape;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the jte templates of the render benchmark call: text with its line feeds as {@code <br>} (as
 * Caresheet writes every content text), escaped by jte's own HTML escaper, and the name of the
 * cause a mechanism names.
 */
public final class JteSupport {
  private JteSupport() {}

  /**
   * The texts of prose that is paragraphs only, as the benchmark's corpus is: the template engines
   * compared render paragraphs, not the other blocks.
   *
   * @param prose paragraphs
   * @return their texts
   * @throws IllegalArgumentException for a block that is not a paragraph
   */
  public static List<String> paragraphs(List<Block> prose) {
    List<String> texts = new java.util.ArrayList<>(prose.size());
    for (Block block : prose) {
      if (!(block instanceof Paragraph)) {
        throw new IllegalArgumentException("the benchmark's templates render paragraphs only");
      }
      texts.add(((Paragraph) block).text());
    }
    return texts;
  }

  /** The text, HTML-escaped, each line feed written as {@code <br>}. */
  public static Content lines(String text) {
    return output -> {
      int start = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
        Escape.htmlContent(text.substring(start, i), output);
        output.writeContent("<br>");
        start = i + 1;
      }
      Escape.htmlContent(start == 0 ? text : text.substring(start), output);
    };
  }

  /**
   * The situations of "when to seek help" that the urgent-advice summary lists: emergencies, then
   * urgent ones, in document order within each.
   */
  public static List<SeekHelpAdvice> urgentAdvice(Condition condition) {
    List<SeekHelpAdvice> items = condition.whenToSeekHelp().map(w -> w.items()).orElse(List.of());
    List<SeekHelpAdvice> out = new java.util.ArrayList<>();
    for (Urgency urgency : List.of(Urgency.EMERGENCY, Urgency.URGENT)) {
      for (SeekHelpAdvice a : items) {
        if (a.urgency().equals(java.util.Optional.of(urgency))) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /** The name of the cause with this id, or {@code null} if the document has none. */
  public static @Nullable String causeName(Condition condition, String id) {
    List<Cause> causes = condition.causes().map(c -> c.items()).orElse(List.of());
    for (Cause cause : causes) {
      if (cause.id().equals(id)) {
        return cause.name();
      }
    }
    return null;
  }

  /**
   * The {@code rel} of a link: {@code noopener noreferrer} for an absolute http(s) URL, as
   * Caresheet writes it, and none ({@code null}, which jte leaves out) for others.
   */
  public static @Nullable String rel(String url) {
    return url.startsWith("https://") || url.startsWith("http://") ? "noopener noreferrer" : null;
  }
}
