package dev.caresheet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.Format;
import dev.caresheet.schema.Report;
import dev.caresheet.schema.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus is what the benchmarks say it is: deterministic, article-sized and valid. */
class CorpusTest {

  @Test
  void theSameSeedGivesTheSameBytes() {
    assertThat(Corpus.of(100, 7).bytes(42, Format.JSON))
        .isEqualTo(Corpus.of(100, 7).bytes(42, Format.JSON));
    assertThat(Corpus.of(100, 7).bytes(42, Format.JSON))
        .isNotEqualTo(Corpus.of(100, 8).bytes(42, Format.JSON));
  }

  @Test
  void documentsAreTheSizeOfRealArticles() {
    Corpus corpus = Corpus.of(2000, 1);
    for (int i = 0; i < 60; i++) {
      assertThat(corpus.bytes(i, Format.JSON).length)
          .as("document %d", i)
          .isBetween(Corpus.MIN_BYTES, Corpus.MAX_BYTES);
    }
  }

  @Test
  void aWholeCorpusValidatesWithoutAProblemAsJsonAndAsYaml() {
    Corpus corpus = Corpus.of(40, 3);
    Validator validator = Validator.create();
    for (Format format : Format.values()) {
      List<Report> reports = new ArrayList<>();
      for (int i = 0; i < corpus.count(); i++) {
        reports.add(
            validator.validate(corpus.bytes(i, format), format, Corpus.fileName(i, format)));
      }
      Report set = validator.crossCheck(reports);
      assertThat(set.problems()).as("%s", format).isEmpty();
      assertThat(set.conditions()).hasSize(corpus.count());
    }
  }
}
