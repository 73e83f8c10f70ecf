package dev.caresheet.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The syllable count against the CMU Pronouncing Dictionary, on every word of the example content
 * that it has (cmudict-examples.txt), and the SMOG formula against McLaughlin's.
 */
class ReadabilityTest {

  record Word(String word, int syllables) {}

  /** The measured agreements (see docs/EDITORIAL.md), less a little, so that a regression fails. */
  static final double POLYSYLLABLE_FLOOR = 97.0;

  static final double EXACT_FLOOR = 90.0;

  static List<Word> cmudict() throws IOException {
    List<Word> words = new ArrayList<>();
    try (InputStream in = ReadabilityTest.class.getResourceAsStream("cmudict-examples.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.split(" ");
          words.add(new Word(parts[0], Integer.parseInt(parts[1])));
        }
      }
    }
    return words;
  }

  @Test
  void syllableCountsAgreeWithTheCmuPronouncingDictionary() throws IOException {
    List<Word> words = cmudict();
    assertThat(words).hasSizeGreaterThan(900);
    int exact = 0;
    int polysyllableAgrees = 0;
    List<String> wrong = new ArrayList<>();
    for (Word w : words) {
      int n = Readability.syllables(w.word());
      if (n == w.syllables()) {
        exact++;
      } else {
        wrong.add(w.word() + " " + n + "/" + w.syllables());
      }
      if ((n >= 3) == (w.syllables() >= 3)) {
        polysyllableAgrees++;
      }
    }
    // SMOG needs only "three or more": that must agree almost always; the exact count mostly.
    assertThat(polysyllableAgrees * 100.0 / words.size())
        .as(wrong.toString())
        .isGreaterThanOrEqualTo(POLYSYLLABLE_FLOOR);
    assertThat(exact * 100.0 / words.size())
        .as(wrong.toString())
        .isGreaterThanOrEqualTo(EXACT_FLOOR);
  }

  @Test
  void wordsOfTheRulesDescription() {
    assertThat(Readability.syllables("table")).isEqualTo(2);
    assertThat(Readability.syllables("wanted")).isEqualTo(2);
    assertThat(Readability.syllables("jumped")).isEqualTo(1);
    assertThat(Readability.syllables("boxes")).isEqualTo(2);
    assertThat(Readability.syllables("dial")).isEqualTo(2);
    assertThat(Readability.syllables("radio")).isEqualTo(3);
    assertThat(Readability.syllables("nation")).isEqualTo(2);
    assertThat(Readability.syllables("serious")).isEqualTo(3);
    assertThat(Readability.syllables("")).isZero();
    assertThat(Readability.syllables("42")).isZero();
  }

  @Test
  void smogIsMcLaughlinsFormula() {
    // 30 sentences with 30 polysyllables: 1.0430 * sqrt(30) + 3.1291.
    assertThat(Readability.grade(30, 30)).isCloseTo(8.84, within(0.01));
    assertThat(Readability.grade(0, 10)).isCloseTo(3.1291, within(0.0001));
    assertThat(Readability.smog(List.of("The cat sat. The dog ran.")).getAsDouble())
        .isCloseTo(3.1291, within(0.0001));
    assertThat(Readability.smog(List.of())).isEmpty();
  }
}
