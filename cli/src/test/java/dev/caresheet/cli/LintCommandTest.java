package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code caresheet lint}: the curated examples' report, exit codes and --strict, and the SARIF,
 * GitHub and JSON outputs. The SARIF output validates against the SARIF 2.1.0 schema ({@code
 * sarif-2.1.0-rtm.5.json}, from Microsoft's npm package {@code @microsoft/jest-sarif} 1.0.0-beta.0,
 * MIT licence; vendored, so no network is needed).
 */
class LintCommandTest {

  static final Path EXPECTED = Path.of("src/test/resources/lint-examples-content.txt");

  @BeforeEach
  void fixTheClock() {
    LintCommand.clock = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
  }

  @AfterEach
  void restoreTheClock() {
    LintCommand.clock = Clock.systemDefaultZone();
  }

  @Test
  void theCuratedExamplesLintAsDocumented() throws IOException {
    Cli.Run run = Cli.run("lint", "../examples/content");
    assertThat(run.err()).isEmpty();
    String actual = run.out().replace("../examples/", "examples/");
    if (Boolean.getBoolean("caresheet.update-expected")) {
      Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void exitCodesFollowValidate() {
    assertThat(Cli.run("lint", "../examples/lint/editorial-spam.json").exitCode()).isEqualTo(1);
    assertThat(Cli.run("lint", "../examples/lint/editorial-no-references.json").exitCode())
        .isZero();
    assertThat(
            Cli.run("lint", "--strict", "../examples/lint/editorial-no-references.json").exitCode())
        .isEqualTo(1);
    Cli.Run invalid = Cli.run("lint", "../examples/invalid/schema-type.json");
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.out()).contains("[schema.type]").doesNotContain("editorial.");
    assertThat(Cli.run("lint", "no-such-file.json").exitCode()).isEqualTo(2);
  }

  @Test
  void githubAnnotations() {
    Cli.Run run = Cli.run("lint", "--format", "github", "../examples/lint/editorial-spam.json");
    assertThat(run.out().lines().toList())
        .singleElement()
        .asString()
        .startsWith(
            "::error file=../examples/lint/editorial-spam.json,line=9,col=6,"
                + "title=editorial.spam::`buy instagram followers` is spam");
  }

  @Test
  void jsonReport() {
    Cli.Run run = Cli.run("lint", "--format", "json", "../examples/lint/editorial-spam.json");
    JsonNode report = JsonMapper.shared().readTree(run.out());
    assertThat(report.path("errors").asInt()).isEqualTo(1);
    assertThat(report.path("problems").path(0).path("code").asString()).isEqualTo("editorial.spam");
  }

  @Test
  void sarifValidatesAgainstTheSarif210SchemaAndItsFingerprintsAreStable() throws IOException {
    Cli.Run run =
        Cli.run(
            "lint",
            "--format",
            "sarif",
            "../examples/lint",
            "../examples/invalid/schema-type.json");
    JsonNode sarif = JsonMapper.shared().readTree(run.out());
    List<Error> errors = sarifSchema().validate(sarif);
    assertThat(errors).isEmpty();
    JsonNode results = sarif.path("runs").path(0).path("results");
    assertThat(results.size()).isGreaterThan(15);
    JsonNode rules = sarif.path("runs").path(0).path("tool").path("driver").path("rules");
    for (JsonNode r : results) {
      assertThat(rules.path(r.path("ruleIndex").asInt()).path("id").asString())
          .isEqualTo(r.path("ruleId").asString());
      assertThat(
              r.path("locations")
                  .path(0)
                  .path("physicalLocation")
                  .path("region")
                  .path("startLine")
                  .asInt())
          .isPositive();
    }
    assertThat(rules.path(0).path("help").path("text").asString()).isNotBlank();
    Cli.Run again =
        Cli.run(
            "lint",
            "--format",
            "sarif",
            "--threads",
            "1",
            "../examples/lint",
            "../examples/invalid/schema-type.json");
    assertThat(again.out()).isEqualTo(run.out());
  }

  static Schema sarifSchema() throws IOException {
    try (InputStream in = LintCommandTest.class.getResourceAsStream("/sarif-2.1.0-rtm.5.json")) {
      JsonNode json = JsonMapper.shared().readTree(in);
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_4,
              b -> b.schemaLoader(l -> l.fetchRemoteResources(false)));
      return registry.getSchema(SchemaLocation.of(json.path("id").asString()), json);
    }
  }
}
