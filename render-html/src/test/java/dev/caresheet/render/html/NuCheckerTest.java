package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.model.Condition;
import dev.caresheet.testing.Generators;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The W3C Nu HTML Checker finds no error in the renderer's pages: the leg-cramps example, rich
 * documents, and 1,000 generated hostile documents (a check takes a few milliseconds once the
 * checker is warm, so all of them are checked). Warnings are allowed for generated text (the
 * checker warns about text that is not in Unicode Normalization Form C, which the generators
 * produce on purpose), but not for the example.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NuCheckerTest {

  private NuChecker checker;
  private final HtmlRenderer page =
      HtmlRenderer.builder().page(true).stylesheet("/css/site.css").build();

  @BeforeAll
  void setUp() {
    checker = new NuChecker();
  }

  @Test
  void theLegCrampsExamplePageHasNoErrorsAndNoWarnings() {
    NuChecker.Report report = checker.check(page.render(Documents.legCramps()));
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void theCheckerDoesFindErrors() {
    // A check that cannot fail proves nothing: a broken page must be reported.
    String broken =
        page.render(Documents.minimal())
            .replace(
                "<main>",
                "<main><section aria-labelledby=\"nowhere\">"
                    + "<li>stray</li><time datetime=\"yesterday\">x</time></section>");
    assertThat(checker.check(broken).errors()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void richDocumentsHaveNoErrorsAndNoWarnings() {
    for (Condition c :
        new Condition[] {
          Documents.rich(),
          Documents.minimal(),
          Documents.rich(field -> "</script><script>alert(1)</script>\"'&amp;" + field),
          Condition.builder().from(Documents.rich()).language("he").build(),
          Condition.builder().from(Documents.rich()).language("ru").build()
        }) {
      NuChecker.Report report = checker.check(page.render(c));
      assertThat(report.errors()).as(c.language()).isEmpty();
      assertThat(report.warnings()).as(c.language()).isEmpty();
    }
  }

  @Test
  void fragmentsHaveNoErrorsInsideAPage() {
    HtmlRenderer fragment = HtmlRenderer.builder().titleLevel(2).build();
    UnaryOperator<String> wrap =
        article ->
            "<!DOCTYPE html><html lang=\"en\"><head><title>Site</title></head>"
                + "<body><h1>Site</h1>"
                + article
                + "</body></html>";
    assertThat(checker.check(wrap.apply(fragment.render(Documents.rich()))).errors()).isEmpty();
    assertThat(checker.check(wrap.apply(fragment.render(Documents.legCramps()))).errors())
        .isEmpty();
  }

  @Test
  void everySpecInputHasNoErrorsAndNoWarningsButForUnnormalizedText() throws java.io.IOException {
    try (java.util.stream.Stream<java.nio.file.Path> files =
        java.nio.file.Files.list(SpecTest.SPEC)) {
      for (java.nio.file.Path input :
          files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        NuChecker.Report report =
            checker.check(page.render(dev.caresheet.codec.ConditionCodec.defaults().read(input)));
        assertThat(report.errors()).as(input.toString()).isEmpty();
        assertThat(report.warnings())
            .as(input.toString())
            .allMatch(w -> w.contains("not in Unicode Normalization Form C"));
      }
    }
  }

  @Test
  void generatedDocumentsHaveNoErrors() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions())
        .checkAssert(c -> assertThat(checker.check(page.render(c)).errors()).isEmpty());
  }
}
