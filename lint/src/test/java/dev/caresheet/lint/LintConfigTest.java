package dev.caresheet.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.schema.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** caresheet.yaml: its schema, its located errors, severities, thresholds and overrides. */
class LintConfigTest {

  @TempDir Path dir;

  @Test
  void theRepositoryCopyOfTheSchemaIsTheResource() throws IOException {
    byte[] resource;
    try (InputStream in = LintConfig.class.getResourceAsStream(LintConfig.SCHEMA_RESOURCE)) {
      resource = in.readAllBytes();
    }
    assertThat(Files.readAllBytes(LintExamplesTest.ROOT.resolve("schemas/lint-config.schema.json")))
        .isEqualTo(resource);
  }

  @Test
  void theSchemaNamesEveryConfigurableRuleWithItsThresholds() throws IOException {
    JsonNode schema;
    try (InputStream in = LintConfig.class.getResourceAsStream(LintConfig.SCHEMA_RESOURCE)) {
      schema = JsonMapper.shared().readTree(in);
    }
    JsonNode rules = schema.path("$defs").path("rules").path("properties");
    Set<String> named = new TreeSet<>(rules.propertyNames());
    assertThat(named)
        .isEqualTo(
            Stream.of(LintCode.values())
                .filter(LintCode::configurable)
                .map(LintCode::code)
                .collect(Collectors.toCollection(TreeSet::new)));
    for (LintCode code : LintCode.values()) {
      if (code.configurable()) {
        JsonNode props = rules.path(code.code()).path("oneOf").path(1).path("properties");
        Set<String> thresholds = new TreeSet<>(props.propertyNames());
        thresholds.remove("severity");
        assertThat(thresholds).as(code.code()).isEqualTo(code.thresholds().keySet());
      }
    }
  }

  @Test
  void anInvalidConfigurationIsReportedWhereItIsWrong() throws IOException {
    Path file = dir.resolve(LintConfig.FILE_NAME);
    Files.writeString(
        file,
        "rules:\n  editorial.spam: loud\n  editorial.long-sentence:\n"
            + "    max-words: many\nrulez: {}\n");
    List<Problem> problems = LintConfig.read(file).problems();
    assertThat(problems)
        .extracting(p -> p.line() + ":" + p.column() + " " + p.pointer())
        .contains("2:19 /rules/editorial.spam", "4:16 /rules/editorial.long-sentence/max-words");
    assertThat(problems)
        .allSatisfy(
            p -> {
              assertThat(p.code()).isEqualTo("editorial.config");
              assertThat(p.isError()).isTrue();
            });
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("rulez"));
  }

  @Test
  void malformedYamlIsAConfigurationError() throws IOException {
    Path file = dir.resolve(LintConfig.FILE_NAME);
    Files.writeString(file, "rules: [\n");
    assertThat(LintConfig.read(file).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("editorial.config"));
  }

  @Test
  void severitiesThresholdsAndOverrides() throws IOException {
    Path config = dir.resolve(LintConfig.FILE_NAME);
    Files.writeString(
        config,
        """
        rules:
          editorial.site-chrome: error
          editorial.long-sentence: {max-words: 5}
        overrides:
          - paths: ["drafts/**"]
            rules:
              editorial.site-chrome: off
        """);
    LintConfig read = LintConfig.read(config);
    assertThat(read.problems()).isEmpty();
    Linter linter = Linter.builder().clock(LintExamplesTest.CLOCK).config(read).build();
    String doc =
        RulesTest.CLEAN
            .replace("DESCRIPTION", "Read more")
            .replace("EXTRA", "")
            .replace("MODIFIED", "2026-06-01")
            .replace("REVIEWED", "2026-06-01")
            .replace("NEXT", "2027-06-01");
    Path top = dir.resolve("top.yaml");
    Files.writeString(top, doc);
    Files.createDirectories(dir.resolve("drafts/a"));
    Path draft = dir.resolve("drafts/a/draft.yaml");
    Files.writeString(draft, doc);
    assertThat(linter.lint(top).findings())
        .singleElement()
        .satisfies(p -> assertThat(p.isError()).isTrue());
    assertThat(linter.lint(draft).findings()).isEmpty();
    Path wordy = dir.resolve("wordy.yaml");
    Files.writeString(wordy, doc.replace("Read more", "One two three four five six."));
    assertThat(linter.lint(wordy).findings())
        .extracting(Problem::code)
        .containsExactly("editorial.long-sentence");
    assertThat(LintConfig.find(draft)).contains(config.toAbsolutePath());
  }
}
