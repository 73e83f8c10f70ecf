package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  static final Path LEG_CRAMPS = Path.of("../examples/content/leg-cramps.json");

  @TempDir Path dir;

  @Test
  void rendersTheExampleAsTextToStdout() {
    Cli.Run run = Cli.run("render", "--format", "text", "--width", "60", LEG_CRAMPS.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Leg cramps\n").contains("Causes of night-time leg cramps");
    assertThat(run.out().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
  }

  @Test
  void rendersPagesIntoADirectoryNamedById() throws IOException {
    Cli.Run run =
        Cli.run(
            "render", "--format", "html", "--page", "--out", dir.toString(), "../examples/content");
    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("leg-cramps.html")).exists();
    assertThat(dir.resolve("migraine.html")).exists();
    assertThat(Files.readString(dir.resolve("leg-cramps.html"))).startsWith("<!DOCTYPE html>");
  }

  @Test
  void refusesInvalidDocumentsAndSaysWhy() throws IOException {
    Path bad =
        Files.writeString(dir.resolve("bad.json"), "{\"id\": \"bad\", \"language\": \"en\"}");
    Cli.Run run = Cli.run("render", "--format", "text", bad.toString(), LEG_CRAMPS.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(bad + ":1:1: error: ")
        .contains("not rendered: 1 invalid document");
    assertThat(run.out()).startsWith("Leg cramps\n");
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheInstalledOnes() {
    Cli.Run run = Cli.run("render", "--format", "pdf", LEG_CRAMPS.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("caresheet: error: unknown format \"pdf\"; available: html, text\n");
    assertThat(
            Cli.run("render", "--format", "text", "--width", "5", LEG_CRAMPS.toString()).exitCode())
        .isEqualTo(2);
  }
}
