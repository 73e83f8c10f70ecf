package dev.caresheet.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.testing.Generators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link EditorialVocabulary#find} scans a text once; it finds exactly what one regular expression
 * per phrase, each run over the whole text, finds (the definition in the class's documentation).
 */
class VocabularyMatchingTest {
  private static final EditorialVocabulary VOCABULARY = EditorialVocabulary.defaults();

  /** The reference: every phrase's pattern over the whole text, one after the other. */
  private static List<EditorialVocabulary.Match> reference(String text) {
    List<EditorialVocabulary.Match> matches = new ArrayList<>();
    for (EditorialVocabulary.Entry entry : VOCABULARY.entries()) {
      StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
      String[] words = entry.phrase().trim().split("\\s+");
      for (int i = 0; i < words.length; i++) {
        regex.append(i > 0 ? "\\s+" : "").append(Pattern.quote(words[i]));
      }
      regex.append("(?![\\p{L}\\p{N}])");
      Matcher m =
          Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(text);
      while (m.find()) {
        matches.add(new EditorialVocabulary.Match(entry, m.start(), m.end()));
      }
    }
    matches.sort(
        Comparator.comparingInt(EditorialVocabulary.Match::start).thenComparingInt(m -> -m.end()));
    return matches;
  }

  /** Pieces: phrases of the vocabulary (some in other cases), their words, glue and look-alikes. */
  private static Gen<String> piece() {
    List<String> phrases = VOCABULARY.entries().stream().map(e -> e.phrase()).toList();
    Gen<String> phrase = SourceDSL.integers().between(0, phrases.size() - 1).map(phrases::get);
    return SourceDSL.integers()
        .between(0, 9)
        .zip(
            phrase,
            SourceDSL.integers().between(0, 1_000_000),
            (kind, p, n) -> {
              String[] words = p.split("\\s+");
              return switch (kind) {
                case 0, 1 -> p;
                case 2 -> p.toUpperCase(java.util.Locale.ROOT);
                case 3 -> p.replace(" ", "\n  ");
                case 4 -> words[n % words.length];
                case 5 -> "x" + p;
                case 6 -> p + (n % 2 == 0 ? "s" : "2");
                case 7 -> List.of(" ", ", ", ". ", "\u00a0", "-", "²", "é", "K").get(n % 8);
                default -> List.of("the", "cramps", "ЛЕГ", "ﬁ", "İ", "ß").get(n % 6);
              };
            });
  }

  @Test
  void oneScanFindsWhatAPatternPerPhraseFinds() {
    qt().withExamples(Generators.examples())
        .forAll(SourceDSL.lists().of(piece()).ofSizeBetween(0, 12))
        .checkAssert(
            pieces -> {
              String text = String.join(" ", pieces);
              assertThat(VOCABULARY.find(text)).as(text).isEqualTo(reference(text));
              String glued = String.join("", pieces);
              assertThat(VOCABULARY.find(glued)).as(glued).isEqualTo(reference(glued));
            });
  }
}
