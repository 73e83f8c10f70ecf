package dev.caresheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.caresheet.render.html.HtmlRenderer;
import dev.caresheet.testing.Inert;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Fuzzes the HTML and text readers: whatever the bytes, an import gives drafts (model values that
 * render with nothing executable, {@link Inert}) or an {@link ImportException}, never another
 * exception. In this package to share {@link Inert}.
 *
 * <p>{@code mvn verify} replays the regression inputs in {@code
 * src/test/resources/dev/caresheet/importer/ImportFuzzTestInputs/html/} and {@code …/text/}; {@code
 * JAZZER_FUZZ=1} fuzzes (docs/SECURITY.md).
 */
class ImportFuzzTest {
  private static final Importer IMPORTER = Importer.builder().maxBytes(1 << 20).build();
  private static final HtmlRenderer PAGE = HtmlRenderer.builder().page(true).build();

  @FuzzTest(maxDuration = "30s")
  void html(FuzzedDataProvider data) {
    String body = data.consumeRemainingAsString();
    check(
        ("<!DOCTYPE html><html><body><main>" + body + "</main></body></html>")
            .getBytes(StandardCharsets.UTF_8));
    check(("<div class=\"callout\">" + body).getBytes(StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "30s")
  void text(FuzzedDataProvider data) {
    check(data.consumeRemainingAsBytes());
  }

  private static void check(byte[] source) {
    List<ImportResult> results;
    try {
      results = IMPORTER.importSource(source, "fuzz");
    } catch (ImportException e) {
      assertThat(e.getMessage()).startsWith("fuzz");
      return;
    }
    for (ImportResult r : results) {
      assertThat(Inert.executable(Jsoup.parse(PAGE.render(r.condition())))).isEmpty();
    }
  }
}
