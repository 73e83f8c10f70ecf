package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.caresheet.model.Condition;
import dev.caresheet.testing.FuzzedDocuments;
import dev.caresheet.testing.Inert;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fuzzes HTML rendering: every document the model accepts, with texts and URLs the fuzzer chose,
 * renders without an exception, as a fragment and as a page, and parses back (jsoup, the HTML5
 * algorithm browsers use) to a document with nothing executable in it ({@link Inert}).
 *
 * <p>{@code mvn verify} replays the regression inputs in {@code
 * src/test/resources/dev/caresheet/render/html/HtmlRenderFuzzTestInputs/render/}; {@code
 * JAZZER_FUZZ=1} fuzzes (docs/SECURITY.md).
 */
class HtmlRenderFuzzTest {
  private static final HtmlRenderer FRAGMENT = HtmlRenderer.builder().build();
  private static final HtmlRenderer PAGE = HtmlRenderer.builder().page(true).build();

  @FuzzTest(maxDuration = "30s")
  void render(FuzzedDataProvider data) {
    Optional<Condition> fuzzed = FuzzedDocuments.condition(data);
    if (fuzzed.isEmpty()) {
      return;
    }
    Condition condition = fuzzed.get();
    Document page = Jsoup.parse(PAGE.render(condition));
    assertThat(Inert.executable(page)).as("executable content in the page").isEmpty();
    assertThat(page.select("script")).hasSize(1);
    Document fragment = Jsoup.parseBodyFragment(FRAGMENT.render(condition));
    assertThat(Inert.executable(fragment)).as("executable content in the fragment").isEmpty();
    assertThat(fragment.body().children()).hasSize(1);
  }
}
