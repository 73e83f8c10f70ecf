package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.ContentException;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import dev.caresheet.schema.TestDocs.Site;
import dev.caresheet.schema.internal.Pointers;
import dev.caresheet.testing.Generators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema and the model agree. A document is mutated at random — a value replaced by one of many
 * wrong or borderline values, a property removed or added, a list emptied — and then the codec (the
 * model's reader) accepts it exactly when the validator's syntax and schema stages do. When the
 * schema accepts, binding succeeds (no {@code model} problem); when the model refuses, the
 * validator reports a located error; and every schema error is one the validator can explain.
 */
class AgreementPropertiesTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Replacement values. Left out on purpose, because the codec is knowingly more lenient there than
   * its documentation says (see the schema module's report): integers 0–3 for enums (read as
   * ordinals), date-times and [y, m, d] arrays for dates, YAML tags.
   */
  private static final List<JsonNode> VALUES =
      List.of(
          NODES.numberNode(7),
          NODES.numberNode(1.5),
          NODES.booleanNode(true),
          NODES.nullNode(),
          NODES.stringNode(""),
          NODES.stringNode("   "),
          NODES.stringNode(" x"),
          NODES.stringNode("x "),
          NODES.stringNode("x\n"),
          NODES.stringNode("\tx"),
          NODES.stringNode("x\u0007y"),
          NODES.stringNode("x\u2028"),
          NODES.stringNode("x\u00A0"),
          NODES.stringNode("a\u000Bb"),
          NODES.stringNode("x\r\ny"),
          NODES.stringNode("zz"),
          NODES.stringNode("Leg Cramps"),
          NODES.stringNode("leg--cramps"),
          NODES.stringNode("a".repeat(101)),
          NODES.stringNode("a".repeat(100)),
          NODES.stringNode("en-"),
          NODES.stringNode("pt-BR"),
          NODES.stringNode("ftp://example.org"),
          NODES.stringNode("https://"),
          NODES.stringNode("https://example.org/a b"),
          NODES.stringNode("http://x"),
          NODES.stringNode("2024-02-30"),
          NODES.stringNode("2024-02-29"),
          NODES.stringNode("2024-5-1"),
          NODES.stringNode("note"),
          NODES.stringNode("URGENT"),
          NODES.stringNode("routine"),
          NODES.arrayNode(),
          NODES.arrayNode().add("x"),
          NODES.objectNode(),
          NODES.objectNode().put("name", "x"));

  private static final List<JsonNode> STRINGS = VALUES.stream().filter(JsonNode::isString).toList();

  private final Validator validator =
      Validator.builder().clock(ValidDocumentsPropertiesTest.CLOCK).build();
  private final ConditionCodec codec = ConditionCodec.defaults();
  private final JsonNode schema = JsonMapper.builder().build().readTree(ConditionSchema.text());

  @Test
  void theCodecAcceptsExactlyWhatTheSchemaAcceptsAndRefusalsAreLocated() {
    qt().withExamples(Generators.examples())
        .forAll(
            Generators.conditions(Set.of()),
            Generate.longRange(0, Long.MAX_VALUE),
            Generate.pick(List.of(Format.JSON, Format.YAML)))
        .checkAssert(
            (c, seed, format) -> {
              Random random = new Random(seed);
              JsonNode tree = codec.toTree(c);
              int mutations = 1 + random.nextInt(2);
              for (int i = 0; i < mutations; i++) {
                mutate(tree, random);
              }
              String text = TestDocs.write(tree, format);

              Condition read = null;
              try {
                read = codec.read(text, format, "doc");
              } catch (ContentException e) {
                // refused by the model; the validator must refuse too
              }
              Report report = validator.validate(text, format, "doc");
              boolean structurallyValid =
                  report.problems().stream()
                      .noneMatch(
                          p ->
                              p.isError()
                                  && (p.code().startsWith("syntax")
                                      || p.code().startsWith("schema")));

              assertThat(structurallyValid)
                  .as("codec accepts == schema accepts\n" + text + report.toText())
                  .isEqualTo(read != null);
              assertThat(report.problems())
                  .as(text)
                  .noneMatch(
                      p -> p.code().equals(Codes.MODEL) || p.code().equals(Codes.SCHEMA_OTHER));
              assertThat(report.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
              if (read == null) {
                assertThat(report.errorCount()).isPositive();
              } else if (report.isValid()) {
                assertThat(report.condition()).contains(read);
              }
            });
  }

  private void mutate(JsonNode tree, Random random) {
    // Every kind of value (each schema definition) equally likely, however many texts there are.
    Map<JsonNode, List<Site>> byDefinition = new IdentityHashMap<>();
    for (Site s : TestDocs.sites(tree, schema)) {
      byDefinition.computeIfAbsent(s.schema(), k -> new ArrayList<>()).add(s);
    }
    List<List<Site>> groups = new ArrayList<>(byDefinition.values());
    groups.sort(Comparator.comparing(g -> g.get(0).pointer()));
    List<Site> group = groups.get(random.nextInt(groups.size()));
    Site site = group.get(random.nextInt(group.size()));
    int kind = random.nextInt(10);
    if (kind < 6 && !site.pointer().isEmpty()) {
      List<JsonNode> values = site.value().isString() && random.nextInt(5) > 0 ? STRINGS : VALUES;
      JsonNode value = values.get(random.nextInt(values.size())).deepCopy();
      JsonNode parent = TestDocs.parentOf(tree, site.pointer());
      String last = Pointers.last(site.pointer());
      if (parent.isObject()) {
        ((ObjectNode) parent).set(last, value);
      } else {
        ((ArrayNode) parent).set(Integer.parseInt(last), value);
      }
    } else if (kind < 8 && site.value().isObject() && site.value().size() > 0) {
      List<String> names = new ArrayList<>(site.value().propertyNames());
      ((ObjectNode) site.value()).remove(names.get(random.nextInt(names.size())));
    } else if (kind < 9 && site.value().isArray()) {
      ((ArrayNode) site.value()).removeAll();
    } else if (site.value().isObject()) {
      List<String> known = new ArrayList<>();
      site.schema().path("properties").propertyNames().forEach(known::add);
      String name =
          known.isEmpty() || random.nextBoolean()
              ? "extra"
              : known.get(random.nextInt(known.size()));
      ((ObjectNode) site.value()).set(name, VALUES.get(random.nextInt(VALUES.size())).deepCopy());
    }
  }
}
