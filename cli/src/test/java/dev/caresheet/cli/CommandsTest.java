package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.model.Condition;
import dev.caresheet.schema.ConditionSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small commands, the root command and the exit codes for usage errors. */
class CommandsTest {

  @TempDir Path dir;

  @Test
  void versionNamesTheProjectVersion() {
    Cli.Run run = Cli.run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("caresheet 0.").contains("Java ");
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Cli.Run run = Cli.run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("validate", "render", "fmt", "schema", "new", "init", "Exit codes:");
  }

  @Test
  void everySubcommandHasHelpWithExamples() {
    for (String command : new String[] {"validate", "render", "fmt", "schema", "new", "init"}) {
      Cli.Run run = Cli.run(command, "--help");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: caresheet " + command, "Examples:");
    }
  }

  @Test
  void unknownCommandsAndOptionsAreUsageErrorsWithoutStackTraces() {
    Cli.Run run = Cli.run("valdate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("caresheet: error:")
        .contains("validate")
        .doesNotContain("at dev.");
    assertThat(Cli.run("fmt", "--check", "--write", ".").exitCode()).isEqualTo(2);
    assertThat(Cli.run().exitCode()).isEqualTo(2);
  }

  @Test
  void schemaPrintsThePublishedSchema() {
    Cli.Run run = Cli.run("schema");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            ConditionSchema.text().endsWith("\n")
                ? ConditionSchema.text()
                : ConditionSchema.text() + "\n");
  }

  @Test
  void newWritesAMinimalValidDocumentAndNeverOverwrites() throws IOException {
    Cli.Run run = Cli.run("new", "anorexia-nervosa", "--dir", dir.toString());
    assertThat(run.exitCode()).isZero();
    Path file = dir.resolve("anorexia-nervosa.json");
    Condition created = ConditionCodec.defaults().read(file);
    assertThat(created.name()).isEqualTo("Anorexia nervosa");
    assertThat(created.schema()).contains(ConditionSchema.ID);
    assertThat(Cli.run("validate", file.toString()).exitCode()).isZero();

    Cli.Run again = Cli.run("new", "anorexia-nervosa", "--dir", dir.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("already exists");
  }

  @Test
  void newYamlNamesTheSchemaForTheYamlLanguageServer() throws IOException {
    assertThat(Cli.run("new", "migraine", "--yaml", "--dir", dir.toString()).exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("migraine.yaml")))
        .startsWith("# yaml-language-server: $schema=" + ConditionSchema.ID + "\n");
    assertThat(Cli.run("fmt", "--check", dir.toString()).exitCode()).isZero();
  }

  @Test
  void newRefusesAnIdThatIsNotASlug() {
    Cli.Run run = Cli.run("new", "Leg Cramps", "--dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("slug");
  }
}
