package dev.caresheet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.model.Inline;
import dev.caresheet.model.Inline.LinkKind;
import dev.caresheet.model.Inline.Mark;
import dev.caresheet.model.Inline.Run;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InlineTest {

  private static String shape(String source) {
    return Inline.parse(source).runs().stream()
        .map(InlineTest::shape)
        .collect(Collectors.joining("|"));
  }

  private static String shape(Run r) {
    String s = r.text();
    if (r.has(Mark.EMPHASIS)) {
      s = "em(" + s + ")";
    }
    if (r.has(Mark.STRONG)) {
      s = "strong(" + s + ")";
    }
    if (r.link().isPresent()) {
      s = "a[" + r.link().get().kind() + " " + r.link().get().target() + "](" + s + ")";
    }
    return s;
  }

  @Test
  void theExampleOfTheIssue() {
    String source =
        "Drink *plenty* of fluids; see [NHS 111](https://111.nhs.uk/) or [the causes](#causes).";
    assertThat(shape(source))
        .isEqualTo(
            "Drink |em(plenty)| of fluids; see |a[EXTERNAL https://111.nhs.uk/](NHS 111)"
                + "| or |a[FRAGMENT causes](the causes)|.");
    Inline inline = Inline.parse(source);
    assertThat(inline.plainText()).isEqualTo("Drink plenty of fluids; see NHS 111 or the causes.");
    assertThat(inline.links())
        .extracting(Inline.Link::targetIndex)
        .containsExactly(source.indexOf("https"), source.indexOf("#causes"));
  }

  @Test
  void marksNestAndLinksCarryMarks() {
    assertThat(shape("**a _b_** [*c* d](condition:migraine)"))
        .isEqualTo(
            "strong(a )|strong(em(b))| |a[CONDITION migraine](em(c))|a[CONDITION migraine]( d)");
    assertThat(shape("__x__")).isEqualTo("strong(x)");
  }

  @Test
  void refusedTargetsAreLinksTheValidatorReports() {
    for (String target :
        List.of(
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "&#106;avascript:alert(1)",
            "%6Aavascript:alert(1)",
            "page.html",
            "#Not_A_Key",
            "condition:Bad",
            "ftp://x",
            "http://")) {
      Inline inline = Inline.parse("[x](" + target + ")");
      assertThat(inline.links()).as(target).hasSize(1);
      assertThat(inline.links().get(0).kind()).as(target).isEqualTo(LinkKind.REFUSED);
      assertThat(inline.links().get(0).targetIndex()).isEqualTo(4);
      assertThat(inline.plainText()).isEqualTo("x");
    }
    assertThat(Inline.parse("[x](<mailto:a@b.example>)").links().get(0).targetIndex()).isEqualTo(5);
    assertThat(Inline.parse("[x](tel:+44111)").links().get(0).kind()).isEqualTo(LinkKind.EXTERNAL);
  }

  @Test
  void everythingElseIsLiteral() {
    for (String literal :
        List.of(
            "<b>bold</b>",
            "<https://example.org/>",
            "![alt](https://x.example/a.png)",
            "`code *x*`",
            "&amp; &lt;",
            "# heading",
            "- item\n- item",
            "> quote",
            "    indented",
            "[ref]\n\n[ref]: https://example.org/",
            "a  \nb",
            "x\n\n\ny",
            "1. one",
            "***",
            "a\n---")) {
      Inline inline = Inline.parse(literal);
      assertThat(inline.links()).as(literal).isEmpty();
      assertThat(inline.runs()).as(literal).allMatch(r -> r.marks().isEmpty());
      assertThat(inline.plainText()).as(literal).isEqualTo(literal);
    }
    assertThat(Inline.plain("a \\*b\\* \\\\ \\[c]")).isEqualTo("a *b* \\ [c]");
    assertThat(Inline.plain("a\\nb")).isEqualTo("a\\nb");
  }

  @Test
  void escapedTextMeansItself() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.text())
        .checkAssert(
            text -> {
              Inline inline = Inline.parse(Inline.escape(text));
              assertThat(inline.plainText()).isEqualTo(text);
              assertThat(inline.hasMarkup()).isFalse();
            });
  }

  @Test
  void generatedMarkupKeepsItsText() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.inlineText())
        .checkAssert(
            source -> {
              Inline inline = Inline.parse(source);
              assertThat(inline.source()).isEqualTo(source);
              assertThat(inline.links()).allMatch(l -> l.kind() == LinkKind.EXTERNAL);
              assertThat(inline.runs()).allMatch(r -> !r.text().isEmpty());
            });
  }

  @Test
  void inlineFieldsByPointer() {
    assertThat(Inline.isInlineField("/description/0")).isTrue();
    assertThat(Inline.isInlineField("/causes/items/2/description")).isTrue();
    assertThat(Inline.isInlineField("/sections/0/body/1")).isTrue();
    assertThat(Inline.isInlineField("/callouts/0/text")).isTrue();
    assertThat(Inline.isInlineField("/causes/callouts/1/text")).isTrue();
    assertThat(Inline.isInlineField("/selfCare/items/0/text")).isFalse();
    assertThat(Inline.isInlineField("/causes/items/0/name")).isFalse();
    assertThat(Inline.isInlineField("/summary")).isFalse();
    assertThat(Inline.isInlineField("/description/1/list/0")).isTrue();
    assertThat(Inline.isInlineField("/causes/intro/0/numbered/2")).isTrue();
    assertThat(Inline.isInlineField("/sections/0/body/2/table/rows/1/0")).isTrue();
    assertThat(Inline.isInlineField("/sections/0/body/2/table/header/1")).isTrue();
    assertThat(Inline.isInlineField("/sections/0/body/2/table/caption")).isTrue();
    assertThat(Inline.isInlineField("/description/3/figure/caption")).isTrue();
    assertThat(Inline.isInlineField("/description/3/figure/alt")).isFalse();
    assertThat(Inline.isInlineField("/description/3/figure/credit")).isFalse();
    assertThat(Inline.isInlineField("/description/3/subheading")).isFalse();
    assertThat(Inline.isInlineField("/callouts/0/title")).isFalse();
  }
}
