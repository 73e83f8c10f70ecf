package dev.caresheet.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrapping, indentation and safety of {@link TextWriter}, with exact expected output. */
class TextWriterTest {

  private final StringBuilder out = new StringBuilder();

  private TextWriter writer(int width) {
    out.setLength(0);
    return new TextWriter(out, width);
  }

  @Test
  void wrapsGreedilyAtSpacesWithNoTrailingSpace() throws IOException {
    writer(20).paragraph("The quick brown fox jumps over the lazy dog and runs away.");
    assertThat(out).hasToString("The quick brown fox\njumps over the lazy\ndog and runs away.\n");
  }

  @Test
  void aLineMayFillTheWidthExactly() throws IOException {
    writer(20).paragraph("aaaaaaaaa bbbbbbbbbb c");
    assertThat(out).hasToString("aaaaaaaaa bbbbbbbbbb\nc\n");
  }

  @Test
  void aWordWiderThanTheLineStandsAloneAndIsNotCut() throws IOException {
    writer(20).paragraph("see https://example.org/a/very/long/path/indeed now");
    assertThat(out).hasToString("see\nhttps://example.org/a/very/long/path/indeed\nnow\n");
  }

  @Test
  void hyphensAndSlashesAreNotBreakOpportunities() throws IOException {
    writer(20).paragraph("a low-sodium and/or high-potassium diet");
    assertThat(out).hasToString("a low-sodium and/or\nhigh-potassium diet\n");
  }

  @Test
  void whiteSpaceRunsAndTabsBecomeOneSpace() throws IOException {
    writer(20).paragraph("a  b\tc \t d");
    assertThat(out).hasToString("a b c d\n");
  }

  @Test
  void theTextsOwnLineBreaksAreKeptAndSpacesAroundThemDropped() throws IOException {
    writer(20).paragraph("one \n two\r\nthree\rfour\u2028five\u2029six\n\nseven");
    assertThat(out).hasToString("one\ntwo\nthree\nfour\nfive\nsix\n\nseven\n");
  }

  @Test
  void blankLinesAtAParagraphsStartAndEndAreDropped() throws IOException {
    writer(20).paragraph("\n\nmiddle\n \n");
    assertThat(out).hasToString("middle\n");
  }

  @Test
  void wideCharactersCountTwoColumns() throws IOException {
    // 12 ideographs are 24 columns: ten fit in 20.
    writer(20).paragraph("漢字漢字漢字漢字漢字漢字");
    assertThat(out).hasToString("漢字漢字漢字漢字漢字\n漢字\n");
  }

  @Test
  void noLineStartsWithClosingPunctuationBetweenIdeographs() throws IOException {
    // A break is allowed only between two ideographs, so "。" stays with the character before it.
    writer(20).paragraph("漢字漢字漢字漢字漢字。漢字");
    assertThat(out).hasToString("漢字漢字漢字漢字漢\n字。漢字\n");
  }

  @Test
  void koreanBreaksAtSpacesOnly() throws IOException {
    writer(20).paragraph("다리 경련은 근육이 갑자기 수축하는 것입니다");
    assertThat(out).hasToString("다리 경련은 근육이\n갑자기 수축하는\n것입니다\n");
  }

  @Test
  void emojiSequencesAndFlagsAreNeverSplit() throws IOException {
    String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    String flag = "\uD83C\uDDFA\uD83C\uDDE6";
    String thumb = "\uD83D\uDC4D\uD83C\uDFFD";
    // Eleven emoji clusters of two columns with no spaces: ten fit, and they break between
    // clusters.
    String text = (family + flag + thumb).repeat(3) + family + flag;
    writer(20).paragraph(text);
    assertThat(out).hasToString((family + flag + thumb).repeat(3) + family + "\n" + flag + "\n");
  }

  @Test
  void aCombiningMarkAfterASpaceIsNotABreak() throws IOException {
    // " \u0301" is one grapheme cluster: breaking at the space would orphan the mark.
    writer(20).paragraph("aaaaaaaaaaaaaaaaaa \u0301b cc");
    assertThat(out).hasToString("aaaaaaaaaaaaaaaaaa \u0301b\ncc\n");
  }

  @Test
  void combiningMarksTakeNoColumn() throws IOException {
    String e = "e\u0301";
    writer(20).paragraph((e + e + e + e + " ").repeat(4).strip());
    assertThat(out).hasToString((e + e + e + e + " ").repeat(3) + e + e + e + e + "\n");
  }

  @Test
  void aLineMayBreakAfterAZeroWidthSpace() throws IOException {
    writer(20).paragraph("aaaaaaaaaaaaaaa\u200Bbbbbbbbbbb");
    assertThat(out).hasToString("aaaaaaaaaaaaaaa\u200B\nbbbbbbbbbb\n");
  }

