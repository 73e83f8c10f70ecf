package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.ContentException;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;

/**
 * Fuzzes validation: any bytes, as JSON or YAML, give a report — never an exception. Every problem
 * is located (line and column from 1, a code, a message); a report without errors holds the
 * document, and the codec reads the same bytes to the same document.
 *
 * <p>{@code mvn verify} replays the regression inputs in {@code
 * src/test/resources/dev/caresheet/schema/ValidatorFuzzTestInputs/validate/}; {@code JAZZER_FUZZ=1}
 * fuzzes (docs/SECURITY.md).
 */
class ValidatorFuzzTest {
  private static final Validator VALIDATOR = Validator.create();

  @FuzzTest(maxDuration = "30s")
  void validate(FuzzedDataProvider data) {
    Format format = data.consumeBoolean() ? Format.YAML : Format.JSON;
    byte[] bytes = data.consumeRemainingAsBytes();
    Report report = VALIDATOR.validate(bytes, format, "fuzz");
    for (Problem problem : report.problems()) {
      assertThat(problem.line()).as("%s", problem.toText()).isPositive();
      assertThat(problem.column()).as("%s", problem.toText()).isPositive();
      assertThat(problem.code()).isNotBlank();
      assertThat(problem.message()).isNotBlank();
      assertThat(problem.source()).isEqualTo("fuzz");
    }
    if (report.errorCount() == 0) {
      Condition condition = report.condition().orElseThrow();
      Condition read;
      try {
        read = ConditionCodec.defaults().read(bytes, format, "fuzz");
      } catch (ContentException e) {
        throw new AssertionError(
            "the validator accepted what the codec refuses: " + e.getMessage(), e);
      }
      assertThat(read).isEqualTo(condition);
    }
  }
}
