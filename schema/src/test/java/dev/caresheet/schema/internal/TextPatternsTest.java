package dev.caresheet.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import dev.caresheet.schema.ConditionSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TextPatternsTest {

  private static final List<String> SCANNED =
      List.of(
          TextPatterns.NOT_BLANK,
          TextPatterns.NO_LEADING_SPACE,
          TextPatterns.NO_TRAILING_SPACE,
          TextPatterns.NO_CONTROL,
          TextPatterns.NO_LONE_SURROGATE);

  /**
   * The characters that decide the five patterns: each white-space character and its neighbours,
   * the edges of the control ranges, tab and line feed, both kinds of surrogate, a character beyond
   * the BMP (a surrogate pair as two of these), and ordinary letters.
   */
  private static final String ALPHABET =
      "a\u00E9 \t\n\u000B\r\u001F\u0000\u0008\u007F\u009F\u00A0"
          + "\u00A1\u1680\u2000\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\uD83D\uDE00\uDBFF\uDC00";

  @Test
  void theScansAnswerAsJavaUtilRegexDoesOnEveryShortString() {
    List<String> strings = new ArrayList<>();
    strings.add("");
    List<String> previous = List.of("");
    for (int length = 1; length <= 4; length++) {
      List<String> next = new ArrayList<>();
      for (String s : previous) {
        for (int i = 0; i < ALPHABET.length(); i++) {
          next.add(s + ALPHABET.charAt(i));
        }
      }
      strings.addAll(next);
      previous = next;
    }
    // And longer ones: every string of the alphabet's surrogates and one letter, up to 6.
    String surrogates = "\uD83D\uDE00a";
    previous = List.of("");
    for (int length = 1; length <= 6; length++) {
      List<String> next = new ArrayList<>();
      for (String s : previous) {
        for (int i = 0; i < surrogates.length(); i++) {
          next.add(s + surrogates.charAt(i));
        }
      }
      strings.addAll(next);
      previous = next;
    }
    for (String pattern : SCANNED) {
      RegularExpression scan = TextPatterns.FACTORY.getRegularExpression(pattern);
      RegularExpression regex =
          JDKRegularExpressionFactory.getInstance().getRegularExpression(pattern);
      for (String s : strings) {
        assertThat(scan.matches(s))
            .as("%s on %s", pattern, s.codePoints().mapToObj(Integer::toHexString).toList())
            .isEqualTo(regex.matches(s));
      }
    }
  }

  @Test
  void thePublishedSchemaSpellsTheTextRulesAsTheScansExpect() {
    JsonNode defs = JsonMapper.shared().readTree(ConditionSchema.text()).get("$defs");
    assertThat(defs.get("notBlank").get("pattern").asString()).isEqualTo(TextPatterns.NOT_BLANK);
    assertThat(defs.get("noLeadingSpace").get("pattern").asString())
        .isEqualTo(TextPatterns.NO_LEADING_SPACE);
    assertThat(defs.get("noTrailingSpace").get("pattern").asString())
        .isEqualTo(TextPatterns.NO_TRAILING_SPACE);
    assertThat(defs.get("noControlCharacter").get("pattern").asString())
        .isEqualTo(TextPatterns.NO_CONTROL);
    assertThat(defs.get("noLoneSurrogate").get("pattern").asString())
        .isEqualTo(TextPatterns.NO_LONE_SURROGATE);
  }

  @Test
  void otherPatternsStayRegularExpressions() {
    assertThat(TextPatterns.isScanned("^[a-z0-9]+(?:-[a-z0-9]+)*$")).isFalse();
    assertThat(
            TextPatterns.FACTORY
                .getRegularExpression("^[a-z0-9]+(?:-[a-z0-9]+)*$")
                .matches("leg-cramps"))
        .isTrue();
    assertThat(
            TextPatterns.FACTORY.getRegularExpression("^[a-z0-9]+(?:-[a-z0-9]+)*$").matches("Leg"))
        .isFalse();
    SCANNED.forEach(p -> assertThat(TextPatterns.isScanned(p)).isTrue());
  }
}
