package dev.caresheet.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.model.Causes;
import dev.caresheet.model.Condition;
import org.junit.jupiter.api.Test;

/** Inline markup of paragraph texts in plain text: marks dropped, links as {@code text (url)}. */
class InlineMarkupTest {

  private static String render(String description) {
    Condition c =
        Condition.builder()
            .id("leg-cramps")
            .language("en")
            .name("Leg cramps")
            .addDescription(description)
            .causes(Causes.builder().addIntro("Not known.").build())
            .build();
    return TextRenderer.builder().width(200).build().render(c);
  }

  @Test
  void theIssuesExample() {
    String text =
        render(
            "Drink *plenty* of fluids; see [NHS 111](https://111.nhs.uk/) or [the causes](#causes).");
    assertThat(text)
        .contains("Drink plenty of fluids; see NHS 111 (https://111.nhs.uk/) or the causes.");
  }

  @Test
  void aLinkWhoseTextIsItsUrlIsWrittenOnceAndCrossReferencesAsText() {
    assertThat(
            render(
                "[https://111.nhs.uk/](https://111.nhs.uk/), [migraine](condition:migraine),"
                    + " [evil](javascript:alert(1)), **strong** \\*literal\\*"))
        .contains("https://111.nhs.uk/, migraine, evil, strong *literal*")
        .doesNotContain("https://111.nhs.uk/ (");
  }
}
