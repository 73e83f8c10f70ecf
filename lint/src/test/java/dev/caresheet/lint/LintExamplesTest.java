package dev.caresheet.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.schema.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example under {@code examples/lint/} gives exactly the report checked in beside it ({@code
 * name.expected.txt}), on 1 December 2026; the files of {@code set/} are linted together, and
 * {@code config/} with its {@code caresheet.yaml}. Every code of {@link LintCode} has its example,
 * named after it. Rewrite the reports with {@code -Dcaresheet.update-expected=true} and review the
 * diff.
 */
class LintExamplesTest {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path EXAMPLES = ROOT.resolve("examples/lint");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
  private static final boolean UPDATE = Boolean.getBoolean("caresheet.update-expected");

  private final Linter linter = Linter.builder().clock(CLOCK).build();

  @TestFactory
  Stream<DynamicTest> everyExampleGivesItsExpectedReport() throws IOException {
    return documents(EXAMPLES).stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      LintReport report = linter.lintAll(List.of(relative(file)));
                      check(expected(file), report);
                      assertThat(report.problems()).isNotEmpty();
                    }));
  }

  @Test
  void theSetGivesItsExpectedReport() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path f : documents(EXAMPLES.resolve("set"))) {
      files.add(relative(f));
    }
    check(EXAMPLES.resolve("set.expected.txt"), linter.lintAll(files));
  }

  @Test
  void theConfigurationExampleGivesItsExpectedReport() throws IOException {
    Path dir = EXAMPLES.resolve("config");
    Linter configured =
        Linter.builder()
            .clock(CLOCK)
            .config(LintConfig.read(relative(dir.resolve(LintConfig.FILE_NAME))))
            .build();
    check(
        EXAMPLES.resolve("config.expected.txt"),
        configured.lintAll(List.of(relative(dir.resolve("editorial-config.json")))));
  }

  @Test
  void everyCodeHasItsExample() throws IOException {
    Set<String> shown = new TreeSet<>();
    for (Path f :
        Files.list(EXAMPLES).filter(p -> p.toString().endsWith(".expected.txt")).toList()) {
      for (String line : Files.readAllLines(f)) {
        int open = line.lastIndexOf(" [editorial.");
        if (open >= 0) {
          shown.add(line.substring(open + 2, line.indexOf(']', open)));
        }
      }
    }
    Set<String> all =
        Stream.of(LintCode.values())
            .map(LintCode::code)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(shown).isEqualTo(all);
    for (LintCode code : LintCode.values()) {
      String name = code.code().replace('.', '-');
      boolean example =
          Files.exists(EXAMPLES.resolve(name + ".json"))
              || Files.exists(EXAMPLES.resolve("config/" + name + ".json"))
              || code == LintCode.DUPLICATE_PARAGRAPH;
      assertThat(example).as(code.code()).isTrue();
    }
  }

  /**
   * The seed's spam line and its "Recommended to read:" each give one finding, at the line and
   * column where the phrase starts.
   */
  @Test
  void theSeedsSpamLineAndRecommendedToReadGiveOneFindingEach() {
    LintReport report = linter.lintAll(List.of(relative(EXAMPLES.resolve("seed-leg-cramps.yaml"))));
    assertThat(report.problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.code() + " " + p.pointer())
        .containsExactly(
            "8:5 editorial.spam /description/1", "12:8 editorial.site-chrome /causes/intro/0");
  }

  static Path relative(Path file) {
    return Path.of("").toAbsolutePath().relativize(file);
  }

  static List<Path> documents(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p ->
                  p.toString().matches(".*\\.(json|yaml|yml)$")
                      && !p.getFileName().toString().equals(LintConfig.FILE_NAME))
          .sorted()
          .toList();
    }
  }

  static Path expected(Path file) {
    String name = file.getFileName().toString();
    String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return file.resolveSibling(base + ".expected.txt");
  }

  static void check(Path expected, LintReport report) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Problem p : report.problems()) {
      sb.append(p.toText().replace("../examples/", "examples/")).append('\n');
    }
    String actual = sb.toString();
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
