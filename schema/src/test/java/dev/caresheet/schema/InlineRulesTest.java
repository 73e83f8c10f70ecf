package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of links inside paragraph texts, located inside the strings. */
class InlineRulesTest {

  private final Validator validator = Validator.create();

  private static final String DONE =
      "Drink *plenty* of fluids; see [NHS 111](https://111.nhs.uk/) or" + " [the causes](#causes).";

  @Test
  void theIssuesExampleValidates() {
    String json =
        "{\"id\": \"x\", \"language\": \"en\", \"name\": \"X\", \"description\": [\""
            + DONE
            + "\"],"
            + " \"causes\": {\"intro\": [\"Not known.\"]}}";
    Report report = validator.validate(json, Format.JSON, "x.json");
    assertThat(report.problems()).isEmpty();
  }

  @Test
  void aJavascriptLinkInAYamlFileIsAnErrorAtJavascript() {
    String yaml =
        "id: x\nlanguage: en\nname: X\ndescription:\n  - Cramps pass; see [x](javascript:alert(1)).\n";
    Report report = validator.validate(yaml, Format.YAML, "x.yaml");
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Codes.RULE_LINK_SCHEME);
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.column()).isEqualTo("  - Cramps pass; see [x](".length() + 1);
              assertThat(p.pointer()).isEqualTo("/description/0");
            });
  }

  @Test
  void columnsAccountForEscapesAndEveryYamlStyle() {
    String yaml =
        String.join(
            "\n",
            "id: x",
            "language: en",
            "name: X",
            "description:",
            "  - \"\\u00e9\\\"\\t [x](vbscript:1)\"", // line 5: double-quoted with escapes
            "  - 'it''s [x](data:x)'", // line 6
            "  - plain",
            "    folded [x](ftp://x)", // line 8: plain over two lines
            "  - |-",
            "    literal",
            "      [x](about:blank)", // line 11
            "  - >-",
            "    folded",
            "    [x](file:///etc)", // line 14: exact column unknown
            "");
    List<Problem> problems = validator.validate(yaml, Format.YAML, "x.yaml").problems();
    assertThat(problems)
        .extracting(p -> p.line() + ":" + p.column())
        .containsExactly(
            "5:" + (yaml.split("\n")[4].indexOf("vbscript") + 1),
            "6:" + (yaml.split("\n")[5].indexOf("data") + 1),
            "8:" + (yaml.split("\n")[7].indexOf("ftp") + 1),
            "11:" + (yaml.split("\n")[10].indexOf("about") + 1),
            "12:5");
    assertThat(problems.get(4).message()).contains("the column is where the text starts");
    String json =
        "{\"id\": \"x\", \"language\": \"en\", \"name\": \"X\",\n\"description\": [\"\\u00e9\\n\\\"q\\\" [x](javascript:1)\"]}";
    Problem p = validator.validate(json, Format.JSON, "x.json").problems().get(0);
    assertThat(p.line() + ":" + p.column())
        .isEqualTo("2:" + (json.split("\n")[1].indexOf("javascript") + 1));
  }

  @Test
  void inDocumentLinksNameAPartOrACause() {
    String json =
        "{\"id\": \"x\", \"language\": \"en\", \"name\": \"X\", \"description\": ["
            + "\"[a](#causes) [b](#low-salt) [c](#cuases) [d](#firstAid)\"],"
            + " \"causes\": {\"items\": [{\"id\": \"low-salt\", \"name\": \"Low salt\"}]}}";
    List<Problem> problems = validator.validate(json, Format.JSON, "x.json").problems();
    assertThat(problems)
        .extracting(Problem::code)
        .containsExactly(Codes.RULE_LINK_TARGET, Codes.RULE_LINK_TARGET);
    assertThat(problems.get(0).hint()).hasValue("did you mean `#causes`?");
  }

  @Test
  void aLinkWithoutTextIsAnError() {
    String json =
        "{\"id\": \"x\", \"language\": \"en\", \"name\": \"X\", \"description\": [\"See [](https://111.nhs.uk/).\"]}";
    assertThat(validator.validate(json, Format.JSON, "x.json").problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Codes.RULE_LINK_TARGET);
              assertThat(p.column()).isEqualTo(json.indexOf("https") + 1);
              assertThat(p.message()).contains("no text");
            });
  }

  @Test
  void namesAndTitlesArePlain() {
    String json =
        "{\"id\": \"x\", \"language\": \"en\", \"name\": \"[x](javascript:1)\","
            + " \"selfCare\": {\"items\": [{\"text\": \"[x](javascript:1)\"}]}}";
    assertThat(validator.validate(json, Format.JSON, "x.json").problems()).isEmpty();
  }
}
