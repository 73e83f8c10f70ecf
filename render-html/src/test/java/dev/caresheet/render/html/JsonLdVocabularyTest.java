package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.model.Condition;
import dev.caresheet.testing.Generators;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code @type} and property of the JSON-LD exists in schema.org 30.0, is in the core
 * vocabulary and not superseded, and every property is used on a type in its domain with a value in
 * its range — checked against the extract in {@code src/test/resources/schemaorg} (see its README).
 */
class JsonLdVocabularyTest {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

  /** A type or property row: its name and columns. */
  private record Term(
      String label,
      List<String> first,
      List<String> second,
      String supersededBy,
      String isPartOf) {}

  private static final Map<String, Term> TYPES = load("types.tsv", false);
  private static final Map<String, Term> PROPERTIES = load("properties.tsv", true);

  private static Map<String, Term> load(String name, boolean property) {
    try (InputStream in = JsonLdVocabularyTest.class.getResourceAsStream("/schemaorg/" + name)) {
      Map<String, Term> terms = new HashMap<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : Arrays.asList(lines).subList(1, lines.length)) {
        String[] f = line.split("\t", -1);
        terms.put(
            f[0],
            property
                ? new Term(f[0], list(f[1]), list(f[2]), f[3], f[4])
                : new Term(f[0], list(f[1]), List.of(), f[2], f[3]));
      }
      return terms;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> list(String column) {
    return column.isEmpty() ? List.of() : List.of(column.split(", "));
  }

  /** The type and all its supertypes. */
  private static Set<String> ancestry(String type) {
    Set<String> out = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>(List.of(type));
    while (!queue.isEmpty()) {
      String t = queue.remove(0);
      Term term = TYPES.get(t);
      assertThat(term).as("schema.org type %s (in the extract)", t).isNotNull();
      if (out.add(t)) {
        queue.addAll(term.first());
      }
    }
    return out;
  }

  private static void checkObject(JsonNode node, String path, Set<String> used) {
    assertThat(node.has("@type")).as("%s has an @type", path).isTrue();
    String type = node.get("@type").asString();
    Term term = TYPES.get(type);
    assertThat(term).as("%s: @type %s exists in schema.org 30.0", path, type).isNotNull();
    assertThat(term.supersededBy()).as("%s: %s is superseded", path, type).isEmpty();
    assertThat(term.isPartOf()).as("%s: %s is not core schema.org", path, type).isEmpty();
    used.add(type);
    Set<String> ancestry = ancestry(type);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (name.equals("@type") || name.equals("@context")) {
        continue;
      }
      String at = path + "." + name;
      Term property = PROPERTIES.get(name);
      assertThat(property).as("%s: property %s exists in schema.org 30.0", at, name).isNotNull();
      assertThat(property.supersededBy()).as("%s is superseded", at).isEmpty();
      assertThat(property.isPartOf()).as("%s is not core schema.org", at).isEmpty();
      assertThat(property.first())
          .as("%s: a %s has no property %s", at, type, name)
          .containsAnyElementsOf(ancestry);
      used.add(name);
      JsonNode value = field.getValue();
      List<JsonNode> values = value.isArray() ? value.valueStream().toList() : List.of(value);
      for (int i = 0; i < values.size(); i++) {
        checkValue(values.get(i), property, at + "[" + i + "]", used);
      }
    }
  }

  private static void checkValue(JsonNode value, Term property, String path, Set<String> used) {
    List<String> range = property.second();
    if (value.isObject()) {
      checkObject(value, path, used);
      assertThat(range)
          .as(
              "%s: a %s is not in the range of %s",
              path, value.get("@type").asString(), property.label())
          .containsAnyElementsOf(ancestry(value.get("@type").asString()));
    } else if (value.isString()) {
      if (range.contains("Date") && !range.contains("Text")) {
        assertThat(value.asString()).as(path).matches("\\d{4}-\\d{2}-\\d{2}");
      } else {
        assertThat(range)
            .as("%s: text is not in the range of %s", path, property.label())
            .containsAnyOf("Text", "URL");
      }
    } else if (value.isIntegralNumber()) {
      assertThat(range)
          .as("%s: a number is not in the range of %s", path, property.label())
          .containsAnyOf("Integer", "Number");
    } else {
      fail("%s: unexpected JSON value %s", path, value);
    }
  }

