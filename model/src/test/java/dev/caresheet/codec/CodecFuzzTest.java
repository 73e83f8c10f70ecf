package dev.caresheet.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.caresheet.model.Condition;

/**
 * Fuzzes reading: any bytes, as JSON or as YAML, either read as a document or are refused with a
 * {@link ContentException} at a place in the file — never another exception, a hang or an {@link
 * OutOfMemoryError}. What reads must write canonically and read back to the same document.
 *
 * <p>{@code mvn verify} replays the regression inputs in {@code
 * src/test/resources/dev/caresheet/codec/CodecFuzzTestInputs/read/}; {@code JAZZER_FUZZ=1} fuzzes
 * (docs/SECURITY.md).
 */
class CodecFuzzTest {
  private static final ConditionCodec CODEC = ConditionCodec.defaults();

  @FuzzTest(maxDuration = "30s")
  void read(FuzzedDataProvider data) {
    Format format = data.consumeBoolean() ? Format.YAML : Format.JSON;
    byte[] bytes = data.consumeRemainingAsBytes();
    Condition condition;
    try {
      condition = CODEC.read(bytes, format, "fuzz." + format.name().toLowerCase());
    } catch (ContentException e) {
      assertThat(e.line()).as("line of %s", e).isPositive();
      assertThat(e.column()).as("column of %s", e).isPositive();
      assertThat(e.reason()).isNotBlank();
      assertThat(e.getMessage()).startsWith("fuzz.");
      return;
    }
    for (Format out : Format.values()) {
      String written = CODEC.write(condition, out);
      Condition again = CODEC.read(written, out, "written");
      assertThat(again).isEqualTo(condition);
      assertThat(CODEC.write(again, out)).isEqualTo(written);
      assertThat(CODEC.reformat(written, out, "written")).isEqualTo(written);
    }
  }
}
