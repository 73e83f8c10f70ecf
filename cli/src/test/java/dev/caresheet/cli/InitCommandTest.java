package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.schema.ConditionSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code caresheet init}, {@code schema --out}, and how {@code new} and {@code validate} use the
 * copy.
 */
class InitCommandTest {

  @TempDir Path dir;

  @Test
  void initWritesAValidRepositoryWhoseFilesNameTheLocalSchema() throws IOException {
    Path repo = dir.resolve("repo");
    Cli.Run run = Cli.run("init", repo.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("wrote " + repo.resolve(".vscode/settings.json"))
        .endsWith(repo + ": 5 files written, 0 kept\n");
    assertThat(Files.readString(repo.resolve("schemas/condition.schema.json")))
        .isEqualTo(SchemaCommand.text());
    JsonNode settings =
        JsonMapper.shared().readTree(Files.readString(repo.resolve(".vscode/settings.json")));
    assertThat(settings.get("json.schemas").get(0).get("url").asString())
        .isEqualTo("./schemas/condition.schema.json");
    assertThat(
            settings.get("yaml.schemas").get("./schemas/condition.schema.json").get(0).asString())
        .isEqualTo("content/**/*.yaml");
    assertThat(Files.readString(repo.resolve(".github/workflows/caresheet.yml")))
        .contains("validate content");
    assertThat(Files.readString(repo.resolve(".editorconfig"))).contains("indent_size = 2");
    // The sample names the copy by its path from the file, and is valid and canonical.
    Path sample = repo.resolve("content/sample.json");
    assertThat(ConditionCodec.defaults().read(sample).schema())
        .contains("../schemas/condition.schema.json");
    assertThat(sample.getParent().resolve("../schemas/condition.schema.json")).isRegularFile();
    Cli.Run validate = Cli.run("validate", repo.resolve("content").toString());
    assertThat(validate.exitCode()).as(validate.out()).isZero();
    assertThat(validate.err()).isEmpty();
    assertThat(Cli.run("fmt", "--check", repo.resolve("content").toString()).exitCode()).isZero();
    try (var listing = Files.walk(repo)) {
      assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(AtomicFiles::isTemporary);
    }
  }

  @Test
  void initNeverOverwritesAFile() throws IOException {
    Files.createDirectories(dir.resolve(".vscode"));
    Files.writeString(dir.resolve(".vscode/settings.json"), "{\"mine\": true}\n");
    Cli.Run run = Cli.run("init", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(dir.resolve(".vscode/settings.json") + ": exists, kept")
        .endsWith(": 4 files written, 1 kept\n");
    assertThat(Files.readString(dir.resolve(".vscode/settings.json")))
        .isEqualTo("{\"mine\": true}\n");
    Cli.Run again = Cli.run("init", dir.toString());
    assertThat(again.out()).endsWith(": 0 files written, 5 kept\n");
  }

  @Test
  void initRefusesAFileAsItsDirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("f"), "x");
    Cli.Run run = Cli.run("init", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a directory").doesNotContain("at dev.");
  }

  @Test
  void newNamesTheNearestCopyByItsPathFromTheFile() throws IOException {
    assertThat(Cli.run("init", dir.toString()).exitCode()).isZero();
    Path deep = dir.resolve("content/a/b");
    assertThat(Cli.run("new", "migraine", "--yaml", "--dir", deep.toString()).exitCode()).isZero();
    String text = Files.readString(deep.resolve("migraine.yaml"));
    assertThat(text)
        .startsWith("# yaml-language-server: $schema=../../../schemas/condition.schema.json\n")
        .contains("$schema: ../../../schemas/condition.schema.json\n");
    assertThat(Cli.run("validate", deep.toString()).exitCode()).isZero();
  }

  @Test
  void schemaOutKeepsACopyInStepAndValidateNotesAnOlderOne() throws IOException {
    Path copy = dir.resolve("schemas/condition.schema.json");
    Files.createDirectories(copy.getParent());
    Files.writeString(
        copy,
        SchemaCommand.text()
            .replace(
                "\"x-version\": \"" + ConditionSchema.VERSION + "\"", "\"x-version\": \"1.0.0\""),
        StandardCharsets.UTF_8);
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(
        content.resolve("a.json"),
        "{\"$schema\": \"../schemas/condition.schema.json\", \"id\": \"a\", \"language\": \"en\", \"name\": \"A\"}\n");

    Cli.Run validate =
        Cli.run("validate", content.toString(), content.resolve("a.json").toString());
    assertThat(validate.exitCode()).isZero();
    assertThat(validate.err())
        .as("one note for the one copy")
        .containsOnlyOnce(
            "is schema 1.0.0, older than this" + " caresheet's " + ConditionSchema.VERSION)
        .contains("caresheet schema --out " + copy);

    Cli.Run out = Cli.run("schema", "--out", copy.toString());
    assertThat(out.exitCode()).isZero();
    assertThat(out.out())
        .isEqualTo("wrote " + copy + ": schema " + ConditionSchema.VERSION + " (was 1.0.0)\n");
    assertThat(Files.readString(copy)).isEqualTo(SchemaCommand.text());
    assertThat(Cli.run("schema", "--out", copy.toString()).out()).endsWith(", unchanged\n");
    assertThat(Cli.run("validate", content.toString()).err()).isEmpty();
    assertThat(Cli.run("schema", "--out", dir.toString()).exitCode()).isEqualTo(2);
  }
}
