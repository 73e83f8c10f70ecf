package dev.caresheet.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.model.Condition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML is read as YAML 1.2's core schema, as editors read it, and texts are written so. */
class YamlCoreSchemaTest {
  private final ConditionCodec codec = ConditionCodec.defaults();

  private static String doc(String summary) {
    return "id: a\nlanguage: en\nname: A\nsummary: " + summary + "\n";
  }

  @Test
  void nullsNumbersAndBooleansOfTheCoreSchemaAreNotTexts() {
    List<String> read = new java.util.ArrayList<>();
    for (String value :
        List.of("~", "null", "Null", "0x1F", "0o17", "+12", "017", "True", "-.5", ".NaN")) {
      try {
        read.add(value + " as " + codec.read(doc(value), Format.YAML, "x.yaml").summary());
      } catch (ContentException e) {
        assertThat(e).hasMessageContaining("summary");
      }
    }
    assertThat(read).as("read as texts").isEmpty();
  }

  @Test
  void yesNoAndOtherWordsStayTexts() {
    for (String value : List.of("yes", "no", "on", "off", "0b11", "1_000", "0x", "12:30")) {
      assertThat(codec.read(doc(value), Format.YAML, "x.yaml").summary()).as(value).contains(value);
    }
  }

  @Test
  void textsThatLookLikeCoreScalarsAreWrittenQuotedAndReadBack() {
    for (String text :
        List.of(
            "~", "null", "NULL", "0x1F", "0o17", "+12", "017", "TRUE", "False", "+1e3", "-.Inf",
            ".NaN", ".5", "12.", "yes", "no", "0b11")) {
      Condition c = Condition.builder().id("a").language("en").name("A").summary(text).build();
      String yaml = codec.write(c, Format.YAML);
      assertThat(codec.read(yaml, Format.YAML, "x.yaml")).as(yaml).isEqualTo(c);
    }
  }
}