  private static Set<String> check(Condition c) {
    String json = Jsoup.parse(RENDERER.render(c)).selectFirst("script").data();
    JsonNode root = JSON.readTree(json);
    assertThat(root.get("@context").asString()).isEqualTo("https://schema.org");
    Set<String> used = new TreeSet<>();
    checkObject(root, "$", used);
    return used;
  }

  @Test
  void theRichDocumentUsesOnlyValidTermsAndEveryTermOfTheExtract() {
    Set<String> used = check(Documents.rich());
    Set<String> everything = new TreeSet<>(PROPERTIES.keySet());
    // Types in the extract that are only ancestors or data types are not written as @type.
    for (String type :
        List.of(
            "MedicalWebPage",
            "MedicalCondition",
            "MedicalCause",
            "DDxElement",
            "MedicalSignOrSymptom",
            "MedicalRiskFactor",
            "MedicalTherapy",
            "HowTo",
            "HowToStep",
            "HowToDirection",
            "HowToTip",
            "Person",
            "CreativeWork",
            "Organization",
            "AnatomicalStructure",
            "Occupation",
            "Drug",
            "LifestyleModification",
            "MedicalTest",
            "MedicalConditionStage")) {
      everything.add(type);
    }
    assertThat(used).isEqualTo(everything);
  }

  @Test
  void theExamplesUseOnlyValidTermsAndSayOnlyTrueThings() throws java.io.IOException {
    assertThat(check(Documents.legCramps()))
        .contains("MedicalCondition", "cause", "possibleTreatment");
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../examples/content"))) {
      for (java.nio.file.Path file :
          files.sorted().filter(f -> dev.caresheet.codec.Format.of(f).isPresent()).toList()) {
        Condition c = dev.caresheet.codec.ConditionCodec.defaults().read(file);
        Set<String> used = check(c);
        // signOrSymptom comes from the symptoms part alone, never from when to seek help.
        assertThat(used.contains("signOrSymptom"))
            .as(file.toString())
            .isEqualTo(c.symptoms().isPresent());
        for (dev.caresheet.model.PartKind kind : dev.caresheet.model.PartKind.typed()) {
          boolean stated =
              kind.in(c)
                  .filter(p -> !p.items().isEmpty() || kind == dev.caresheet.model.PartKind.OUTLOOK)
                  .isPresent();
          if (stated
              && kind.schemaOrgProperty().isPresent()
              && kind != dev.caresheet.model.PartKind.TYPES) {
            assertThat(used).as(file + ": " + kind).contains(kind.schemaOrgProperty().get());
          }
        }
      }
    }
  }

  @Test
  void generatedDocumentsUseOnlyValidTerms() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions())
        .checkAssert(c -> check(c));
  }

  @Test
  void theCheckRejectsWhatSchemaOrgDoesNotHave() {
    // A HowTo is not in the range of possibleTreatment, and MedicalCondition has no property step.
    JsonNode bad =
        JSON.readTree(
            "{\"@type\":\"MedicalCondition\",\"name\":\"x\","
                + "\"possibleTreatment\":{\"@type\":\"HowTo\",\"name\":\"y\"}}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> checkObject(bad, "$", new TreeSet<>()))
        .hasMessageContaining("not in the range of possibleTreatment");
    JsonNode wrongDomain =
        JSON.readTree("{\"@type\":\"MedicalCondition\",\"lastReviewed\":\"2024-01-01\"}");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> checkObject(wrongDomain, "$", new TreeSet<>()))
        .hasMessageContaining("has no property lastReviewed");
  }
}
