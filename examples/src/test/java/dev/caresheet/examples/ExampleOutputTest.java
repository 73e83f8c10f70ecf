package dev.caresheet.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.model.Condition;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.render.Renderers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example programs' output for the leg-cramps document is exactly the golden files in {@code
 * src/test/resources/golden}.
 *
 * <p>After an intended change of a renderer, regenerate them with {@code mvn -pl examples test
 * -Dtest=ExampleOutputTest -Dcaresheet.updateGolden=true} and review the diff.
 */
class ExampleOutputTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("caresheet.updateGolden");

  private static Condition legCramps() throws IOException {
    return ConditionCodec.defaults().read(LegCrampsContentTest.FILE);
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path expected = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected)
        .as("golden file %s (create it with -Dcaresheet.updateGolden=true)", expected)
        .exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void theHtmlPageIsTheGoldenOne() throws IOException {
    assertGolden("leg-cramps.html", RenderExample.html(legCramps()));
  }

  @Test
  void theTextIsTheGoldenOne() throws IOException {
    assumeTrue(
        Renderers.provider("text").isPresent(), "the text format is not on the class path yet");
    assertGolden("leg-cramps.txt", RenderExample.text(legCramps()));
  }

  @Test
  void theCardPageIsTheGoldenOne() throws IOException {
    assertGolden("leg-cramps.cards.html", CustomFirstAidExample.html(legCramps()));
  }

  @Test
  void theCardsReplaceOnlyTheFirstAidSteps() throws IOException {
    Condition c = legCramps();
    String cards = CustomFirstAidExample.html(c);
    String plain = RenderExample.html(c);
    int steps = c.firstAid().orElseThrow().items().size();
    assertThat(cards.split("<li class=\"card\">", -1)).hasSize(steps + 1);
    for (FirstAidStep step : c.firstAid().get().items()) {
      assertThat(cards).contains("<p class=\"card-title\">" + step.instruction() + "</p>");
    }
    assertThat(cards).contains("<strong class=\"body-site\">Front of the thigh</strong>");
    // Outside the first-aid section the two pages are the same, but for the stylesheet link.
    String before = "<section class=\"first-aid\"";
    String after = "<section class=\"when-to-seek-help\"";
    assertThat(cards.substring(cards.indexOf(after)))
        .isEqualTo(plain.substring(plain.indexOf(after)));
    assertThat(cards.substring(cards.indexOf("<main>"), cards.indexOf(before)))
        .isEqualTo(plain.substring(plain.indexOf("<main>"), plain.indexOf(before)));
  }

  @Test
  void theRenderProgramWritesBothFiles(@TempDir Path out) throws IOException {
    assumeTrue(
        Renderers.provider("text").isPresent(), "the text format is not on the class path yet");
    RenderExample.main(new String[] {LegCrampsContentTest.FILE.toString(), out.toString()});
    assertThat(out.resolve("leg-cramps.html"))
        .content(StandardCharsets.UTF_8)
        .isEqualTo(RenderExample.html(legCramps()));
    assertThat(out.resolve("leg-cramps.txt"))
        .content(StandardCharsets.UTF_8)
        .isEqualTo(RenderExample.text(legCramps()));
  }
}
