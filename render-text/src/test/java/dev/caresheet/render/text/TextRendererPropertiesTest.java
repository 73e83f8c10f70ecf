package dev.caresheet.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.testing.ContentWalk;
import dev.caresheet.testing.Generators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The text renderer's guarantees, each checked on {@link Generators#examples()} generated documents
 * full of hostile text (emoji sequences, right-to-left scripts, combining marks, CJK, tabs, line
 * breaks), at widths from the minimum up.
 */
class TextRendererPropertiesTest {

  /** Widths from the minimum to wider than any generated word, biased to the narrow ones. */
  private static final Gen<Integer> WIDTHS =
      Generate.pick(List.of(20, 21, 24, 31, 40, 57, 80, 132));

  private static TextRenderer renderer(int width) {
    return TextRenderer.builder().width(width).build();
  }

  @Test
  void everyStringAppearsInDocumentOrderModuloWhiteSpace() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions(), WIDTHS)
        .checkAssert(
            (condition, width) -> {
              String text = TextChecks.withoutWhiteSpace(renderer(width).render(condition));
              int from = 0;
              for (String expected : ContentWalk.strings(condition, ContentWalk.Urls.INCLUDED)) {
                String wanted = TextChecks.withoutWhiteSpace(expected);
                int at = text.indexOf(wanted, from);
                assertThat(at)
                    .as("\"%s\" after position %d of\n%s", wanted, from, text)
                    .isGreaterThanOrEqualTo(0);
                from = at + wanted.length();
              }
            });
  }

  @Test
  void noLineIsWiderThanTheWidthUnlessItIsOneUnbreakableWord() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions(), WIDTHS)
        .checkAssert(
            (condition, width) -> {
              List<String> urls = ContentWalk.urls(condition);
              for (String line : TextChecks.lines(renderer(width).render(condition))) {
                if (TextWriter.columns(line) > width) {
                  String word = TextChecks.withoutPrefix(line);
                  assertThat(urls.contains(word) || !TextChecks.hasBreakOpportunity(word))
                      .as(
                          "a line of %d columns at width %d that could have been broken:\n%s",
                          TextWriter.columns(line), width, line)
                      .isTrue();
                }
              }
            });
  }

  @Test
  void linesEndWithALineFeedAndNeverWithWhiteSpaceOrAControlCharacter() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions(), WIDTHS)
        .checkAssert(
            (condition, width) -> {
              String text = renderer(width).render(condition);
              assertThat(text)
                  .endsWith("\n")
                  .doesNotEndWith("\n\n")
                  .doesNotStartWith("\n")
                  .doesNotContain("\r")
                  .doesNotContain("\n\n\n");
              assertThat(
                      text.codePoints()
                          .filter(cp -> cp != '\n' && Character.getType(cp) == Character.CONTROL))
                  .as("control characters")
                  .isEmpty();
              for (String line : TextChecks.lines(text)) {
                if (!line.isEmpty()) {
                  int last = line.codePointBefore(line.length());
                  assertThat(Character.isWhitespace(last) || Character.isSpaceChar(last))
                      .as("line ends with white space U+%04X: \"%s\"", last, line)
                      .isFalse();
                }
              }
            });
  }

  @Test
  void renderingIsDeterministic() {
    TextRenderer shared = renderer(80);
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions(), WIDTHS)
        .checkAssert(
            (condition, width) -> {
              String first = renderer(width).render(condition);
              assertThat(renderer(width).render(condition)).isEqualTo(first);
              assertThat(shared.render(condition)).isEqualTo(shared.render(condition));
            });
  }

  @Test
  void theWriterMeasuresLinesAsTheFullClusterIteratorDoes() {
    // The writer segments most text by table lookups and runs the cluster iterator only around
    // characters that can join; a heading's underline shows the columns it measured. Columns.of
    // runs the iterator over the whole line: both must agree, on every line.
    qt().withExamples(Generators.examples())
        .forAll(Generators.text(), Generators.text())
        .checkAssert(
            (a, b) -> {
              String text = a + b + "\u0301" + a + "\uD83C\uDDFA" + b;
              List<String> lines = TextChecks.lines(heading(text));
              String underline = lines.get(lines.size() - 1);
              int widest =
                  lines.subList(0, lines.size() - 1).stream()
                      .mapToInt(TextWriter::columns)
                      .max()
                      .orElse(0);
              assertThat(underline).matches("-+");
              assertThat(underline.length()).as("%s", lines).isEqualTo(Math.max(widest, 1));
            });
  }

  private static String heading(String text) {
    StringBuilder out = new StringBuilder();
    try {
      new TextWriter(out, 100_000).heading(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
