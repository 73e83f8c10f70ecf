package dev.caresheet.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caresheet.model.Callout;
import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Condition;
import dev.caresheet.model.ImmutableCondition;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConditionCodecTest {

  private final ConditionCodec codec = ConditionCodec.defaults();

  private static final String MINIMAL =
      "{\n  \"id\": \"leg-cramps\",\n  \"language\": \"en\",\n" + "  \"name\": \"Leg cramps\"\n}\n";

  private ImmutableCondition minimal() {
    return Condition.builder().id("leg-cramps").language("en").name("Leg cramps").build();
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertJson(String json) {
    return assertThatThrownBy(() -> codec.read(json, Format.JSON, "doc.json"))
        .isInstanceOf(ContentException.class);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertYaml(String yaml) {
    return assertThatThrownBy(() -> codec.read(yaml, Format.YAML, "doc.yaml"))
        .isInstanceOf(ContentException.class);
  }

  private static ContentException error(Runnable read) {
    try {
      read.run();
    } catch (ContentException e) {
      return e;
    }
    throw new AssertionError("expected a ContentException");
  }

  @Nested
  class Writing {
    @Test
    void canonicalJsonHasFixedOrderTwoSpacesAndOneTrailingNewline() {
      assertThat(codec.write(minimal(), Format.JSON)).isEqualTo(MINIMAL);
    }

    @Test
    void canonicalYamlHasNoDocumentMarkerAndQuotesWhatWouldChangeType() {
      Condition c = minimal().withAlternateNames("42", "true", "null", "a: b", "- x");
      String yaml = codec.write(c, Format.YAML);
      assertThat(yaml)
          .startsWith("id: leg-cramps\nlanguage: en\nname: Leg cramps\n")
          .endsWith("\n");
      assertThat(yaml).doesNotStartWith("---");
      assertThat(codec.read(yaml, Format.YAML, "")).isEqualTo(c);
    }

    @Test
    void emptyOptionalPartsAreOmittedAndReadBackAsEmpty() {
      String json = codec.write(minimal(), Format.JSON);
      assertThat(json).doesNotContain("alternateNames", "causes", "sections", "[]", "{}");
      assertThat(codec.read(json, Format.JSON, "").alternateNames()).isEmpty();
    }

    @Test
    void schemaComesFirstThenTheModelsDeclarationOrder() {
      Condition c =
          minimal()
              .withSchema("https://caresheet.dev/schema/condition/v1/condition.schema.json")
              .withRelated("migraine")
              .withCauses(
                  Causes.builder()
                      .addItem(Cause.of("dehydration", "Dehydration"))
                      .addCallout(Callout.of(CalloutKind.NOTE, "n"))
                      .heading("h")
                      .build());
      String json = codec.write(c, Format.JSON);
      assertThat(json.indexOf("$schema")).isLessThan(json.indexOf("\"id\""));
      assertThat(json.indexOf("\"causes\"")).isLessThan(json.indexOf("\"related\""));
      assertThat(json.indexOf("\"heading\"")).isLessThan(json.indexOf("\"callouts\""));
      assertThat(json.indexOf("\"callouts\"")).isLessThan(json.indexOf("\"items\""));
    }
  }

  @Nested
  class Reading {
    @Test
    void aByteOrderMarkIsAccepted() {
      byte[] bom = ("\uFEFF" + MINIMAL).getBytes(StandardCharsets.UTF_8);
      assertThat(codec.read(bom, Format.JSON, "")).isEqualTo(minimal());
    }

    @Test
    void crlfAndCrLineEndsKeepLineNumbersRight() {
      String crlf = MINIMAL.replace("\n", "\r\n").replace("\"name\"", "\"nmae\"");
      assertThat(error(() -> codec.read(crlf, Format.JSON, "")).line()).isEqualTo(4);
      String yaml = "id: leg-cramps\r\nlanguage: en\r\nname: Leg cramps\r\nnmae: x\r\n";
      assertThat(error(() -> codec.read(yaml, Format.YAML, "")).line()).isEqualTo(4);
    }

    @Test
    void theSameDocumentReadsFromJsonAndYaml() {
      String yaml = "id: leg-cramps\nlanguage: en\nname: Leg cramps\n";
      assertThat(codec.read(yaml, Format.YAML, "")).isEqualTo(codec.read(MINIMAL, Format.JSON, ""));
    }
  }

  @Nested
  class Errors {
    @Test
    void unknownPropertyIsLocatedAndListsTheKnownOnes() {
      ContentException e =
          error(
              () ->
                  codec.read(
                      "{\n  \"id\": \"x\",\n  \"language\": \"en\",\n  \"name\": \"X\",\n  \"cuases\": {}\n}",
                      Format.JSON,
                      "doc.json"));
      assertThat(e.reason()).startsWith("unknown property \"cuases\"").contains("causes");
      assertThat(e.line()).isEqualTo(5);
      assertThat(e.pointer()).isEqualTo("/cuases");
      assertThat(e.source()).contains("doc.json");
      assertThat(e.getMessage()).startsWith("doc.json:5:").contains(": unknown property");
    }

    @Test
    void duplicateKeyIsAnError() {
      assertJson("{\"id\": \"a\", \"id\": \"b\", \"language\": \"en\", \"name\": \"X\"}")
          .hasMessageContaining("duplicate key \"id\"")
          .hasMessageContaining(":1:");
      assertYaml("id: a\nid: b\nlanguage: en\nname: X\n").hasMessageContaining(":2:");
    }

    @Test
    void nullIsRefused() {
      assertJson("{\"id\": \"a\", \"language\": \"en\", \"name\": \"X\", \"summary\": null}")
          .hasMessageContaining("null is not allowed");
    }

    @Test
    void aNumberOrBooleanWhereTextBelongsIsRefused() {
      ContentException e =
          error(
              () ->
                  codec.read(
                      "{\"id\": \"a\", \"language\": \"en\", \"name\": 42}", Format.JSON, ""));
      assertThat(e.reason()).isEqualTo("expected a text here");
      assertThat(e.pointer()).isEqualTo("/name");
      assertYaml("id: a\nlanguage: en\nname: yes\nsummary: true\n")
          .hasMessageContaining("/summary");
    }

    @Test
    void missingRequiredPropertiesAreNamed() {
      assertJson("{\"id\": \"a\"}")
          .hasMessageContaining("missing required property")
          .hasMessageContaining("language")
          .hasMessageContaining("name");
    }

    @Test
    void modelInvariantsBecomeLocatedErrorsWithAPointer() {
      ContentException e =
          error(
              () ->
                  codec.read(
                      "{\"id\": \"a\", \"language\": \"en\", \"name\": \"X\",\n"
                          + " \"causes\": {\"items\": [{\"id\": \"Bad Id\", \"name\": \"N\"}]}}",
                      Format.JSON,
                      ""));
      assertThat(e.reason()).contains("must be a slug");
      assertThat(e.pointer()).isEqualTo("/causes/items/0");
      assertThat(e.line()).isEqualTo(2);
      assertJson("{\"id\": \"a\", \"language\": \"en\", \"name\": \"  \"}")
          .hasMessageContaining("must not be empty");
      assertJson("{\"id\": \"a\", \"language\": \"en\", \"name\": \"X \"}")
          .hasMessageContaining("white space");
      assertJson("{\"id\": \"a\", \"language\": \"en\", \"name\": \"X\\u0000\"}")
          .hasMessageContaining("control character U+0000");
      assertJson("{\"id\": \"a\", \"language\": \"en\", \"name\": \"X\\ud800\"}")
          .hasMessageContaining("unpaired surrogate");
      assertJson("{\"id\": \"a\", \"language\": \"english\", \"name\": \"X\"}")
          .hasMessageContaining("BCP 47");
      assertJson(
              "{\"id\": \"a\", \"language\": \"en\", \"name\": \"X\", \"causes\": {\"items\": []}}")
          .hasMessageContaining("causes must have at least one cause in items, or an intro");
      assertJson(
              "{\"id\": \"a\", \"language\": \"en\", \"name\": \"X\", \"references\": [{\"title\": \"T\","
                  + " \"url\": \"javascript:alert(1)\"}]}")
          .hasMessageContaining("http or https URL");
    }

    @Test
    void wrongEnumValuesAndDatesSayWhatIsAllowed() {
      assertJson(
              "{\"id\": \"a\", \"language\": \"en\", \"name\": \"X\", \"callouts\": [{\"kind\": \"tip\", \"text\": \"t\"}]}")
          .hasMessageContaining("\"tip\" is not one of \"important\", \"note\", \"warning\"")
          .hasMessageContaining("/callouts/0/kind");
      assertJson(
              "{\"id\": \"a\", \"language\": \"en\", \"name\": \"X\", \"attribution\": {\"authors\": [{\"name\": \"A\"}],"
                  + " \"lastReviewed\": \"May 2024\"}}")
          .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void nullAndEmptyYamlDocumentsAreNotDocuments() {
      assertJson("null").hasMessageContaining("expected an object");
      assertYaml("---\n").hasMessageContaining("expected an object");
      assertYaml("--- ~\n").hasMessageContaining("expected an object");
    }

    @Test
    void yamlTagsAreRefusedNotIgnored() {
      assertYaml("id: a\nlanguage: en\nname: !foo Leg cramps\n")
          .hasMessageContaining("YAML tags (!foo) are not supported")
          .hasMessageContaining(":3:");
      assertYaml("!!map\nid: a\nlanguage: en\nname: X\n").hasMessageContaining("YAML tags");
    }

    @Test
    void enumOrdinalsAndLenientDatesAreRefused() {
      String base = "{\"id\": \"a\", \"language\": \"en\", \"name\": \"X\", ";
      assertJson(
              base + "\"whenToSeekHelp\": {\"items\": [{\"situation\": \"s\", \"urgency\": 0}]}}")
          .hasMessageContaining("/whenToSeekHelp/items/0/urgency");
      for (String date :
          new String[] {
            "\"2024-05-01T10:00\"", "[2024, 5, 1]", "\"+12024-05-01\"", "\"2024-02-30\""
          }) {
        assertJson(
                base
                    + "\"attribution\": {\"authors\": [{\"name\": \"A\"}], \"lastReviewed\": "
                    + date
                    + "}}")
            .as(date)
            .hasMessageContaining("/attribution/lastReviewed");
      }
      assertThat(
              codec
                  .read(
                      base
                          + "\"attribution\": {\"authors\": [{\"name\": \"A\"}], \"lastReviewed\": \"2024-02-29\"}}",
                      Format.JSON,
                      "")
                  .attribution()
                  .orElseThrow()
                  .lastReviewed())
          .contains(java.time.LocalDate.of(2024, 2, 29));
    }

    @Test
    void malformedSyntaxIsLocated() {
      ContentException e =
          error(() -> codec.read("{\n  \"id\": \"a\",\n  \"name\" \"X\"\n}", Format.JSON, ""));
      assertThat(e.line()).isEqualTo(3);
      assertYaml("id: a\n  name: [unclosed\n").hasMessageContaining(":2:");
    }

    @Test
    void emptyDocumentsTrailingContentAndSeveralYamlDocumentsAreRefused() {
      assertJson("").hasMessageContaining("the document is empty");
      assertJson("   \n").hasMessageContaining("the document is empty");
      assertYaml("").hasMessageContaining("the document is empty");
      assertJson(MINIMAL + "{}").hasMessageContaining("after the end of the document");
      assertYaml("id: a\nlanguage: en\nname: X\n---\nid: b\nlanguage: en\nname: Y\n")
          .hasMessageContaining("more than one YAML document")
          .hasMessageContaining(":5:1:");
    }

    @Test
    void aTopLevelArrayOrTextIsNotADocument() {
      assertJson("[1, 2]").hasMessageContaining("expected an object");
      assertYaml("just text\n").hasMessageContaining("expected an object");
    }

    @Test
    void yamlAliasesAreRefusedSoAliasBombsCannotExpand() {
      assertYaml("id: &x leg-cramps\nlanguage: en\nname: *x\n")
          .hasMessageContaining("YAML aliases (*x) are not supported")
          .hasMessageContaining(":3:");
      String bomb =
          "alternateNames: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
              + "description: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\naffectedAnatomy: &c [*b,*b,*b,*b,*b,*b,*b,*b]\n";
      assertYaml(bomb).hasMessageContaining("aliases");
    }

    @Test
    void yamlTagsNamingJavaTypesAreNeverInstantiated() {
      assertYaml("id: a\nlanguage: en\nname: !!javax.script.ScriptEngineManager [x]\n")
          .hasMessageContaining("YAML tags (!!javax.script.ScriptEngineManager) are not supported");
    }

    @Test
    void invalidUtf8IsLocated() {
      byte[] bytes = "{\n  \"id\": \"a\u00FF\"\n}".getBytes(StandardCharsets.ISO_8859_1);
      ContentException e = error(() -> codec.read(bytes, Format.JSON, "doc.json"));
      assertThat(e.reason()).contains("not valid UTF-8").contains("0xFF");
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(11);
    }

    @Test
    void readLimitsEndInClearErrors() {
      ConditionCodec small = ConditionCodec.withLimits(new ReadLimits(200, 5, 20, 10));
      assertThatThrownBy(
              () ->
                  small.read(
                      "{\"id\":\"a\",\"language\":\"en\",\"name\":\"X\",\"description\":[\""
                          + "x".repeat(300)
                          + "\"]}",
                      Format.JSON,
                      ""))
          .hasMessageContaining("limit is 200");
      assertThatThrownBy(
              () ->
                  small.read(
                      "{\"id\":\"a\",\"language\":\"en\",\"name\":\"X\",\"firstAid\":"
                          + "{\"items\":[{\"instruction\":\"i\",\"variants\":[{\"bodySite\":\"b\"}]}]}}",
                      Format.JSON,
                      ""))
          .hasMessageContaining("read limit")
          .hasMessageContaining("depth");
      assertThatThrownBy(() -> small.read("{\"id\":\"" + "a".repeat(30) + "\"}", Format.JSON, ""))
          .hasMessageContaining("read limit");
      assertThatThrownBy(() -> small.read("{\"id\": 1" + "0".repeat(20) + "}", Format.JSON, ""))
          .hasMessageContaining("read limit");
      assertThatThrownBy(() -> new ReadLimits(0, 1, 1, 1))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deepNestingUnderTheDefaultsIsAnErrorNotAStackOverflow() {
      String deep = "[".repeat(100_000) + "]".repeat(100_000);
      assertJson(deep).hasMessageContaining("expected an object");
      assertJson("{\"description\":" + deep + "}").hasMessageContaining("/description/0");
      assertYaml("[".repeat(100_000)).hasMessageContaining(":1:");
    }
  }

  @Nested
  class Reformatting {
    @Test
    void keepsTheLeadingYamlCommentBlockSoEditorsKeepTheirSchema() {
      String yaml =
          "# yaml-language-server: $schema=../schemas/condition.schema.json\n\n"
              + "name:   Leg cramps\nid: leg-cramps\nlanguage: en\n";
      assertThat(codec.reformat(yaml, Format.YAML, ""))
          .isEqualTo(
              "# yaml-language-server: $schema=../schemas/condition.schema.json\n"
                  + "id: leg-cramps\nlanguage: en\nname: Leg cramps\n");
    }

    @Test
    void refusesYamlWhoseOtherCommentsWouldBeLost() {
      String yaml =
          "# top\nid: leg-cramps\nlanguage: en # the article's language\nname: Leg cramps\n";
      assertThatThrownBy(() -> codec.reformat(yaml, Format.YAML, "a.yaml"))
          .isInstanceOf(ContentException.class)
          .hasMessageStartingWith("a.yaml:3:")
          .hasMessageContaining("would lose this comment");
    }

    @Test
    void isIdempotentAndCanonicalForJson() {
      String messy = "{\"name\":\"Leg cramps\",\r\n\"id\":\"leg-cramps\",\"language\":\"en\"}";
      String once = codec.reformat(messy, Format.JSON, "");
      assertThat(once).isEqualTo(MINIMAL);
      assertThat(codec.reformat(once, Format.JSON, "")).isEqualTo(once);
    }
  }

  @Test
  void formatsAreKnownByExtension() {
    assertThat(Format.of(java.nio.file.Path.of("a/leg-cramps.YML"))).contains(Format.YAML);
    assertThat(Format.of(java.nio.file.Path.of("leg-cramps.json"))).contains(Format.JSON);
    assertThat(Format.of(java.nio.file.Path.of("README"))).isEmpty();
    assertThat(Format.JSON.extensions()).isEqualTo(List.of("json"));
  }
}
