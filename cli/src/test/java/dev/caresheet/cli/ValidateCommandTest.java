package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import dev.caresheet.testing.Generators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

  static final Path CONTENT = Path.of("../examples/content");

  @TempDir Path dir;

  @Test
  void theExampleContentIsCleanAsASet() {
    Cli.Run run = Cli.run("validate", CONTENT.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("4 files, 0 errors, 0 warnings\n");
  }

  @Test
  void aWarningPassesUnlessStrict() {
    Path alone = CONTENT.resolve("leg-cramps.json");
    Cli.Run run = Cli.run("validate", alone.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(": warning: ")
        .contains("[rule.related-unknown]")
        .endsWith("1 file, 0 errors, 2 warnings\n");
    assertThat(Cli.run("validate", "--strict", alone.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void errorsAreLocatedAndExitOne() throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("bad.json"),
            "{\n  \"id\": \"bad\",\n  \"language\": \"en\",\n  \"name\": \"Bad\",\n  \"cuases\": {}\n}\n");
    Cli.Run run = Cli.run("validate", bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(bad + ":5:3: error: ")
        .contains("[schema.unknown-property] (at /cuases)")
        .contains("\n  hint: ")
        .endsWith("1 file, 1 error, 0 warnings\n");
  }

  @Test
  void jsonOutputCarriesTheSameFields() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "id: bad\nlanguage: en\nname: 42\n");
    Cli.Run run = Cli.run("validate", "--format", "json", bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode report = JsonMapper.shared().readTree(run.out());
    assertThat(report.get("files").asInt()).isEqualTo(1);
    assertThat(report.get("errors").asInt()).isEqualTo(1);
    JsonNode problem = report.get("problems").get(0);
    assertThat(problem.get("source").asString()).isEqualTo(bad.toString());
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("column").asInt()).isEqualTo(7);
    assertThat(problem.get("severity").asString()).isEqualTo("error");
    assertThat(problem.get("pointer").asString()).isEqualTo("/name");
    assertThat(problem.get("code").asString()).isNotBlank();
  }

  @Test
  void usageAndIoErrorsExitTwo() throws IOException {
    assertThat(Cli.run("validate", dir.resolve("missing").toString()).exitCode()).isEqualTo(2);
    Path text = Files.writeString(dir.resolve("notes.txt"), "x");
    Cli.Run run = Cli.run("validate", text.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("caresheet: error: not a .json, .yaml or .yml file: " + text + "\n");
    assertThat(Cli.run("validate", "--threads", "0", CONTENT.toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
  }

  @Test
  void twoThousandGeneratedDocumentsValidateInParallelAsSequentially() throws IOException {
    ConditionCodec codec = ConditionCodec.defaults();
    Set<String> ids = new HashSet<>();
    int written = 0;
    int i = 0;
    for (Condition generated : Generators.sample(Generators.conditions(Set.of()), 2000, 42)) {
      Condition c = generated;
      i++;
      if (!ids.add(c.id())) {
        c = dev.caresheet.model.ImmutableCondition.copyOf(c).withId(c.id() + "-" + i);
        ids.add(c.id());
      }
      Format format = written % 3 == 0 ? Format.YAML : Format.JSON;
      Path sub = dir.resolve("d" + (written % 7));
      Files.createDirectories(sub);
      Files.writeString(
          sub.resolve(c.id() + "." + format.extensions().get(0)), codec.write(c, format));
      written++;
    }
    // One broken file among them.
    Files.writeString(dir.resolve("d3/zz-broken.json"), "{\"id\": \"zz-broken\"}");

    Cli.Run parallel = Cli.run("validate", "--threads", "4", dir.toString());
    Cli.Run sequential = Cli.run("validate", "--threads", "1", dir.toString());
    assertThat(parallel.exitCode()).isEqualTo(1);
    assertThat(parallel.out())
        .endsWith("2001 files, 2 errors, 0 warnings\n")
        .contains("zz-broken.json:1:1: error: ");
    assertThat(parallel).isEqualTo(sequential);
  }
}
