package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@code caresheet validate examples/invalid} prints exactly the documented output, with exit code
 * 1. The expected output is {@code src/test/resources/validate-examples-invalid.txt}, written as if
 * run from the repository root; {@code {today}} stands for the day the test runs. Regenerate it
 * with {@code -Dcaresheet.update-expected=true}.
 */
class InvalidExamplesTest {

  static final Path EXPECTED = Path.of("src/test/resources/validate-examples-invalid.txt");

  @Test
  void validateExamplesInvalidPrintsTheDocumentedOutput() throws IOException {
    Cli.Run run = Cli.run("validate", "../examples/invalid");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    String actual =
        run.out()
            .replace("../examples/", "examples/")
            .replace("today is " + LocalDate.now(), "today is {today}");
    if (Boolean.getBoolean("caresheet.update-expected")) {
      Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
  }
}
