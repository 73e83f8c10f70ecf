package dev.caresheet.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void distanceCountsSwapsAsOneEdit() {
    assertThat(Text.distance("causes", "causes")).isZero();
    assertThat(Text.distance("cuases", "causes")).isEqualTo(1);
    assertThat(Text.distance("descripton", "description")).isEqualTo(1);
    assertThat(Text.distance("", "abc")).isEqualTo(3);
    assertThat(Text.distance("kitten", "sitting")).isEqualTo(3);
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
