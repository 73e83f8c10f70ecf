package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caresheet.codec.Format;
import dev.caresheet.codec.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API: null-hostile, immutable results, files, sets, text form, thread safety. */
class ValidatorApiTest {

  private static final String VALID =
      "{\"id\": \"leg-cramps\", \"language\": \"en\", \"name\": \"Leg cramps\"}";
  private static final String TWO_ERRORS =
      "{\n  \"id\": \"Leg\",\n  \"language\": \"en\",\n  \"name\": \"\"\n}\n";

  private final Validator validator = Validator.create();

  @Test
  void everyMethodRefusesNullNamingTheArgument() {
    assertThatThrownBy(() -> validator.validate((Path) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("file");
    assertThatThrownBy(() -> validator.validate((String) null, Format.JSON, ""))
        .hasMessage("content");
    assertThatThrownBy(() -> validator.validate(VALID, null, "")).hasMessage("format");
    assertThatThrownBy(() -> validator.validate(VALID, Format.JSON, null)).hasMessage("source");
    assertThatThrownBy(() -> validator.validate((byte[]) null, Format.JSON, ""))
        .hasMessage("content");
    assertThatThrownBy(() -> validator.validateAll(null)).hasMessage("files");
    assertThatThrownBy(() -> validator.crossCheck(null)).hasMessage("reports");
    assertThatThrownBy(() -> Validator.builder().limits(null)).hasMessage("limits");
    assertThatThrownBy(() -> Validator.builder().clock(null)).hasMessage("clock");
    assertThatThrownBy(() -> validator.validate(VALID, Format.JSON, "x").condition(null))
        .hasMessage("source");
  }

  @Test
  void aValidDocumentHasNoProblemsAndItsCondition() {
    Report report = validator.validate(VALID, Format.JSON, "x.json");
    assertThat(report.isValid()).isTrue();
    assertThat(report.problems()).isEmpty();
    assertThat(report.toText()).isEmpty();
    assertThat(report.sources()).containsExactly("x.json");
    assertThat(report.condition())
        .hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("leg-cramps"));
    assertThat(report.conditions()).containsOnlyKeys("x.json");
    assertThat(report.toString()).isEqualTo("Report[1 source(s), 0 error(s), 0 warning(s)]");
  }

  @Test
  void problemsAreSortedImmutableAndPrintedLikeACompilersMessages() {
    Report report = validator.validate(TWO_ERRORS, Format.JSON, "leg.json");
    assertThat(report.isValid()).isFalse();
    assertThat(report.errorCount()).isEqualTo(2);
    assertThat(report.warningCount()).isZero();
    assertThat(report.condition()).isEmpty();
    assertThat(report.problems()).isSortedAccordingTo(Problem::compareTo);
    assertThatThrownBy(() -> report.problems().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.conditions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(report.toText())
        .isEqualTo(
            "leg.json:2:9: error: `id` must be an id: lower-case letters and digits joined by single"
                + " hyphens, like `leg-cramps` (was `Leg`) [schema.slug] (at /id)\n"
                + "  hint: try `leg`\n"
                + "leg.json:4:11: error: `name` must not be empty [schema.blank] (at /name)\n"
                + "  hint: write the text, or leave the property out if it is optional\n");
  }

  @Test
  void aProblemIsAValue() {
    Problem p = new Problem("", 3, 4, "/a~1b", Severity.WARNING, "rule.x", "m", null);
    assertThat(p)
        .isEqualTo(new Problem("", 3, 4, "/a~1b", Severity.WARNING, "rule.x", "m", null))
        .hasSameHashCodeAs(new Problem("", 3, 4, "/a~1b", Severity.WARNING, "rule.x", "m", null))
        .isNotEqualTo(new Problem("", 3, 4, "/a~1b", Severity.WARNING, "rule.x", "m", "h"));
    assertThat(p.toText()).isEqualTo("3:4: warning: m [rule.x] (at /a~1b)");
    assertThat(p.hint()).isEmpty();
    assertThat(p.isError()).isFalse();
    assertThat(new Problem("f", 0, 0, "", Severity.ERROR, "io", "gone", null).toText())
        .isEqualTo("f: error: gone [io]");
    assertThatThrownBy(() -> new Problem("", -1, 1, "", Severity.ERROR, "c", "m", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Problem("", 1, 0, "", Severity.ERROR, "c", "m", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Problem("", 1, 1, "a", Severity.ERROR, "c", "m", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Problem("", 1, 1, "", Severity.ERROR, " ", "m", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Problem("", 1, 1, "", Severity.ERROR, "c", "m", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void filesAreReadInTheFormatTheirNameSaysAndReadingProblemsAreReported(@TempDir Path dir)
      throws Exception {
    Path yaml =
        Files.writeString(dir.resolve("leg-cramps.yml"), "id: leg-cramps\nlanguage: en\nname: x\n");
    assertThat(validator.validate(yaml).problems()).isEmpty();
    assertThat(validator.validate(yaml).sources()).containsExactly(yaml.toString());

    assertThat(single(validator.validate(dir.resolve("missing.json"))))
        .isEqualTo(
            dir.resolve("missing.json") + ": error: cannot read the file: it does not exist [io]");
    assertThat(single(validator.validate(Files.createDirectory(dir.resolve("folder.json")))))
        .endsWith("error: cannot read the file: it is a directory [io]");
    assertThat(single(validator.validate(Files.writeString(dir.resolve("notes.txt"), VALID))))
        .endsWith("[file-type]");
    Path latin1 =
        Files.write(
            dir.resolve("latin1.json"),
            "{\"name\": \"caf\u00E9\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(single(validator.validate(latin1)))
        .contains(":1:14: error:")
        .contains("[syntax.encoding]");
  }

  @Test
  void aSetChecksIdsAcrossFiles(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.json"), VALID);
    Path b =
        Files.writeString(
            dir.resolve("b.yaml"),
            "id: leg-cramps\nlanguage: en\nname: Night cramps\nrelated: [migraine]\n");
    Path c = Files.writeString(dir.resolve("c.json"), TWO_ERRORS);
    Report report = validator.validateAll(List.of(a, b, c));
    assertThat(report.sources()).containsExactly(a.toString(), b.toString(), c.toString());
    assertThat(report.problems())
        .extracting(Problem::source, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(a.toString(), Codes.RULE_UNIQUE_CONDITION_ID),
            org.assertj.core.groups.Tuple.tuple(b.toString(), Codes.RULE_UNIQUE_CONDITION_ID),
            org.assertj.core.groups.Tuple.tuple(b.toString(), Codes.RULE_RELATED_UNKNOWN),
            org.assertj.core.groups.Tuple.tuple(c.toString(), Codes.SCHEMA_SLUG),
            org.assertj.core.groups.Tuple.tuple(c.toString(), Codes.SCHEMA_BLANK));
    assertThat(report.conditions()).isEmpty();
    assertThatThrownBy(report::condition).isInstanceOf(IllegalStateException.class);
    assertThat(report.problems())
        .filteredOn(p -> p.code().equals(Codes.RULE_RELATED_UNKNOWN))
        .singleElement()
        .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aSetWithOnlyWarningsIsValidAndKeepsItsConditions() {
    Report one =
        validator.validate(VALID.replace("}", ", \"related\": [\"migraine\"]}"), Format.JSON, "a");
    Report set = validator.crossCheck(List.of(one));
    assertThat(set.isValid()).isTrue();
    assertThat(set.warningCount()).isEqualTo(1);
    assertThat(set.condition("a")).isPresent();
    assertThatThrownBy(() -> validator.crossCheck(List.of(one, one)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"a\"");
  }

  @Test
  void theClockDecidesWhatIsInTheFuture() {
    String doc =
        "{\"id\": \"a\", \"language\": \"en\", \"name\": \"x\", \"attribution\":"
            + " {\"authors\": [{\"name\": \"p\"}], \"lastReviewed\": \"2030-06-15\"}}";
    Validator before =
        Validator.builder()
            .clock(Clock.fixed(Instant.parse("2030-06-14T23:00:00Z"), ZoneOffset.UTC))
            .build();
    Validator on =
        Validator.builder()
            .clock(Clock.fixed(Instant.parse("2030-06-14T23:00:00Z"), ZoneOffset.ofHours(2)))
            .build();
    assertThat(before.validate(doc, Format.JSON, "").problems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo(Codes.RULE_FUTURE_REVIEW));
    assertThat(on.validate(doc, Format.JSON, "").problems()).isEmpty();
  }

  @Test
  void theBuilderKeepsWhatItWasGiven() {
    ReadLimits limits = new ReadLimits(1000, 10, 100, 10);
    Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    Validator v = Validator.builder().limits(limits).clock(clock).build();
    assertThat(v.limits()).isEqualTo(limits);
    assertThat(v.clock()).isEqualTo(clock);
    assertThat(Validator.create().limits()).isEqualTo(ReadLimits.DEFAULTS);
  }

  @Test
  void oneValidatorCanBeSharedByManyThreads() throws Exception {
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      docs.add(
          i % 2 == 0 ? VALID.replace("leg-cramps", "c" + i) : TWO_ERRORS.replace("Leg", "L" + i));
    }
    List<String> sequential = new ArrayList<>();
    for (String d : docs) {
      sequential.add(validator.validate(d, Format.JSON, "d").toText());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (String d : docs) {
          futures.add(pool.submit(() -> validator.validate(d, Format.JSON, "d").toText()));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % docs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String single(Report report) {
    assertThat(report.problems()).hasSize(1);
    return report.problems().get(0).toText();
  }
}
