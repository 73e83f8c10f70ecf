package dev.caresheet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Condition;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The first example document holds all the content of the scraped article and none of its spam or
 * site chrome, and is kept in canonical form.
 */
class LegCrampsContentTest {

  static final Path FILE = Path.of("content/leg-cramps.json");

  private final ConditionCodec codec = ConditionCodec.defaults();

  private Condition read() throws IOException {
    return codec.read(FILE);
  }

  @Test
  void isInCanonicalForm() throws IOException {
    String text = Files.readString(FILE, StandardCharsets.UTF_8);
    assertThat(codec.write(codec.read(FILE), Format.JSON)).isEqualTo(text);
  }

  @Test
  void holdsEveryPartOfTheArticleInItsOrder() throws IOException {
    Condition c = read();
    assertThat(c.parts().stream().map(Part::key))
        .containsExactly(
            "differentialDiagnoses",
            "causes",
            "mechanisms",
            "when-cramps-occur",
            "triggers",
            "pregnancy",
            "firstAid",
            "whenToSeekHelp",
            "prevention");
    assertThat(c.differentialDiagnoses().orElseThrow().items())
        .extracting(d -> d.name())
        .containsExactly(
            "Epileptic seizures",
            "Choreoathetoid movements",
            "Tics",
            "Fasciculations",
            "Contractures");
    assertThat(c.causes().orElseThrow().items()).hasSize(11);
    assertThat(c.mechanisms().orElseThrow().items()).hasSize(3);
    assertThat(c.triggers().orElseThrow().items()).hasSize(4);
    assertThat(c.prevention().orElseThrow().items()).hasSize(6);
    assertThat(c.whenToSeekHelp().orElseThrow().items()).hasSize(2);
    assertThat(c.sections())
        .extracting(s -> s.title())
        .containsExactly("When do cramps occur?", "Leg cramps during pregnancy");
  }

  @Test
  void everyFirstAidStepWithItsVariantsForThighFootAndBackOfThigh() throws IOException {
    List<FirstAidStep> steps = read().firstAid().orElseThrow().items();
    assertThat(steps).hasSize(5);
    assertThat(steps.stream().flatMap(s -> s.variants().stream()).map(BodySiteVariant::bodySite))
        .containsExactly("Front of the thigh", "Foot", "Back of the thigh");
    assertThat(steps.get(3).cautions()).singleElement().asString().contains("knives or needles");
  }

  @Test
  void keepsTheCalloutsTheAuthorAndTheRelatedArticles() throws IOException {
    Condition c = read();
    assertThat(c.differentialDiagnoses().orElseThrow().callouts()).hasSize(1);
    assertThat(c.causes().orElseThrow().callouts()).hasSize(1);
    assertThat(c.whenToSeekHelp().orElseThrow().callouts()).hasSize(1);
    assertThat(c.attribution().orElseThrow().authors())
        .singleElement()
        .satisfies(p -> assertThat(p.name()).contains("Sovinskaya"));
    assertThat(c.related()).containsExactly("anorexia-nervosa", "migraine");
  }

  @Test
  void leavesOutSpamSeoLinkTextAndSiteChrome() throws IOException {
    String text = Files.readString(FILE, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    assertThat(text)
        .doesNotContain(
            "instagram",
            "followers",
            "seizures what to do",
            "treating convulsions at home",
            "recommended to read",
            "read more",
            "video",
            "table of contents",
            "okey docs");
  }

  @Test
  void readsTheSameAsYaml() throws IOException {
    Condition c = read();
    assertThat(codec.read(codec.write(c, Format.YAML), Format.YAML, "")).isEqualTo(c);
    assertThat(c.parts().stream().map(Part::key).collect(Collectors.toList()))
        .isEqualTo(c.outline());
  }
}
