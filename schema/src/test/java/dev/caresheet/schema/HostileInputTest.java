package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.Format;
import dev.caresheet.codec.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken, odd and hostile input: always a located problem, never an exception or a hang. */
class HostileInputTest {

  private static final String MINIMAL_JSON =
      "{\n  \"id\": \"leg-cramps\",\n  \"language\": \"en\",\n  \"name\": \"Leg cramps\"\n}\n";
  private static final String MINIMAL_YAML = "id: leg-cramps\nlanguage: en\nname: Leg cramps\n";

  private final Validator validator = Validator.create();

  @Test
  void emptyAndBlankFilesAreEmpty() {
    for (String text : new String[] {"", "   \n\n", "\uFEFF"}) {
      assertOnly(validator.validate(text, Format.JSON, "x.json"), Codes.SYNTAX_EMPTY, 1, 1);
      assertOnly(validator.validate(text, Format.YAML, "x.yaml"), Codes.SYNTAX_EMPTY, 1, 1);
    }
    assertOnly(
        validator.validate("# only a comment\n", Format.YAML, "x.yaml"), Codes.SYNTAX_EMPTY, 1, 1);
    assertOnly(validator.validate(new byte[0], Format.JSON, "x.json"), Codes.SYNTAX_EMPTY, 1, 1);
  }

  @Test
  void aTopLevelListOrScalarIsNotADocument() {
    assertOnly(validator.validate("[1, 2]", Format.JSON, ""), Codes.SCHEMA_TYPE, 1, 1);
    assertOnly(validator.validate("- a\n- b\n", Format.YAML, ""), Codes.SCHEMA_TYPE, 1, 1);
    assertOnly(validator.validate("\"leg cramps\"", Format.JSON, ""), Codes.SCHEMA_TYPE, 1, 1);
    assertOnly(validator.validate("null", Format.JSON, ""), Codes.SCHEMA_TYPE, 1, 1);
    assertOnly(validator.validate("  42", Format.JSON, ""), Codes.SCHEMA_TYPE, 1, 3);
    assertOnly(validator.validate("~\n", Format.YAML, ""), Codes.SCHEMA_TYPE, 1, 1);
  }

  @Test
  void aByteOrderMarkIsIgnoredAndDoesNotShiftColumns() {
    assertThat(validator.validate("\uFEFF" + MINIMAL_JSON, Format.JSON, "").problems()).isEmpty();
    assertThat(validator.validate("\uFEFF" + MINIMAL_YAML, Format.YAML, "").problems()).isEmpty();
    byte[] bom =
        ("\uFEFF{\"id\": 5, \"language\": \"en\", \"name\": \"x\"}")
            .getBytes(StandardCharsets.UTF_8);
    assertOnly(validator.validate(bom, Format.JSON, ""), Codes.SCHEMA_TYPE, 1, 8);
    assertOnly(
        validator.validate("\uFEFFid: 5\nlanguage: en\nname: x\n", Format.YAML, ""),
        Codes.SCHEMA_TYPE,
        1,
        5);
  }

  @Test
  void crlfAndCrLineEndsCountAsOneLineBreakEach() {
    String json =
        "{\r\n  \"id\": \"leg-cramps\",\r\n  \"language\": \"en\",\r\n  \"name\": 42\r\n}\r\n";
    assertOnly(validator.validate(json, Format.JSON, ""), Codes.SCHEMA_TYPE, 4, 11);
    assertOnly(
        validator.validate(json.replace("\r\n", "\r"), Format.JSON, ""), Codes.SCHEMA_TYPE, 4, 11);
    String yaml =
        "id: leg-cramps\r\nlanguage: en\r\nsummary: |-\r\n  Two\r\n  lines\r\nname: 42\r\n";
    assertOnly(validator.validate(yaml, Format.YAML, ""), Codes.SCHEMA_TYPE, 6, 7);
  }

  @Test
  void columnsCountUtf16CodeUnitsAfterAstralCharacters() {
    String json = "{\"id\": \"x\", \"language\": \"en\", \"name\": \"😀😀\", \"summary\": 1}";
    assertOnly(validator.validate(json, Format.JSON, ""), Codes.SCHEMA_TYPE, 1, 58);
    String yaml = "id: x\nlanguage: en\nname: {a: 😀, b: 1}\n";
    Report report = validator.validate(yaml, Format.YAML, "");
    assertThat(report.problems())
        .extracting(p -> p.line() + ":" + p.column())
        .containsExactly("3:7");
    String flow = "id: x\nlanguage: en\nname: x\nalternateNames: [😀, 7]\n";
    assertOnly(validator.validate(flow, Format.YAML, ""), Codes.SCHEMA_TYPE, 4, 22);
  }

  @Test
  void bytesThatAreNotUtf8AreLocated() {
    byte[] bytes = "{\n  \"name\": \"caf\u00E9\"\n}".getBytes(StandardCharsets.ISO_8859_1);
    assertOnly(validator.validate(bytes, Format.JSON, "x.json"), Codes.SYNTAX_ENCODING, 2, 15);
  }

  @Test
  void malformedTextStopsAtTheFirstErrorWithItsPlace() {
    assertOnly(
        validator.validate("{\"id\": \"a\",\n \"name\" \"x\"}", Format.JSON, ""),
        Codes.SYNTAX,
        2,
        9);
    assertOnly(validator.validate("{\"id\": 'a'}", Format.JSON, ""), Codes.SYNTAX, 1, 8);
    assertOnly(validator.validate("id: a\n  name: b\n", Format.YAML, ""), Codes.SYNTAX, 2, 7);
    assertOnly(validator.validate("{\"id\": \"a\u0001\"}", Format.JSON, ""), Codes.SYNTAX, 1, 10);
    assertThat(validator.validate("{\"id\": \"a\"", Format.JSON, "").problems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo(Codes.SYNTAX));
  }

