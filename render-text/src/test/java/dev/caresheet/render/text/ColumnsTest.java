package dev.caresheet.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many terminal columns texts take, by grapheme cluster. */
class ColumnsTest {

  @ParameterizedTest(name = "{2}: {1} columns")
  @CsvSource(
      delimiter = '|',
      value = {
        "abc|3|ASCII",
        "''|0|empty",
        "Причины|7|Cyrillic (East Asian ambiguous) counts one",
        "漢字|4|CJK ideographs are wide",
        "ひらがなカタカナ|16|kana are wide",
        "한국어|6|precomposed Hangul syllables are wide",
        "\u1100\u1161\u11A8|2|conjoining Hangul jamo make one wide syllable",
        "ＡＢＣ１|8|fullwidth forms are wide",
        "ｶﾀｶﾅ|4|halfwidth katakana are narrow",
        "ｶﾞ|2|a halfwidth voiced mark takes its own column",
        "\u3000|2|the ideographic space is wide",
        "😀|2|an emoji",
        "😀😀|4|two emoji",
        "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67|2|an emoji ZWJ sequence is one cluster",
        "\uD83C\uDDFA\uD83C\uDDE6|2|a flag (two regional indicators) is one cluster",
        "\uD83C\uDDFA\uD83C\uDDE6\uD83C\uDDF7\uD83C\uDDFA|4|two flags",
        "\uD83D\uDC4D\uD83C\uDFFD|2|an emoji with a skin tone",
        "\u2764\uFE0F|2|a text-default emoji with VS16 is wide",
        "\u2764|1|a text-default emoji without VS16 is narrow",
        "1\uFE0F\u20E3|2|a keycap sequence",
        "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F|2|a tag sequence flag",
        "e\u0301|1|a combining acute accent takes no column",
        "a\u0308\u0301|1|two combining marks",
        "Z\u0351\u0363|1|combining marks above",
        "\u0301|0|a lone combining mark",
        "\u200Bzero|4|a zero width space takes no column",
        "a\u200Cb\u200Dc\u2060d\uFEFF|4|joiners, word joiner and BOM take none",
        "x\u00ADy|3|a soft hyphen counts one, as glibc counts it",
        "\u202Eevil|4|a bidi override takes no column",
        "שלום|4|Hebrew",
        "مرحبا|5|Arabic",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢|7|mathematical letters outside the BMP are narrow",
        "का|2|a Devanagari spacing vowel sign counts one, as wcwidth counts it",
        "non\u00A0break|9|a no-break space counts one",
      })
  void columns(String text, int columns, String why) {
    assertThat(TextWriter.columns(text)).as(why).isEqualTo(columns);
  }
}
