package dev.caresheet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.model.Condition;
import dev.caresheet.render.html.HtmlRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The template baselines print exactly what Caresheet prints, so the benchmark is fair. */
class TemplatesTest {

  /** Both outputs and the expected one, for a diff when they differ. */
  private static void write(String name, String text) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "templates-test"));
      Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final HtmlRenderer CARESHEET = HtmlRenderer.builder().jsonLd(false).build();

  @Test
  void jteAndMustachePrintCaresheetsMarkupForCorpusDocuments() {
    Corpus corpus = Corpus.of(2000, 1);
    for (int i = 0; i < 40; i++) {
      Condition c = corpus.document(i);
      String expected = CARESHEET.render(c);
      String jte = Templates.jte(c, 1024);
      String mustache = Templates.mustache(c, 1024);
      if (!jte.equals(expected) || !mustache.equals(expected)) {
        write("expected.html", expected);
        write("jte.html", jte);
        write("mustache.html", mustache);
      }
      assertThat(jte).as("jte, document %d (target/templates-test/)", i).isEqualTo(expected);
      assertThat(mustache)
          .as("Mustache, document %d (target/templates-test/)", i)
          .isEqualTo(expected);
    }
  }
}
