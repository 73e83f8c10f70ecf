package dev.caresheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.PartKind;
import dev.caresheet.model.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

  @ParameterizedTest
  @ValueSource(strings = {"Labels.properties", "Labels_ru.properties"})
  void everyBundleDefinesExactlyTheKnownKeys(String bundle) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(bundle)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(properties.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(Labels.KEYS);
  }

  @Test
  void englishAndRussianDiffer() {
    assertThat(Labels.forLanguage("en").part(PartKind.FIRST_AID)).isEqualTo("First aid");
    assertThat(Labels.forLanguage("ru").part(PartKind.FIRST_AID)).isEqualTo("Первая помощь");
    assertThat(Labels.forLanguage("ru-RU").callout(CalloutKind.IMPORTANT)).isEqualTo("Важно");
  }

  @Test
  void unknownLanguagesFallBackToEnglishWhateverTheMachineLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ru"));
      assertThat(Labels.forLanguage("pt-BR").urgency(Urgency.URGENT))
          .isEqualTo("See a doctor today");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void overridesReplaceSingleLabelsAndRejectUnknownKeys() {
    Labels labels = Labels.forLanguage("en").with(Map.of("part.causes", "Why it happens"));
    assertThat(labels.part(PartKind.CAUSES)).isEqualTo("Why it happens");
    assertThat(labels.part(PartKind.PREVENTION)).isEqualTo("Prevention");
    assertThatThrownBy(() -> labels.with(Map.of("part.cause", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("part.cause");
    assertThatThrownBy(() -> labels.part(PartKind.SECTION))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
