package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Condition;
import dev.caresheet.model.ImmutableCondition;
import dev.caresheet.model.ImmutableMechanism;
import dev.caresheet.model.Inline;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.Mechanisms;
import dev.caresheet.schema.TestDocs.Place;
import dev.caresheet.schema.TestDocs.Site;
import dev.caresheet.schema.internal.Pointers;
import dev.caresheet.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Mutations of valid documents — a required property dropped, a value of the wrong type, an unknown
 * property, a blanked text, a broken id reference, a refused link inside a text — each yield an
 * error whose pointer is the mutated place and whose line and column are where that place is in the
 * text, in JSON and in YAML, with {@code \n} or {@code \r\n} line ends. Where the mutated value is,
 * is found without the validator: by searching the text for a unique marker, or with a second,
 * independent parser.
 */
class MutationPropertiesTest {

  private static final String NUMBER_MARKER = "271828182";
  private static final String KEY_MARKER = "zzUnknownKey";
  private static final String BLANK_MARKER = "ZZBLANKZZ";

  private final Validator validator =
      Validator.builder().clock(ValidDocumentsPropertiesTest.CLOCK).build();
  private final ConditionCodec codec = ConditionCodec.defaults();
  private final JsonNode schema = JsonMapper.builder().build().readTree(ConditionSchema.text());

  /** A valid document, how to pick among its sites, its format and its line ends. */
  private record Case(Condition condition, long seed, Format format, boolean crlf) {
    Random random() {
      return new Random(seed);
    }

    String finish(String text) {
      return crlf ? text.replace("\n", "\r\n") : text;
    }
  }

  private static Gen<Case> cases() {
    return Generators.conditions(Set.of())
        .zip(Generate.longRange(0, Long.MAX_VALUE), (c, seed) -> new Object[] {c, seed})
        .zip(
            Generate.pick(List.of(Format.JSON, Format.YAML)),
            (a, f) -> new Object[] {a[0], a[1], f})
        .zip(
            Generate.booleans(),
            (a, crlf) -> new Case((Condition) a[0], (Long) a[1], (Format) a[2], crlf));
  }

  @Test
  void droppingARequiredPropertyIsReportedAtTheObjectThatLacksIt() {
    qt().withExamples(Generators.examples())
        .forAll(cases())
        .checkAssert(
            k -> {
              Random random = k.random();
              JsonNode tree = codec.toTree(k.condition());
              Site site =
                  pick(
                      random, sites(tree, s -> s.value().isObject() && s.schema().has("required")));
              List<String> required = new ArrayList<>();
              site.schema().get("required").forEach(n -> required.add(n.asString()));
              String dropped = required.get(random.nextInt(required.size()));
              ((ObjectNode) site.value()).remove(dropped);
              String text = k.finish(TestDocs.write(tree, k.format()));
              // At the key of an object that is a property's value, as editors report it; at the
              // object
              // for the document and a list's item.
              String last = site.pointer().substring(site.pointer().lastIndexOf('/') + 1);
              Place expected =
                  site.pointer().isEmpty() || last.chars().allMatch(Character::isDigit)
                      ? TestDocs.placeOfPointer(text, site.pointer())
                      : TestDocs.placeOfKey(text, site.pointer());

              Report report = validator.validate(text, k.format(), "doc");

              assertThat(report.problems())
                  .as(text)
                  .anySatisfy(
                      p -> {
                        assertThat(p.severity()).isEqualTo(Severity.ERROR);
                        assertThat(p.code()).isEqualTo(Codes.SCHEMA_REQUIRED);
                        assertThat(p.pointer()).isEqualTo(site.pointer());
                        assertThat(TestDocs.placeOf(p)).isEqualTo(expected);
                        assertThat(p.message()).contains("`" + dropped + "`");
                      });
            });
  }

  @Test
  void aValueOfTheWrongTypeIsReportedWhereTheValueIs() {
    qt().withExamples(Generators.examples())
        .forAll(cases())
        .checkAssert(
            k -> {
              Random random = k.random();
              JsonNode tree = codec.toTree(k.condition());
              Site site = pick(random, sites(tree, s -> !s.pointer().isEmpty()));
              replace(tree, site.pointer(), IntNode.valueOf(Integer.parseInt(NUMBER_MARKER)));
              String text = k.finish(TestDocs.write(tree, k.format()));
              Place expected = TestDocs.placeOfMarker(text, NUMBER_MARKER);

              Report report = validator.validate(text, k.format(), "doc");

              assertThat(report.problems())
                  .as(text)
                  .anySatisfy(
                      p -> {
                        assertThat(p.severity()).isEqualTo(Severity.ERROR);
                        assertThat(p.code()).isEqualTo(Codes.SCHEMA_TYPE);
                        assertThat(p.pointer()).isEqualTo(site.pointer());
                        assertThat(TestDocs.placeOf(p)).isEqualTo(expected);
                      });
            });
  }