  @Test
  void everyDuplicateKeyIsReported() {
    String json =
        "{\"id\": \"a\", \"id\": \"b\", \"language\": \"en\", \"name\": \"x\", \"name\": \"y\", \"id\": \"c\"}";
    Report report = validator.validate(json, Format.JSON, "");
    assertThat(report.problems())
        .extracting(Problem::code, Problem::pointer, Problem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Codes.SYNTAX_DUPLICATE_KEY, "/id", 13),
            org.assertj.core.groups.Tuple.tuple(Codes.SYNTAX_DUPLICATE_KEY, "/name", 55),
            org.assertj.core.groups.Tuple.tuple(Codes.SYNTAX_DUPLICATE_KEY, "/id", 68));
  }

  @Test
  void yamlAliasesAreRefusedWithoutBeingExpanded() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      bomb.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(prev)
          .append(", *")
          .append(prev)
          .append(", *")
          .append(prev)
          .append(", *")
          .append(prev)
          .append("]\n");
    }
    Report report = validator.validate(bomb.toString(), Format.YAML, "");
    assertThat(report.problems())
        .hasSize(36)
        .allSatisfy(p -> assertThat(p.code()).isEqualTo(Codes.SYNTAX_YAML_ALIAS));
  }

  @Test
  void moreThanOneDocumentIsRefused() {
    assertOnly(
        validator.validate(MINIMAL_YAML + "---\n" + MINIMAL_YAML, Format.YAML, ""),
        Codes.SYNTAX_TRAILING_CONTENT,
        5,
        1);
    assertOnly(
        validator.validate(MINIMAL_JSON + "{}", Format.JSON, ""),
        Codes.SYNTAX_TRAILING_CONTENT,
        6,
        1);
  }

  @Test
  void readLimitsAreEnforcedAndReportedAsLimits() {
    Validator small = Validator.builder().limits(new ReadLimits(200, 4, 20, 5)).build();
    assertOnly(
        small.validate(MINIMAL_JSON + " ".repeat(200), Format.JSON, ""), Codes.SYNTAX_LIMIT, 1, 1);
    assertOnly(
        small.validate("{\"id\": [[[[[\"x\"]]]]]}", Format.JSON, ""), Codes.SYNTAX_LIMIT, 1, 11);
    assertOnly(
        small.validate("{\"id\": \"" + "x".repeat(30) + "\"}", Format.JSON, ""),
        Codes.SYNTAX_LIMIT,
        1,
        8);
    assertOnly(small.validate("{\"id\": 1234567}", Format.JSON, ""), Codes.SYNTAX_LIMIT, 1, 8);
    assertOnly(small.validate("id: [[[[[x]]]]]\n", Format.YAML, ""), Codes.SYNTAX_LIMIT, 1, 8);
  }

  @Test
  void deepNestingWithinGenerousLimitsNeitherOverflowsTheStackNorHangs() {
    int depth = 50_000;
    Validator generous =
        Validator.builder().limits(new ReadLimits(1 << 20, depth + 10, 1 << 20, 100)).build();
    String json =
        "{\"id\": \"a\", \"language\": \"en\", \"name\": \"x\", \"description\": "
            + "[".repeat(depth)
            + "]".repeat(depth)
            + "}";
    assertOnly(generous.validate(json, Format.JSON, ""), Codes.SCHEMA_TYPE, 1, 60);
  }

  @Test
  void aDocumentsOwnSchemaValueIsOnlyData() {
    String json =
        "{\"$schema\": \"https://evil.example/remote.json\", \"id\": \"a\", \"language\": \"en\","
            + " \"name\": \"x\"}";
    Report report = validator.validate(json, Format.JSON, "");
    assertThat(report.problems())
        .as(report.toText())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Codes.RULE_FOREIGN_SCHEMA);
              assertThat(p.pointer()).isEqualTo("/$schema");
              assertThat(p.line() + ":" + p.column()).isEqualTo("1:13");
            });
  }

  @Test
  void caresheetsSchemaIsNamedByItsIdOrARelativePathToItsFile() {
    for (String schema :
        List.of(
            ConditionSchema.ID,
            "../../schemas/condition.schema.json",
            "condition.schema.json",
            "./schemas/condition.schema.json#")) {
      String json =
          "{\"$schema\": \"" + schema + "\", \"id\": \"a\", \"language\": \"en\", \"name\": \"x\"}";
      Report report = validator.validate(json, Format.JSON, "");
      assertThat(report.problems()).as(schema).isEmpty();
      assertThat(report.condition().orElseThrow().schema()).contains(schema);
    }
    for (String schema :
        List.of(
            "../schemas/other.schema.json",
            "schemas/",
            "file:///x/condition.schema.json",
            "https://caresheet.dev/schema/condition/v2/condition.schema.json",
            "//host/condition.schema.json")) {
      String json =
          "{\"$schema\": \"" + schema + "\", \"id\": \"a\", \"language\": \"en\", \"name\": \"x\"}";
      assertThat(validator.validate(json, Format.JSON, "").problems())
          .as(schema)
          .extracting(Problem::code)
          .containsExactly(Codes.RULE_FOREIGN_SCHEMA);
    }
  }

  private static void assertOnly(Report report, String code, int line, int column) {
    assertThat(report.problems())
        .as(report.toText())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.line() + ":" + p.column()).isEqualTo(line + ":" + column);
              assertThat(p.severity()).isEqualTo(Severity.ERROR);
            });
    assertThat(report.condition()).isEmpty();
  }
}
