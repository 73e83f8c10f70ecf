package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.Format;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Validator#crossCheck(java.util.Collection, Set)}: some documents of a set checked against
 * the ids of the rest, as a build that validates only what changed does.
 */
class CrossCheckOthersTest {

  private static final Validator VALIDATOR = Validator.create();

  private static Report doc(String id, String related, String text) {
    String json =
        "{\n  \"id\": \""
            + id
            + "\",\n  \"language\": \"en\",\n  \"name\": \"Name of "
            + id
            + "\",\n  \"description\": [\""
            + text
            + "\"],\n  \"related\": ["
            + related
            + "]\n}\n";
    return VALIDATOR.validate(json, Format.JSON, id + ".json");
  }

  @Test
  void theOtherIdsCountAsConditionsOfTheSet() {
    Report changed = doc("leg-cramps", "\"migraine\"", "See [migraine](condition:migraine).");
    assertThat(VALIDATOR.crossCheck(List.of(changed)).problems())
        .extracting(Problem::code)
        .containsExactlyInAnyOrder(Codes.RULE_RELATED_UNKNOWN, Codes.RULE_LINK_CONDITION_UNKNOWN);
    assertThat(VALIDATOR.crossCheck(List.of(changed), Set.of("migraine")).problems()).isEmpty();
  }

  @Test
  void theResultIsThatOfTheWholeSet() {
    Report changed = doc("leg-cramps", "\"migraine\", \"unknown-one\"", "Text.");
    Report other = doc("migraine", "\"leg-cramps\"", "Text.");
    Report whole = VALIDATOR.crossCheck(List.of(changed, other));
    Report part = VALIDATOR.crossCheck(List.of(changed), Set.of("migraine"));
    assertThat(part.problems()).isEqualTo(whole.problems());
    assertThat(part.problems())
        .extracting(Problem::code)
        .containsExactly(Codes.RULE_RELATED_UNKNOWN);
  }

  @Test
  void reusingAnotherDocumentsIdIsAnError() {
    Report changed = doc("migraine", "", "Text.");
    Report report = VALIDATOR.crossCheck(List.of(changed), Set.of("migraine"));
    assertThat(report.isValid()).isFalse();
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Codes.RULE_UNIQUE_CONDITION_ID);
              assertThat(p.message()).contains("another document of the set");
              assertThat(p.pointer()).isEqualTo("/id");
            });
  }
}
