package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.Urgency;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schema itself: its identity, its documentation for editors, its one source. */
class SchemaDocumentTest {

  private final JsonNode schema = JsonMapper.builder().build().readTree(ConditionSchema.text());

  @Test
  void itIsDraft202012WithAStableIdAndAVersion() {
    assertThat(schema.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asString()).isEqualTo(ConditionSchema.ID);
    assertThat(schema.get("x-version").asString()).isEqualTo(ConditionSchema.VERSION);
    assertThat(ConditionSchema.ID).contains("/v" + ConditionSchema.VERSION.split("\\.")[0] + "/");
  }

  @Test
  void theTextIsTheClassPathResource() throws Exception {
    try (InputStream in = ConditionSchema.class.getResourceAsStream(ConditionSchema.RESOURCE)) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(ConditionSchema.text());
    }
  }

  @Test
  void theCopyForEditorsIsByteIdenticalToTheResource() throws Exception {
    Path copy = ExamplesTest.ROOT.resolve("schemas/condition.schema.json");
    assertThat(Files.readString(copy))
        .as(
            "schemas/condition.schema.json must be a copy of the resource; run: cp "
                + "schema/src/main/resources/dev/caresheet/schema/condition.schema.json schemas/")
        .isEqualTo(ConditionSchema.text());
  }

  @Test
  void everyPropertyHasATitleAndADescriptionForEditors() {
    List<String> properties = new ArrayList<>();
    walk(
        schema,
        "",
        (pointer, node) -> {
          if (node.has("properties")) {
            for (Map.Entry<String, JsonNode> p : node.get("properties").properties()) {
              String at = pointer + "/properties/" + p.getKey();
              // The branches of an anyOf and the conditions of an if restate properties declared
              // beside them, where editors find their titles.
              if (!pointer.contains("/anyOf/")
                  && !pointer.endsWith("/if")
                  && !pointer.endsWith("/then")) {
                properties.add(at);
                assertThat(p.getValue().path("title").asString()).as(at + " title").isNotBlank();
                assertThat(p.getValue().path("description").asString())
                    .as(at + " description")
                    .isNotBlank();
              }
            }
          }
        });
    assertThat(properties).hasSizeGreaterThan(70);
  }

  /**
   * Editors (vscode-json-languageservice) show a definition's title and description in place of
   * those of the property that refers to it, so the shared definitions carry neither; and the text
   * rules are plain patterns, which editors report with their patternErrorMessage once, where a
   * {@code not} would also fail on a value of the wrong type.
   */
  @Test
  void sharedDefinitionsLeaveHoversToTheirPropertiesAndNoRuleIsANot() {
    for (Map.Entry<String, JsonNode> def : schema.get("$defs").properties()) {
      assertThat(def.getValue().has("title") || def.getValue().has("description"))
          .as("$defs/" + def.getKey() + " has a title or description")
          .isFalse();
      assertThat(def.getValue().path("$comment").asString())
          .as("$defs/" + def.getKey() + " $comment")
          .isNotBlank();
    }
    walk(
        schema,
        "",
        (pointer, node) -> assertThat(node.has("not")).as(pointer + " has a not").isFalse());
  }

  @Test
  void everyObjectRefusesUnknownProperties() {
    List<String> objects = new ArrayList<>();
    walk(
        schema,
        "",
        (pointer, node) -> {
          if (node.path("type").isString() && node.path("type").asString().equals("object")) {
            objects.add(pointer);
            assertThat(node.get("additionalProperties")).as(pointer).isNotNull();
            assertThat(
                    node.get("additionalProperties").isBoolean()
                        && !node.get("additionalProperties").asBoolean())
                .as(pointer)
                .isTrue();
          }
        });
    assertThat(objects).hasSizeGreaterThan(15);
  }

  @Test
  void theEnumsAreTheModels() {
    List<String> urgencies = new ArrayList<>();
    schema
        .at("/$defs/seekHelpAdvice/properties/urgency/enum")
        .forEach(n -> urgencies.add(n.asString()));
    assertThat(urgencies)
        .containsExactlyElementsOf(Arrays.stream(Urgency.values()).map(Urgency::value).toList());
    List<String> kinds = new ArrayList<>();
    schema.at("/$defs/callout/properties/kind/enum").forEach(n -> kinds.add(n.asString()));
    assertThat(kinds)
        .containsExactlyElementsOf(
            Arrays.stream(CalloutKind.values()).map(CalloutKind::value).toList());
  }

  private interface Visitor {
    void visit(String pointer, JsonNode node);
  }

  private static void walk(JsonNode node, String pointer, Visitor visitor) {
    if (node.isObject()) {
      visitor.visit(pointer, node);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), pointer + "/" + e.getKey(), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }
}