  @Test
  void aNoBreakSpaceDoesNotBreak() throws IOException {
    writer(20).paragraph("aaaaaaaaaaaaaaa 10\u00A0mg");
    assertThat(out).hasToString("aaaaaaaaaaaaaaa\n10\u00A0mg\n");
  }

  @Test
  void controlCharactersAreReplacedSoNoEscapeSequenceReachesATerminal() throws IOException {
    writer(20).paragraph("red\u001B[31m text\u0007\u009B");
    assertThat(out).hasToString("red\uFFFD[31m text\uFFFD\uFFFD\n");
  }

  @Test
  void loneSurrogatesAreReplaced() throws IOException {
    writer(20).paragraph("a\uD800b \uDC00");
    assertThat(out).hasToString("a\uFFFDb \uFFFD\n");
  }

  @Test
  void anOpenBidiOverrideIsClosedAtTheEndOfItsText() throws IOException {
    writer(40).paragraph("\u202Eevil", " (", "\u2067x\u202Ay", ")");
    assertThat(out).hasToString("\u202Eevil\u202C (\u2067x\u202Ay\u202C\u2069)\n");
  }

  @Test
  void balancedBidiFormattingIsLeftAlone() throws IOException {
    writer(40).paragraph("a\u2067שלום\u2069 b \u202Bx\u202C");
    assertThat(out).hasToString("a\u2067שלום\u2069 b \u202Bx\u202C\n");
  }

  @Test
  void rightToLeftTextStaysInLogicalOrder() throws IOException {
    writer(20).paragraph("שלום עולם ומה שלומך היום");
    assertThat(out).hasToString("שלום עולם ומה שלומך\nהיום\n");
  }

  @Test
  void headingsAreUnderlinedToTheirWidthInColumns() throws IOException {
    writer(20).title("Leg cramps").heading("漢字").paragraph("text");
    assertThat(out).hasToString("Leg cramps\n==========\n\n漢字\n----\n\ntext\n");
  }

  @Test
  void aLongHeadingWrapsAndItsUnderlineFitsTheWidth() throws IOException {
    writer(20).heading("When should I seek help from a doctor");
    assertThat(out).hasToString("When should I seek\nhelp from a doctor\n------------------\n");
  }

  @Test
  void blankLinesAreCoalescedAndNeverFirstOrLast() throws IOException {
    writer(20).blankLine().paragraph("a").blankLine().blankLine().paragraph("b").blankLine();
    assertThat(out).hasToString("a\n\nb\n");
  }

  @Test
  void listItemsIndentTheirLinesBeneathTheMarker() throws IOException {
    TextWriter w = writer(20);
    w.beginNumbered(1).paragraph("Stretch the cramped muscle slowly.");
    w.beginBullet().paragraph("Calf: pull your toes towards you.").end();
    w.end();
    w.beginNumbered(10).paragraph("Rest.").end();
    assertThat(out)
        .hasToString(
            "1. Stretch the\n   cramped muscle\n   slowly.\n"
                + "   - Calf: pull your\n     toes towards\n     you.\n"
                + "10. Rest.\n");
  }

  @Test
  void emptyLinesInsideAnItemHaveNoIndentation() throws IOException {
    writer(20).beginBullet().paragraph("one\n\ntwo").end();
    assertThat(out).hasToString("- one\n\n  two\n");
  }

  @Test
  void labelledTextHangsBeneathTheLabel() throws IOException {
    writer(20).labelled("Important", "Night cramps can last minutes.");
    assertThat(out).hasToString("Important: Night\n  cramps can last\n  minutes.\n");
  }

  @Test
  void aLabelEndingInPunctuationGetsNoColon() throws IOException {
    writer(40).labelled("Important!", "Read this.").labelled("Also known as", List.of("a", "b"));
    assertThat(out).hasToString("Important! Read this.\nAlso known as: a, b\n");
  }

  @Test
  void aLinkIsNeverBrokenEvenBetweenIdeographs() throws IOException {
    writer(20).link("https://example.org/漢字漢字漢字漢字漢字");
    assertThat(out).hasToString("https://example.org/漢字漢字漢字漢字漢字\n");
  }

  @Test
  void indentationCountsTowardTheWidth() throws IOException {
    TextWriter w = writer(20);
    w.beginBullet().beginBullet().beginBullet().paragraph("aaaa bbbb ccccc dddd").end().end().end();
    assertThat(out).hasToString("- - - aaaa bbbb\n      ccccc dddd\n");
  }

  @Test
  void misuseFailsAtOnce() {
    assertThatThrownBy(() -> new TextWriter(new StringBuilder(), 19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 20");
    TextWriter w = writer(20);
    assertThatThrownBy(w::end).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> w.heading(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.beginItem("1.\n")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.beginItem("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.labelled("x", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.paragraph(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> w.beginHangingIndent(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
