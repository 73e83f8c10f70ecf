package dev.caresheet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import org.junit.jupiter.api.Test;

/** The codec loses nothing and its canonical output is stable, for every generated document. */
class RoundTripPropertiesTest {

  private final ConditionCodec codec = ConditionCodec.defaults();

  @Test
  void jsonRoundTripIsEqual() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions())
        .checkAssert(
            c -> assertThat(codec.read(codec.write(c, Format.JSON), Format.JSON, "")).isEqualTo(c));
  }

  @Test
  void yamlRoundTripIsEqual() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions())
        .checkAssert(
            c -> assertThat(codec.read(codec.write(c, Format.YAML), Format.YAML, "")).isEqualTo(c));
  }

  @Test
  void canonicalJsonIsByteStable() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions())
        .checkAssert(
            c -> {
              String canonical = codec.write(c, Format.JSON);
              assertThat(codec.write(codec.read(canonical, Format.JSON, ""), Format.JSON))
                  .isEqualTo(canonical);
            });
  }

  @Test
  void canonicalYamlIsByteStable() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions())
        .checkAssert(
            c -> {
              String canonical = codec.write(c, Format.YAML);
              assertThat(codec.write(codec.read(canonical, Format.YAML, ""), Format.YAML))
                  .isEqualTo(canonical);
            });
  }

  @Test
  void jsonThroughYamlAndBackIsByteIdentical() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions())
        .checkAssert(
            c -> {
              String json = codec.write(c, Format.JSON);
              String yaml = codec.write(codec.read(json, Format.JSON, ""), Format.YAML);
              assertThat(codec.write(codec.read(yaml, Format.YAML, ""), Format.JSON))
                  .isEqualTo(json);
            });
  }
}