  @Test
  void anUnknownPropertyIsReportedAtItsName() {
    qt().withExamples(Generators.examples())
        .forAll(cases())
        .checkAssert(
            k -> {
              Random random = k.random();
              JsonNode tree = codec.toTree(k.condition());
              Site site = pick(random, sites(tree, s -> s.value().isObject()));
              ((ObjectNode) site.value()).put(KEY_MARKER, "x");
              String text = k.finish(TestDocs.write(tree, k.format()));
              Place expected = TestDocs.placeOfMarker(text, KEY_MARKER);

              Report report = validator.validate(text, k.format(), "doc");

              assertThat(report.problems())
                  .as(text)
                  .anySatisfy(
                      p -> {
                        assertThat(p.code()).isEqualTo(Codes.SCHEMA_UNKNOWN_PROPERTY);
                        assertThat(p.pointer())
                            .isEqualTo(Pointers.child(site.pointer(), KEY_MARKER));
                        assertThat(TestDocs.placeOf(p)).isEqualTo(expected);
                      });
            });
  }

  @Test
  void aBlankedTextIsReportedWhereTheTextIs() {
    qt().withExamples(Generators.examples())
        .forAll(cases(), Generate.pick(List.of("\"\"", "\"   \"", "\" \\n \"")))
        .checkAssert(
            (k, blank) -> {
              Random random = k.random();
              JsonNode tree = codec.toTree(k.condition());
              Site site = pick(random, sites(tree, s -> s.value().isString()));
              replace(tree, site.pointer(), StringNode.valueOf(BLANK_MARKER));
              String marked = k.finish(TestDocs.write(tree, k.format()));
              Place expected = TestDocs.placeOfMarker(marked, BLANK_MARKER);
              String text =
                  marked.replace("\"" + BLANK_MARKER + "\"", blank).replace(BLANK_MARKER, blank);

              Report report = validator.validate(text, k.format(), "doc");

              assertThat(report.problems())
                  .as(text)
                  .anySatisfy(
                      p -> {
                        assertThat(p.severity()).isEqualTo(Severity.ERROR);
                        assertThat(p.code()).startsWith("schema.");
                        assertThat(p.pointer()).isEqualTo(site.pointer());
                        assertThat(TestDocs.placeOf(p)).isEqualTo(expected);
                      });
            });
  }

  @Test
  void aRefusedLinkInsideATextIsReportedAtItsTarget() {
    // The link is appended to a paragraph text, in any style the writer chose (JSON escapes, YAML
    // plain, quoted or block scalars); the error is at the target's first character.
    qt().withExamples(Generators.examples())
        .forAll(cases())
        .checkAssert(
            k -> {
              Random random = k.random();
              Condition c = k.condition();
              List<dev.caresheet.model.Block> description = new ArrayList<>(c.description());
              description.add(dev.caresheet.model.Block.paragraph("Plain."));
              JsonNode tree =
                  codec.toTree(ImmutableCondition.copyOf(c).withDescription(description));
              Site site =
                  pick(
                      random,
                      sites(tree, x -> x.value().isString() && Inline.isInlineField(x.pointer())));
              String value = site.value().stringValue() + " [x](zzjs:alert(1))";
              replace(tree, site.pointer(), StringNode.valueOf(value));
              String text = k.finish(codec.write(codec.read(tree, "doc"), k.format()));
              Place expected = TestDocs.placeOfMarker(text, "zzjs");

              Report report = validator.validate(text, k.format(), "doc");

              assertThat(report.problems())
                  .as(text)
                  .anySatisfy(
                      p -> {
                        assertThat(p.code()).isEqualTo(Codes.RULE_LINK_SCHEME);
                        assertThat(p.pointer()).isEqualTo(site.pointer());
                        assertThat(TestDocs.placeOf(p)).isEqualTo(expected);
                      });
            });
  }

