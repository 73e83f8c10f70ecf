package dev.caresheet.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.caresheet.model.Condition;
import dev.caresheet.render.RenderOptions;
import dev.caresheet.testing.ContentWalk;
import dev.caresheet.testing.FuzzedDocuments;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes text rendering: every document the model accepts, with texts and URLs the fuzzer chose,
 * renders at any width without an exception; no line is wider than the width unless it is one word
 * that cannot be broken (or a URL), no line ends in white space, the text ends in one line break,
 * and rendering twice gives the same text.
 *
 * <p>{@code mvn verify} replays the regression inputs in {@code
 * src/test/resources/dev/caresheet/render/text/TextRenderFuzzTestInputs/render/}; {@code
 * JAZZER_FUZZ=1} fuzzes (docs/SECURITY.md).
 */
class TextRenderFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void render(FuzzedDataProvider data) {
    int width = data.consumeInt(RenderOptions.MIN_WIDTH, 120);
    Optional<Condition> fuzzed = FuzzedDocuments.condition(data);
    if (fuzzed.isEmpty()) {
      return;
    }
    Condition condition = fuzzed.get();
    TextRenderer renderer = TextRenderer.builder().width(width).build();
    String text = renderer.render(condition);
    assertThat(text).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
    List<String> urls = ContentWalk.urls(condition);
    for (String line : TextChecks.lines(text)) {
      assertThat(line).as("a line ending in white space").doesNotEndWith(" ").doesNotEndWith("\t");
      if (TextWriter.columns(line) > width) {
        String word = TextChecks.withoutPrefix(line);
        assertThat(urls.contains(word) || !TextChecks.hasBreakOpportunity(word))
            .as(
                "a line of %d columns at width %d that could have been broken:\n%s",
                TextWriter.columns(line), width, line)
            .isTrue();
      }
    }
    assertThat(renderer.render(condition)).isEqualTo(text);
  }
}
