package dev.caresheet.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.model.Block;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Figure;
import dev.caresheet.model.License;
import dev.caresheet.model.Section;
import dev.caresheet.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocks in text: lists, subheadings, tables at widths 40 and 80, figures. */
class BlocksTextTest {

  private static final Table TABLE =
      Table.builder()
          .caption("How long a cramp lasts ([NHS](https://www.nhs.uk/))")
          .header(List.of("Where", "How long", "When"))
          .addRow(List.of("Calf", "A few seconds to 10 minutes", "Mostly at night"))
          .addRow(List.of("Thigh", "Up to 10 minutes: the **longest**", "At night or after sport"))
          .build();

  private static String render(int width, Block... blocks) {
    Condition c =
        Condition.builder()
            .id("x")
            .language("en")
            .name("X")
            .addSection(Section.builder().id("more").title("More").addBody(blocks).build())
            .build();
    String text = TextRenderer.builder().width(width).build().render(c);
    return text.substring(text.indexOf("----\n\n") + 6);
  }

  @Test
  void aTableThatFitsIsAlignedColumns() {
    assertThat(render(80, TABLE))
        .isEqualTo(
            """
        How long a cramp lasts (NHS (https://www.nhs.uk/))
        Where  How long                       When
        -----  -----------------------------  -----------------------
        Calf   A few seconds to 10 minutes    Mostly at night
        Thigh  Up to 10 minutes: the longest  At night or after sport
        """);
  }

  @Test
  void aTableThatCannotFitIsAListOfRows() {
    assertThat(render(40, TABLE))
        .isEqualTo(
            """
        How long a cramp lasts (NHS
        (https://www.nhs.uk/))
        Where | How long | When
        - Calf | A few seconds to 10 minutes |
          Mostly at night
        - Thigh | Up to 10 minutes: the longest
          | At night or after sport
        """);
  }

  @Test
  void listsAreWrappedLikeThePartsLists() {
    assertThat(
            render(
                40,
                Block.subheading("Before bed"),
                Block.list("Stretch the *calf* for a minute or two, then rest.", "Drink water."),
                Block.numbered("First", "Second")))
        .isEqualTo(
            """
        Before bed

        - Stretch the calf for a minute or two,
          then rest.
        - Drink water.

        1. First
        2. Second
        """);
  }

  @Test
  void aFigureIsItsAltAndCaptionThenCreditAndLicence() {
    Figure figure =
        Figure.builder()
            .src("images/calf.png")
            .alt("A calf stretch")
            .caption("Lean *gently*")
            .credit("Drawing: A. Person")
            .license(License.of("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"))
            .build();
    assertThat(render(80, figure))
        .isEqualTo(
            """
        [Figure: A calf stretch — Lean gently]
        Drawing: A. Person
        Licence: CC0 1.0
        https://creativecommons.org/publicdomain/zero/1.0/
        """);
    Condition decorative =
        Condition.builder()
            .id("x")
            .language("en")
            .name("X")
            .addSection(
                Section.builder()
                    .id("more")
                    .title("More")
                    .addBody(Figure.builder().src("a.png").decorative(true).build())
                    .build())
            .build();
    assertThat(TextRenderer.builder().build().render(decorative)).endsWith("More\n----\n");
  }
}