  @Test
  void aBrokenCauseReferenceIsReportedWhereItIs() {
    qt().withExamples(Generators.examples())
        .forAll(cases())
        .checkAssert(
            k -> {
              Random random = k.random();
              Condition c = withCausesAndMechanisms(k.condition());
              List<Mechanism> mechanisms = new ArrayList<>(c.mechanisms().orElseThrow().items());
              int i = random.nextInt(mechanisms.size());
              List<String> refs = new ArrayList<>(mechanisms.get(i).causes());
              int j = random.nextInt(refs.size() + 1);
              refs.add(j, "zz-missing-cause");
              mechanisms.set(i, ImmutableMechanism.copyOf(mechanisms.get(i)).withCauses(refs));
              Condition broken =
                  ImmutableCondition.copyOf(c)
                      .withMechanisms(
                          Mechanisms.builder()
                              .from(c.mechanisms().orElseThrow())
                              .items(mechanisms)
                              .build());
              String text = k.finish(codec.write(broken, k.format()));
              Place expected = TestDocs.placeOfMarker(text, "zz-missing-cause");

              Report report = validator.validate(text, k.format(), "doc");

              assertThat(report.problems())
                  .as(text)
                  .anySatisfy(
                      p -> {
                        assertThat(p.code()).isEqualTo(Codes.RULE_CAUSE_REF);
                        assertThat(p.pointer())
                            .isEqualTo("/mechanisms/items/" + i + "/causes/" + j);
                        assertThat(TestDocs.placeOf(p)).isEqualTo(expected);
                      });
              assertThat(report.condition()).isEmpty();
            });
  }

  @Test
  void anOutlineEntryNamingNoPartIsReportedWhereItIs() {
    qt().withExamples(Generators.examples())
        .forAll(cases())
        .checkAssert(
            k -> {
              Random random = k.random();
              List<String> outline = new ArrayList<>(k.condition().outline());
              int i = random.nextInt(outline.size() + 1);
              outline.add(i, "zz-missing-part");
              Condition broken = ImmutableCondition.copyOf(k.condition()).withOutline(outline);
              String text = k.finish(codec.write(broken, k.format()));
              Place expected = TestDocs.placeOfMarker(text, "zz-missing-part");

              Report report = validator.validate(text, k.format(), "doc");

              assertThat(report.problems())
                  .as(text)
                  .anySatisfy(
                      p -> {
                        assertThat(p.code()).isEqualTo(Codes.RULE_OUTLINE_UNKNOWN);
                        assertThat(p.pointer()).isEqualTo("/outline/" + i);
                        assertThat(TestDocs.placeOf(p)).isEqualTo(expected);
                      });
            });
  }

  @Test
  void aDuplicateCauseIdIsReportedAtTheSecondId() {
    qt().withExamples(Generators.examples())
        .forAll(cases())
        .checkAssert(
            k -> {
              Random random = k.random();
              Condition c = withCausesAndMechanisms(k.condition());
              List<Cause> causes = new ArrayList<>(c.causes().orElseThrow().items());
              Cause twin =
                  Cause.of(causes.get(random.nextInt(causes.size())).id(), "Another cause");
              causes.add(twin);
              Condition broken =
                  ImmutableCondition.copyOf(c)
                      .withCauses(
                          Causes.builder().from(c.causes().orElseThrow()).items(causes).build());
              String text = k.finish(codec.write(broken, k.format()));
              String pointer = "/causes/items/" + (causes.size() - 1) + "/id";
              Place expected = TestDocs.placeOfPointer(text, pointer);

              Report report = validator.validate(text, k.format(), "doc");

              assertThat(report.problems())
                  .as(text)
                  .anySatisfy(
                      p -> {
                        assertThat(p.code()).isEqualTo(Codes.RULE_UNIQUE_ID);
                        assertThat(p.pointer()).isEqualTo(pointer);
                        assertThat(TestDocs.placeOf(p)).isEqualTo(expected);
                      });
            });
  }

  /**
   * The document with at least one cause and at least one mechanism; a part that is prose only
   * gains an item.
   */
  private static Condition withCausesAndMechanisms(Condition c) {
    Cause cause = Cause.of("zz-cause", "A cause");
    Mechanism mechanism =
        Mechanism.builder()
            .id("zz-mechanism")
            .name("A mechanism")
            .addDescription("How it happens.")
            .build();
    Causes causes =
        c.causes()
            .filter(p -> !p.items().isEmpty())
            .orElse(
                Causes.builder()
                    .from(c.causes().orElse(Causes.of(List.of(cause))))
                    .items(List.of(cause))
                    .build());
    Mechanisms mechanisms =
        c.mechanisms()
            .filter(p -> !p.items().isEmpty())
            .orElse(
                Mechanisms.builder()
                    .from(c.mechanisms().orElse(Mechanisms.of(List.of(mechanism))))
                    .items(List.of(mechanism))
                    .build());
    return ImmutableCondition.copyOf(c).withCauses(causes).withMechanisms(mechanisms);
  }

  private List<Site> sites(JsonNode tree, Predicate<Site> which) {
    List<Site> sites = new ArrayList<>();
    for (Site s : TestDocs.sites(tree, schema)) {
      if (which.test(s)) {
        sites.add(s);
      }
    }
    return sites;
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static void replace(JsonNode tree, String pointer, JsonNode value) {
    JsonNode parent = TestDocs.parentOf(tree, pointer);
    String last = Pointers.last(pointer);
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    }
  }
}
