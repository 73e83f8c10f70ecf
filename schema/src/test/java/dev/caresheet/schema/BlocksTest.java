package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocks in prose: the schema's and the rules' problems, each at its place. */
class BlocksTest {

  private final Validator validator = Validator.create();

  private static final String HEAD = "id: x\nlanguage: en\nname: X\ndescription:\n";

  private List<Problem> yaml(String description) {
    return validator.validate(HEAD + description, Format.YAML, "x.yaml").problems();
  }

  @Test
  void everyBlockKindValidates() {
    assertThat(
            yaml(
                String.join(
                    "\n",
                    "  - A paragraph.",
                    "  - list: [one, '*two*']",
                    "  - numbered: [first, '[NHS 111](https://111.nhs.uk/)']",
                    "  - subheading: Vena cava filter",
                    "  - table:",
                    "      caption: Doses",
                    "      header: [Age, Dose]",
                    "      rows: [[Adult, '**2**'], [Child, '1']]",
                    "  - figure:",
                    "      src: https://example.org/calf.png",
                    "      alt: A calf stretch",
                    "      caption: Stretch *gently*",
                    "      credit: 'Photo: A. Person'",
                    "      license: {name: CC BY 4.0, url: 'https://creativecommons.org/licenses/by/4.0/'}",
                    "  - figure: {src: 'https://example.org/line.png', decorative: true}",
                    "")))
        .isEmpty();
  }

  @Test
  void aMisspelledBlockIsAnUnknownPropertyWithAHint() {
    assertThat(yaml("  - lsit: [a]\n"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Codes.SCHEMA_UNKNOWN_PROPERTY);
              assertThat(p.pointer()).isEqualTo("/description/0/lsit");
              assertThat(p.line() + ":" + p.column()).isEqualTo("5:5");
              assertThat(p.hint()).contains("did you mean `list`?");
            });
  }

  @Test
  void aBlockWithTwoKeysOrNoneIsOneProblem() {
    assertThat(yaml("  - list: [a]\n    numbered: [b]\n  - {}\n"))
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Codes.SCHEMA_BLOCK, "/description/0"),
            org.assertj.core.groups.Tuple.tuple(Codes.SCHEMA_BLOCK, "/description/1"));
  }

  @Test
  void aNumberWhereABlockBelongsIsATypeError() {
    assertThat(yaml("  - 42\n"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Codes.SCHEMA_TYPE);
              assertThat(p.message()).contains("a paragraph (a text) or a block");
            });
  }

  @Test
  void aFigureWithoutAltIsAnErrorAtTheFigure() {
    assertThat(yaml("  - figure:\n      src: https://example.org/a.png\n"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Codes.SCHEMA_REQUIRED);
              assertThat(p.message()).contains("`alt`");
              assertThat(p.hint())
                  .hasValueSatisfying(h -> assertThat(h).contains("decorative: true"));
              assertThat(p.line()).isEqualTo(5);
            });
  }

  @Test
  void aDecorativeFigureWithAltIsAnErrorAtTheAlt() {
    assertThat(
            yaml(
                "  - figure:\n      src: https://example.org/a.png\n      alt: A\n"
                    + "      decorative: true\n"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Codes.SCHEMA_DECORATIVE_ALT);
              assertThat(p.line() + ":" + p.column()).isEqualTo("7:7");
            });
    assertThat(yaml("  - figure: {src: 'https://example.org/a.png', alt: A, decorative: false}\n"))
        .extracting(Problem::code)
        .containsExactly(Codes.SCHEMA_ENUM);
  }

  @Test
  void aShortTableRowIsARuleErrorAtTheRow() {
    assertThat(
            yaml(
                "  - table:\n      header: [a, b]\n      rows:\n        - [c, d]\n        - [e]\n"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Codes.RULE_TABLE_ROW);
              assertThat(p.pointer()).isEqualTo("/description/0/table/rows/1");
              assertThat(p.line() + ":" + p.column()).isEqualTo("9:11");
              assertThat(p.message()).contains("has 1 cell, but the header has 2 columns");
            });
  }

  @Test
  void aBadLinkInATableCellIsLocatedInsideTheCell() {
    assertThat(
            yaml("  - table:\n      header: [a]\n      rows: [['see [x](javascript:alert(1))']]\n"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Codes.RULE_LINK_SCHEME);
              assertThat(p.pointer()).isEqualTo("/description/0/table/rows/0/0");
              assertThat(p.column()).isEqualTo("      rows: [['see [x](".length() + 1);
            });
  }

  @Test
  void aSubheadingIsPlainText() {
    assertThat(yaml("  - subheading: 'see [x](javascript:alert(1))'\n")).isEmpty();
  }
}
