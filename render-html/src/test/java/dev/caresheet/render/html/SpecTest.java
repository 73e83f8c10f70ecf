package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.model.Condition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Spec-style golden tests: each {@code NAME.json} in {@code src/test/resources/spec} renders to
 * exactly {@code NAME.html} beside it — an {@code <article>} fragment, or a full page (with the
 * stylesheet {@code /css/caresheet.css}) when the name starts with {@code page-}.
 *
 * <p>After an intended change of the markup, regenerate the expected files with {@code mvn -pl
 * render-html test -Dtest=SpecTest -Dcaresheet.updateGolden=true} and review the diff.
 */
class SpecTest {

  static final Path SPEC = Path.of("src/test/resources/spec");
  private static final boolean UPDATE = Boolean.getBoolean("caresheet.updateGolden");

  private static final HtmlRenderer FRAGMENT = HtmlRenderer.builder().build();
  private static final HtmlRenderer PAGE =
      HtmlRenderer.builder().page(true).stylesheet("/css/caresheet.css").build();

  @TestFactory
  Stream<DynamicTest> everyInputRendersToItsExpectedHtml() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(SPEC)) {
      inputs = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(6);
    return inputs.stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    input.getFileName().toString(),
                    () -> {
                      String name = input.getFileName().toString().replaceFirst("\\.json$", "");
                      Condition condition = ConditionCodec.defaults().read(input);
                      String html = (name.startsWith("page-") ? PAGE : FRAGMENT).render(condition);
                      Path expected = SPEC.resolve(name + ".html");
                      if (UPDATE) {
                        Files.writeString(expected, html, StandardCharsets.UTF_8);
                      }
                      assertThat(expected)
                          .as(
                              "expected output %s (create it with -Dcaresheet.updateGolden=true)",
                              expected)
                          .exists();
                      assertThat(html)
                          .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
                    }));
  }

  @Test
  void everyExpectedFileHasItsInput() throws IOException {
    try (Stream<Path> files = Files.list(SPEC)) {
      files
          .filter(p -> p.getFileName().toString().endsWith(".html"))
          .forEach(
              html ->
                  assertThat(
                          html.resolveSibling(
                              html.getFileName().toString().replaceFirst("\\.html$", ".json")))
                      .as("input of %s", html)
                      .exists());
    }
  }
}
