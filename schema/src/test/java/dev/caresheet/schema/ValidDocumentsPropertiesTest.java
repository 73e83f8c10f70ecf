package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import dev.caresheet.model.ImmutableCondition;
import dev.caresheet.testing.Generators;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every valid model, written as JSON and as YAML, validates with zero problems and binds back to
 * the same model — so the schema accepts everything the model does, and binding never fails after a
 * clean schema check.
 */
class ValidDocumentsPropertiesTest {

  /** After every generated lastReviewed date (they end in 2024). */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final Validator validator = Validator.builder().clock(CLOCK).build();
  private final ConditionCodec codec = ConditionCodec.defaults();

  @Test
  void everyValidModelWrittenAsJsonValidatesCleanAndBindsToItself() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions(Set.of()))
        .checkAssert(c -> assertClean(c, Format.JSON));
  }

  @Test
  void everyValidModelWrittenAsYamlValidatesCleanAndBindsToItself() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions(Set.of()))
        .checkAssert(c -> assertClean(c, Format.YAML));
  }

  @Test
  void aSetWhoseRelatedIdsNameEachOtherValidatesWithoutWarnings() {
    qt().withExamples(Math.max(1, Generators.examples() / 10))
        .forAll(
            Generators.conditions(Set.of()),
            Generators.conditions(Set.of()),
            Generators.conditions(Set.of()))
        .checkAssert(
            (a, b, c) -> {
              Report set =
                  validator.crossCheck(
                      List.of(
                          member(a, "leg-cramps", Format.JSON, "a.json"),
                          member(b, "night-sweats", Format.YAML, "b.yaml"),
                          member(c, "migraine", Format.JSON, "c.json")));
              assertThat(set.problems()).isEmpty();
              assertThat(set.conditions()).containsOnlyKeys("a.json", "b.yaml", "c.json");
            });
  }

  /** A document of a three-condition set, relating to the other two. */
  private Report member(Condition c, String id, Format format, String source) {
    List<String> others = new ArrayList<>(List.of("leg-cramps", "night-sweats", "migraine"));
    others.remove(id);
    Condition member = ImmutableCondition.copyOf(c).withId(id).withRelated(others);
    return validator.validate(codec.write(member, format), format, source);
  }

  private void assertClean(Condition c, Format format) {
    String text = codec.write(c, format);
    Report report = validator.validate(text, format, "doc");
    assertThat(report.problems()).as(text).isEmpty();
    assertThat(report.condition()).contains(c);
  }
}
