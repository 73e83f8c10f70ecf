package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.testing.Generators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {

  @TempDir Path dir;

  private static final String MESSY =
      "{\"name\": \"Leg cramps\", \"language\": \"en\", \"id\": \"leg-cramps\"}";
  private static final String CANONICAL =
      "{\n  \"id\": \"leg-cramps\",\n  \"language\": \"en\",\n  \"name\": \"Leg cramps\"\n}\n";

  @Test
  void checkListsFilesThatWouldChangeAndExitsOne() throws IOException {
    Path messy = Files.writeString(dir.resolve("a.json"), MESSY);
    Files.writeString(dir.resolve("b.json"), CANONICAL);
    Cli.Run run = Cli.run("fmt", "--check", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(messy + "\n");
    assertThat(run.err()).contains("2 files, 1 would change");
    assertThat(Files.readString(messy)).isEqualTo(MESSY);
  }

  @Test
  void writeRewritesAtomicallyKeepsPermissionsAndThenCheckIsClean() throws IOException {
    Path messy = Files.writeString(dir.resolve("a.json"), MESSY);
    Files.setPosixFilePermissions(messy, PosixFilePermissions.fromString("rw-rw----"));
    Cli.Run write = Cli.run("fmt", "--write", dir.toString());
    assertThat(write.exitCode()).isZero();
    assertThat(write.out()).isEqualTo("formatted " + messy + "\n");
    assertThat(Files.readString(messy)).isEqualTo(CANONICAL);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(messy)))
        .isEqualTo("rw-rw----");
    assertThat(Cli.run("fmt", "--check", dir.toString()).exitCode()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(messy);
    }
  }

  @Test
  void withoutAModePrintsTheCanonicalForm() throws IOException {
    Path messy = Files.writeString(dir.resolve("a.json"), MESSY);
    Cli.Run run = Cli.run("fmt", messy.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(CANONICAL);
  }

  @Test
  void neverTouchesAFileThatDoesNotParse() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "id: [unclosed\n");
    Cli.Run run = Cli.run("fmt", "--write", broken.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(broken + ":1:14: error: ").contains("[syntax]");
    assertThat(Files.readString(broken)).isEqualTo("id: [unclosed\n");
  }

  @Test
  void refusesToDropYamlCommentsButKeepsTheLeadingOnes() throws IOException {
    Path kept =
        Files.writeString(
            dir.resolve("kept.yaml"),
            "# yaml-language-server: $schema=x\nname: Leg cramps\nid: leg-cramps\nlanguage: en\n");
    Path refused =
        Files.writeString(
            dir.resolve("refused.yaml"),
            "id: leg-cramps # the slug\nlanguage: en\nname: Leg cramps\n");
    Cli.Run run = Cli.run("fmt", "--write", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Files.readString(kept))
        .isEqualTo(
            "# yaml-language-server: $schema=x\nid: leg-cramps\nlanguage: en\nname: Leg cramps\n");
    assertThat(Files.readString(refused)).startsWith("id: leg-cramps # the slug");
    assertThat(run.err()).contains(refused + ":1:").contains("would lose this comment");
  }

  @Test
  void missingPathsAreUsageErrors() {
    Cli.Run run = Cli.run("fmt", "--check", dir.resolve("nope.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or directory").doesNotContain("Exception");
  }

  @Test
  void checkAfterWriteIsCleanForGeneratedDocuments() {
    ConditionCodec codec = ConditionCodec.defaults();
    // A quarter of the usual examples: each one runs the command twice on real files, with fsync.
    qt().withExamples(Math.max(1, Generators.examples() / 4))
        .forAll(Generators.conditions())
        .checkAssert(
            condition -> {
              try {
                Path json = dir.resolve("doc.json");
                Path yaml = dir.resolve("doc.yaml");
                // Valid but not canonical: re-indented JSON, YAML in flow style.
                Files.writeString(
                    json,
                    codec.write(condition, Format.JSON).replace("\n  ", "\n    "),
                    StandardCharsets.UTF_8);
                Files.writeString(
                    yaml, codec.write(condition, Format.JSON), StandardCharsets.UTF_8);
                assertThat(Cli.run("fmt", "--write", json.toString(), yaml.toString()).exitCode())
                    .isZero();
                assertThat(Cli.run("fmt", "--check", json.toString(), yaml.toString()).exitCode())
                    .isZero();
                assertThat(codec.read(yaml)).isEqualTo(condition);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }
}
