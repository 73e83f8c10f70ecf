package dev.caresheet.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.model.Condition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spec-style tests: documents under {@code src/test/resources/golden} (and the project's leg-cramps
 * example) with the exact text expected beside them, as {@code NAME.WIDTH.txt}.
 *
 * <p>After an intended change of the output, regenerate the expected files with {@code mvn test
 * -Dcaresheet.golden.update=true} and review the diff before committing it.
 */
class GoldenTextTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("caresheet.golden.update");

  @ParameterizedTest(name = "{0} at {1} columns")
  @CsvSource({
    "src/test/resources/golden/all-parts.json, 80, all-parts",
    "src/test/resources/golden/all-parts.json, 40, all-parts",
    "src/test/resources/golden/scripts.json, 20, scripts",
    "src/test/resources/golden/scripts.json, 40, scripts",
    "src/test/resources/golden/ru.json, 60, ru",
    "../examples/content/leg-cramps.json, 80, leg-cramps",
    "../examples/content/leg-cramps.json, 40, leg-cramps",
  })
  void rendersAsExpected(String input, int width, String name) throws IOException {
    Condition condition = ConditionCodec.defaults().read(Path.of(input));
    String actual = TextRenderer.builder().width(width).build().render(condition);
    Path expectedFile = GOLDEN.resolve(name + "." + width + ".txt");
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    }
    assertThat(expectedFile)
        .as(
            "expected output %s; create it with -Dcaresheet.golden.update=true and review it",
            expectedFile)
        .exists();
    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }
}
