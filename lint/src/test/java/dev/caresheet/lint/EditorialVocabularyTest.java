package dev.caresheet.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caresheet.lint.EditorialVocabulary.Category;
import dev.caresheet.lint.EditorialVocabulary.Match;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorialVocabularyTest {

  private final EditorialVocabulary vocabulary = EditorialVocabulary.defaults();

  @Test
  void findsTheSeedsSpamLineAndChrome() {
    List<Match> spam = vocabulary.find("buy instagram followers");
    assertThat(spam).extracting(m -> m.entry().category()).containsOnly(Category.SPAM);
    assertThat(spam.get(0).start()).isZero();

    List<Match> chrome = vocabulary.find("Recommended to read:");
    assertThat(chrome)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.entry().category()).isEqualTo(Category.CHROME);
              assertThat(m.start()).isZero();
              assertThat(m.end()).isEqualTo("Recommended to read".length());
            });
  }

  @Test
  void matchesWholeWordsWithAnyWhiteSpaceAndCase() {
    assertThat(vocabulary.find("Please READ\n  more below")).hasSize(1);
    assertThat(vocabulary.find("Thread morest")).isEmpty();
    assertThat(vocabulary.find("Рекомендуем  прочитать:")).hasSize(1);
    assertThat(vocabulary.find("LEER MÁS")).hasSize(1);
  }

  @Test
  void leavesOrdinaryHealthTextAlone() {
    assertThat(
            vocabulary.find(
                "Read the leaflet that comes with your medicine. "
                    + "Stretch your calf muscles before bed and drink more water."))
        .isEmpty();
  }

  @Test
  void aPublisherAddsPhrases() throws Exception {
    EditorialVocabulary extended =
        vocabulary.with(new StringReader("# ours\n[chrome en]\nSeizures what to do\n"));
    assertThat(extended.entries()).hasSize(vocabulary.entries().size() + 1);
    assertThat(extended.find("Seizures what to do Choreoathetoid contractions")).hasSize(1);
    assertThat(vocabulary.find("Seizures what to do")).isEmpty();
  }

  @Test
  void aMalformedFileNamesTheLine() {
    assertThatThrownBy(() -> vocabulary.with(new StringReader("\nphrase\n")))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> vocabulary.with(new StringReader("[ads en]\nx\n")))
        .hasMessageContaining("line 1")
        .hasMessageContaining("unknown category");
  }
}
