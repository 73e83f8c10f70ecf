package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.Format;
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
 * The example content validates clean, and every hand-written broken file under {@code
 * examples/invalid/} gives exactly the report checked in beside it ({@code name.expected.txt}). The
 * files in {@code examples/invalid/set/} are validated together, for the rules across files.
 *
 * <p>To rewrite the expected reports after an intended change of wording, run with {@code
 * -Dcaresheet.update-expected=true} and review the diff.
 */
class ExamplesTest {

  /** The repository root, from the module directory the tests run in. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static final Path INVALID = ROOT.resolve("examples/invalid");
  static final Path CONTENT = ROOT.resolve("examples/content");

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);
  private static final boolean UPDATE = Boolean.getBoolean("caresheet.update-expected");

  private final Validator validator = Validator.builder().clock(CLOCK).build();

  /** Real content is reviewed up to today, so it is checked against the real clock. */
  private final Validator today = Validator.create();

  @TestFactory
  Stream<DynamicTest> everyBrokenExampleGivesItsExpectedReport() throws IOException {
    return documents(INVALID).stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String source = ROOT.relativize(file).toString().replace('\\', '/');
                      byte[] bytes = Files.readAllBytes(file);
                      Report report =
                          validator.validate(
                              bytes, Format.of(file).orElseThrow(), source, file.getParent());
                      check(expectedFile(file), report);
                      assertThat(report.errorCount() + report.warningCount()).isPositive();
                      assertThat(report.problems())
                          .allSatisfy(p -> assertThat(p.line()).isPositive());
                    }));
  }

  /**
   * Schema 1.1 is additive: the example documents as they were at 1.0 (kept under {@code
   * src/test/resources/compat/1.0}) still validate without an error. A section named like a part
   * that 1.1 added is a warning, not an error, while the document has no such part.
   */
  @Test
  void theDocumentsOfVersion10StillValidate() throws IOException {
    List<Path> files = documents(Path.of("src/test/resources/compat/1.0"));
    assertThat(files).hasSize(3);
    for (Path file : files) {
      Report report = today.validate(file);
      assertThat(report.errorCount()).as(report.toText()).isZero();
      assertThat(report.problems())
          .as(file.toString())
          .allSatisfy(p -> assertThat(p.code()).isEqualTo(Codes.RULE_RESERVED_ID));
    }
  }

  @Test
  void theSetGivesItsExpectedReport() throws IOException {
    List<Path> files = documents(INVALID.resolve("set"));
    List<Report> reports = new ArrayList<>();
    for (Path file : files) {
      reports.add(
          validator.validate(
              Files.readAllBytes(file),
              Format.of(file).orElseThrow(),
              ROOT.relativize(file).toString().replace('\\', '/')));
    }
    check(INVALID.resolve("set.expected.txt"), validator.crossCheck(reports));
  }

  @Test
  void everyCodeThatAFileCanBreakHasABrokenExample() throws IOException {
    Set<String> shown = new TreeSet<>();
    for (Path expected : expectedFiles()) {
      for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
        int open = line.lastIndexOf(" [");
        int close = line.indexOf(']', open + 1);
        if (open >= 0 && close > open && !line.startsWith("  hint:")) {
          shown.add(line.substring(open + 2, close));
        }
      }
    }
    Set<String> expected = new TreeSet<>(Codes.ALL);
    // Not about a file's content: reading errors, and the two codes that mean a bug of ours.
    expected.removeAll(Set.of(Codes.IO, Codes.FILE_TYPE, Codes.MODEL, Codes.SCHEMA_OTHER));
    assertThat(shown).containsExactlyElementsOf(expected);
  }

  @Test
  void atLeastThreeBrokenExamplesHaveAYamlTwin() throws IOException {
    Set<String> json = names(Format.JSON);
    Set<String> yaml = names(Format.YAML);
    yaml.retainAll(json);
    assertThat(yaml).hasSizeGreaterThanOrEqualTo(3);
  }

  @TestFactory
  Stream<DynamicTest> theExampleContentValidatesClean() throws IOException {
    List<Path> files = documents(CONTENT);
    assertThat(files).extracting(f -> f.getFileName().toString()).contains("leg-cramps.json");
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      Report report = today.validate(file);
                      assertThat(report.problems()).isEmpty();
                      assertThat(report.condition()).isPresent();
                    }));
  }

  @Test
  void theExampleContentValidatesCleanAsASet() throws IOException {
    Report report = today.validateAll(documents(CONTENT));
    assertThat(report.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(report.conditions()).hasSameSizeAs(report.sources());
  }

  private static void check(Path expectedFile, Report report) throws IOException {
    String actual = report.toText();
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    }
    assertThat(expectedFile).as("the expected report beside the example").exists();
    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }

  private static Path expectedFile(Path file) {
    String name = file.getFileName().toString();
    String base = name.substring(0, name.lastIndexOf('.'));
    String ext = name.substring(name.lastIndexOf('.') + 1);
    return file.resolveSibling(base + (ext.equals("json") ? "" : "." + ext) + ".expected.txt");
  }

  private static Set<String> names(Format format) throws IOException {
    return documents(INVALID).stream()
        .filter(f -> Format.of(f).orElseThrow() == format)
        .map(f -> f.getFileName().toString().replaceAll("\\.[a-z]+$", ""))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Path> expectedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(INVALID)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".expected.txt"))
          .sorted()
          .toList();
    }
  }

  static List<Path> documents(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> Files.isRegularFile(f) && Format.of(f).isPresent())
          .sorted()
          .toList();
    }
  }
}
