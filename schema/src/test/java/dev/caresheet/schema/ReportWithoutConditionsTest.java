package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.Format;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Report#withoutConditions()}: the same findings across files, without the documents. */
class ReportWithoutConditionsTest {

  private static final Validator VALIDATOR = Validator.create();

  private static String doc(String id, String related) {
    return "{\n  \"id\": \""
        + id
        + "\",\n  \"language\": \"en\",\n  \"name\": \"Name of "
        + id
        + "\",\n  \"related\": ["
        + related
        + "]\n}\n";
  }

  @Test
  void crossCheckFindsTheSameProblemsWithoutTheDocuments() {
    List<String> texts =
        List.of(
            doc("leg-cramps", "\"migraine\", \"unknown-one\""),
            doc("migraine", "\"leg-cramps\""),
            doc("migraine", ""),
            "{\"id\": \"Bad Id\"}");
    List<Report> full = new ArrayList<>();
    List<Report> slim = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Report report = VALIDATOR.validate(texts.get(i), Format.JSON, "doc-" + i + ".json");
      full.add(report);
      slim.add(report.withoutConditions());
      assertThat(report.withoutConditions().conditions()).isEmpty();
      assertThat(report.withoutConditions().problems()).isEqualTo(report.problems());
      assertThat(report.withoutConditions().sources()).isEqualTo(report.sources());
    }
    Report withDocuments = VALIDATOR.crossCheck(full);
    Report without = VALIDATOR.crossCheck(slim);
    assertThat(without.problems()).isEqualTo(withDocuments.problems());
    assertThat(without.problems())
        .extracting(Problem::code)
        .contains(Codes.RULE_UNIQUE_CONDITION_ID, Codes.RULE_RELATED_UNKNOWN);
    assertThat(withDocuments.conditions()).containsOnlyKeys("doc-0.json");
    assertThat(without.conditions()).isEmpty();
  }
}
