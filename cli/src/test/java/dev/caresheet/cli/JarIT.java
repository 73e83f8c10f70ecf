package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run with {@code java -jar} as users run it. */
class JarIT {

  static final Path JAR = Path.of("target/caresheet.jar");

  @TempDir Path dir;

  record Result(int exitCode, String out, String err) {}

  static Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("NO_COLOR", "1");
    Path out = Files.createTempFile("caresheet-out", ".txt");
    Path err = Files.createTempFile("caresheet-err", ".txt");
    builder
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("caresheet did not finish in 60 s: " + command);
    }
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  @Test
  void version() throws Exception {
    Result r = java("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("caresheet 0.");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void validatesTheExampleContentCleanlyWithNothingOnStderr() throws Exception {
    Result r = java("validate", "../examples/content");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("4 files, 0 errors, 0 warnings\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void rendersWithTheFormatsFoundThroughServiceLoaderInTheShadedJar() throws Exception {
    Result text = java("render", "--format", "text", "../examples/content/leg-cramps.json");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).startsWith("Leg cramps\n");
    Result html =
        java("render", "--format", "html", "--page", "../examples/content/leg-cramps.json");
    assertThat(html.exitCode()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>");
  }

  @Test
  void everyExitCode() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"id\": \"bad\"");
    assertThat(java("validate", "../examples/content").exitCode()).isEqualTo(0);
    Result content = java("validate", bad.toString());
    assertThat(content.exitCode()).isEqualTo(1);
    assertThat(content.out()).startsWith(bad + ":1:");
    Result usage = java("validate", dir.resolve("missing.json").toString());
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err())
        .startsWith("caresheet: error: no such file or directory")
        .doesNotContain("\tat ");
  }
}
