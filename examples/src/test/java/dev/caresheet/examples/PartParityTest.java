package dev.caresheet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import dev.caresheet.model.PartKind;
import dev.caresheet.model.Types;
import dev.caresheet.render.Labels;
import dev.caresheet.render.html.HtmlRenderer;
import dev.caresheet.render.text.TextRenderer;
import dev.caresheet.schema.ConditionSchema;
import dev.caresheet.testing.Generators;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every typed part declared in {@link PartKind} is complete everywhere the compiler cannot see: a
 * property and a definition of the published shape in the JSON Schema, a label in every built-in
 * bundle, a rendering in each built-in format, its JSON-LD mapping (or its explicit none), and a
 * generator that makes it with items and as prose only. Adding a part and forgetting one of these
 * fails here, naming the part.
 */
class PartParityTest {

  private static final JsonNode SCHEMA =
      JsonMapper.builder().build().readTree(ConditionSchema.text());
  private static final List<Condition> SAMPLE =
      Generators.sample(Generators.conditions(), 400, 20261202L);
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
  private static final TextRenderer TEXT = TextRenderer.builder().build();

  static List<PartKind> kinds() {
    return PartKind.typed();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theSchemaHasTheProperty(PartKind kind) {
    String key = kind.key().orElseThrow();
    assertThat(SCHEMA.at("/properties/" + key + "/$ref").asString())
        .as(key)
        .isEqualTo("#/$defs/" + key);
    JsonNode def = SCHEMA.at("/$defs/" + key);
    assertThat(def.get("type").asString()).as(key).isEqualTo("object");
    assertThat(def.get("additionalProperties").asBoolean(true)).as(key).isFalse();
    List<String> properties = new ArrayList<>();
    def.get("properties").propertyNames().forEach(properties::add);
    assertThat(properties)
        .as(key)
        .startsWith("heading", "intro", "callouts", "items")
        .endsWith("conclusion");
    assertThat(def.at("/anyOf/0/required/0").asString()).as(key).isEqualTo("items");
    assertThat(def.at("/anyOf/1/required/0").asString()).as(key).isEqualTo("intro");
    String item = def.at("/properties/items/items/$ref").asString();
    assertThat(item).as(key).startsWith("#/$defs/");
    assertThat(SCHEMA.at(item.substring(1)).isObject()).as(item).isTrue();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyBuiltInBundleLabelsIt(PartKind kind) throws IOException {
    for (String bundle : List.of("Labels.properties", "Labels_ru.properties")) {
      Properties labels = read(bundle);
      assertThat(labels.getProperty(kind.labelKey()))
          .as(bundle + " " + kind.labelKey())
          .isNotBlank();
      assertThat(labels.stringPropertyNames()).as(bundle).containsAll(Labels.KEYS);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theGeneratorsMakeItWithItemsAndAsProseOnly(PartKind kind) {
    assertThat(SAMPLE)
        .as(kind + " with items")
        .anySatisfy(c -> assertThat(kind.in(c).map(p -> p.items().size()).orElse(0)).isPositive());
    assertThat(SAMPLE)
        .as(kind + " as prose only")
        .anySatisfy(
            c ->
                assertThat(kind.in(c).filter(p -> p.items().isEmpty() && !p.intro().isEmpty()))
                    .isPresent());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void eachFormatRendersItAndTheJsonLdMapsIt(PartKind kind) {
    Condition c =
        SAMPLE.stream()
            .filter(
                d ->
                    kind.in(d)
                        .filter(p -> !p.items().isEmpty() && p.heading().isEmpty())
                        .isPresent())
            .filter(d -> kind != PartKind.TYPES || d.types().map(Types::stages).orElse(false))
            .findFirst()
            .orElseThrow();
    String label = Labels.forLanguage(c.language()).part(kind);
    Document html = Jsoup.parse(HTML.render(c));
    assertThat(html.select("section." + kebab(kind.key().orElseThrow()) + " > h2").text())
        .as(kind + " in HTML")
        .isEqualTo(label);
    assertThat(TEXT.render(c)).as(kind + " in text").contains("\n" + label + "\n");
    JsonNode condition =
        JsonMapper.builder()
            .build()
            .readTree(html.selectFirst("script[type=application/ld+json]").data())
            .get("mainEntity");
    Optional<String> property = kind.schemaOrgProperty();
    if (property.isPresent()) {
      assertThat(condition.has(property.get())).as(kind + " as " + property.get()).isTrue();
    }
  }

  @Test
  void theCanonicalFormWritesThePartsInTheirDeclaredOrder() {
    Condition all =
        SAMPLE.stream()
            .max(
                (a, b) ->
                    Long.compare(
                        PartKind.typed().stream().filter(k -> k.in(a).isPresent()).count(),
                        PartKind.typed().stream().filter(k -> k.in(b).isPresent()).count()))
            .orElseThrow();
    JsonNode written =
        JsonMapper.builder().build().readTree(ConditionCodec.defaults().write(all, Format.JSON));
    List<String> order = new ArrayList<>();
    written.propertyNames().forEach(name -> PartKind.ofKey(name).ifPresent(k -> order.add(name)));
    List<String> declared = new ArrayList<>();
    PartKind.typed()
        .forEach(
            k -> {
              if (k.in(all).isPresent()) {
                declared.add(k.key().orElseThrow());
              }
            });
    assertThat(order).hasSizeGreaterThan(5).isEqualTo(declared);
  }

  private static String kebab(String key) {
    return key.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
  }

  private static Properties read(String name) throws IOException {
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
