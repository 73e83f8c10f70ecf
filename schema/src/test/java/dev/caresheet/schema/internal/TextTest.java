package dev.caresheet.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.testing.Generators;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class TextTest {

  @Test
  void distanceCountsSwapsAsOneEdit() {
    assertThat(Text.distance("causes", "causes")).isZero();
    assertThat(Text.distance("cuases", "causes")).isEqualTo(1);
    assertThat(Text.distance("descripton", "description")).isEqualTo(1);
    assertThat(Text.distance("", "abc")).isEqualTo(3);
    assertThat(Text.distance("kitten", "sitting")).isEqualTo(3);
  }

  /** Ids from a small alphabet, so that near misses, swaps and equal lengths are common. */
  private static Gen<String> id() {
    return SourceDSL.strings().betweenCodePoints('a', 'f').ofLengthBetween(0, 12);
  }

  /** The suggestion as it was before candidates were skipped: every candidate in full. */
  private static String closestInFull(String word, List<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = Text.distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (best == null) {
      return null;
    }
    int allowed = Math.max(1, Math.min(3, Math.max(word.length(), best.length()) / 3));
    return bestDistance <= allowed ? best : null;
  }

  @Test
  void theBoundedDistanceAndTheSkippingSearchGiveTheFullAnswers() {
    QuickTheory.qt()
        .withExamples(Generators.examples())
        .forAll(id(), SourceDSL.lists().of(id()).ofSizeBetween(0, 30))
        .checkAssert(
            (word, candidates) -> {
              for (String c : candidates) {
                int full = Text.distance(word, c);
                int bounded = Text.distance(word, c, 3);
                assertThat(bounded > 3 ? full > 3 : bounded == full).as(word + " " + c).isTrue();
              }
              assertThat(Text.closest(word, candidates)).isEqualTo(closestInFull(word, candidates));
            });
  }

  @Test
  void closestSuggestsOnlyLikelyMisspellings() {
    List<String> known = List.of("causes", "mechanisms", "firstAid", "id");
    assertThat(Text.closest("cuases", known)).isEqualTo("causes");
    assertThat(Text.closest("FirstAid", known)).isEqualTo("firstAid");
    assertThat(Text.closest("first_aid", known)).isEqualTo("firstAid");
    assertThat(Text.closest("author", known)).isNull();
    assertThat(Text.closest("ib", known)).isEqualTo("id");
    assertThat(Text.closest("x", List.of())).isNull();
  }

  @Test
  void showMakesInvisibleCharactersVisibleAndCutsLongValues() {
    assertThat(Text.show("a\nb\tc\r\u0007\u00A0 d")).isEqualTo("`a\\nb\\tc\\r\\u0007\\u00A0 d`");
    assertThat(Text.show("😀")).isEqualTo("`😀`");
    assertThat(Text.show("\uD800")).isEqualTo("`\\uD800`");
    assertThat(Text.show("x".repeat(100))).isEqualTo("`" + "x".repeat(60) + "…`");
  }

  @Test
  void listsReadAsEnglish() {
    assertThat(Text.either(List.of("a", "b", "c"))).isEqualTo("`a`, `b` or `c`");
    assertThat(Text.either(List.of("a"))).isEqualTo("`a`");
    assertThat(Text.list(List.of("a", "b"))).isEqualTo("`a`, `b`");
  }

  @Test
  void slugsAreSuggestedFromTexts() {
    assertThat(SchemaErrors.slugify("Leg Cramps")).isEqualTo("leg-cramps");
    assertThat(SchemaErrors.slugify("--Night__sweats!")).isEqualTo("night-sweats");
    assertThat(SchemaErrors.slugify("Ñandú")).isEqualTo("and");
    assertThat(SchemaErrors.slugify("漢字")).isEmpty();
  }
}
