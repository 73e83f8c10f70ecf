package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  static final String SEED = "../../shared/source/leg-cramps.scraped.txt";

  @TempDir Path dir;

  @Test
  void importsTheSeedToADraftThatValidates() throws IOException {
    Cli.Run run = Cli.run("import", SEED, "--out", dir.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    Path draft = dir.resolve("cramps-in-the-legs.json");
    assertThat(draft).exists();
    assertThat(run.out())
        .contains("(text) -> " + draft)
        .contains("dropped")
        .contains("buy instagram followers")
        .contains("check");
    Cli.Run validate = Cli.run("validate", draft.toString());
    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
  }

  /**
   * The README's import report is this run's: a saved page of our own making (examples/import/)
   * with a byline, a review date, site chrome, spam and a related panel. The expected report is
   * rewritten with {@code -Dcaresheet.update-expected=true}.
   */
  @Test
  void theReadmesExampleReportIsWhatTheImportPrints() throws IOException {
    Path out = dir.resolve("drafts");
    Cli.Run run = Cli.run("import", "../examples/import/hiccups.html", "--out", out.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    String report =
        "$ ./caresheet import examples/import/hiccups.html --out drafts\n"
            + run.out().replace("../examples/", "examples/").replace(out.toString(), "drafts");
    Path expected = Path.of("../examples/import/hiccups.report.txt");
    if (Boolean.getBoolean("caresheet.update-expected")) {
      Files.writeString(expected, report, StandardCharsets.UTF_8);
    }
    assertThat(report).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8))
        .as("the README shows examples/import/hiccups.report.txt as it is")
        .contains("```\n" + report + "```\n");
    Cli.Run validate = Cli.run("validate", out.resolve("hiccups.json").toString());
    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
  }

  @Test
  void neverOverwritesWithoutForce() throws IOException {
    Path draft = dir.resolve("cramps-in-the-legs.yaml");
    Files.writeString(draft, "mine\n");
    Cli.Run run = Cli.run("import", SEED, "--out", dir.toString(), "--yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("already exists; not overwriting it");
    assertThat(Files.readString(draft, StandardCharsets.UTF_8)).isEqualTo("mine\n");
    Cli.Run forced = Cli.run("import", SEED, "--out", dir.toString(), "--yaml", "--force");
    assertThat(forced.exitCode()).isZero();
    assertThat(Files.readString(draft, StandardCharsets.UTF_8))
        .startsWith("# yaml-language-server: $schema=")
        .contains("differentialDiagnoses:");
    assertThat(Cli.run("validate", draft.toString()).exitCode()).isZero();
  }

  @Test
  void aMissingOrUndecodableSourceIsALocatedErrorWithExitTwo() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', 'b', '\n', 'c', (byte) 0xC3, (byte) 0x28});
    Cli.Run run =
        Cli.run(
            "import",
            bad.toString(),
            dir.resolve("missing.txt").toString(),
            "--out",
            dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(bad + ":2:2:")
        .contains("not valid UTF-8")
        .contains("missing.txt: cannot read")
        .doesNotContain("Exception", "\tat ");
    assertThat(Cli.run("import", SEED).exitCode()).isEqualTo(2);
    assertThat(Cli.run("import", SEED, "--out", dir.toString(), "--json", "--yaml").exitCode())
        .isEqualTo(2);
  }

  @Test
  void theLanguageOptionSetsTheDraftsLanguage() throws IOException {
    Cli.Run run = Cli.run("import", SEED, "--out", dir.toString(), "--language", "en-GB");
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("cramps-in-the-legs.json"), StandardCharsets.UTF_8))
        .contains("\"language\": \"en-GB\"");
    assertThat(Cli.run("import", SEED, "--out", dir.toString(), "--language", "no way").exitCode())
        .isEqualTo(2);
  }
}
