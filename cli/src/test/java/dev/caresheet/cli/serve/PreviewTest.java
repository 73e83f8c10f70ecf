package dev.caresheet.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.render.html.HtmlSite;
import dev.caresheet.schema.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previewed site: the same bytes as {@code caresheet site}, and only what changed re-rendered.
 */
class PreviewTest {

  @TempDir Path dir;
  Path content;
  Preview preview;

  @BeforeEach
  void load() throws IOException {
    content = Files.createDirectories(dir.resolve("content"));
    Served.copyExamples(content);
    preview = new Preview(List.of(content), Optional.empty(), Served.VALIDATOR, "en");
    preview.load();
  }

  private Map<String, String> published() {
    List<Path> documents;
    try (Stream<Path> files = Files.list(content)) {
      documents = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Report report = Served.VALIDATOR.validateAll(documents);
    return HtmlSite.builder().build().files(report.conditions().values());
  }

  private Map<String, String> served() {
    Map<String, String> files = new HashMap<>();
    preview
        .snapshot()
        .entries()
        .forEach((k, v) -> files.put(k, new String(v.body(), StandardCharsets.UTF_8)));
    return files;
  }

  @Test
  void servesTheBytesThatSiteWouldWrite() {
    assertThat(served()).isEqualTo(published());
  }

  @Test
  void aChangeReRendersItsPageTheIndexAndThePagesThatLinkToItOnly() throws IOException {
    Path migraine = content.resolve("migraine.json");
    Files.writeString(
        migraine,
        Files.readString(migraine)
            .replace("\"name\": \"Migraine\"", "\"name\": \"Migraine attack\""));
    Preview.Update update = preview.apply(List.of(migraine));
    // leg-cramps lists migraine as related, by name; anorexia-nervosa does not.
    assertThat(update.changedPages())
        .containsExactlyInAnyOrder("index.html", "migraine.html", "leg-cramps.html");
    assertThat(served()).isEqualTo(published());
    long version = preview.snapshot().entries().get("anorexia-nervosa.html").version();
    Files.writeString(migraine, Files.readString(migraine).replace("Migraine attack", "Migraine"));
    preview.apply(List.of(migraine));
    assertThat(preview.snapshot().entries().get("anorexia-nervosa.html").version())
        .isEqualTo(version);
    assertThat(preview.apply(List.of(migraine)).changedPages())
        .as("a save without a change")
        .isEmpty();
  }

  @Test
  void aBrokenDocumentShowsItsLocatedErrorsUntilItIsFixedAndADeletedOneIsGone() throws IOException {
    Path migraine = content.resolve("migraine.json");
    String good = Files.readString(migraine);
    Files.writeString(migraine, good.replace("\"language\": \"en\"", "\"language\": 7"));
    Preview.Update broken = preview.apply(List.of(migraine));
    assertThat(broken.newProblems()).containsKey(migraine.toString());
    String page = served().get("migraine.html");
    assertThat(page)
        .contains(migraine + ":4:")
        .contains("hint: ")
        .contains("[schema.type]")
        .doesNotContain("<article");
    assertThat(served().get("index.html"))
        .contains("1 document does not validate")
        .contains("href=\"migraine.html\"");
    // The other pages keep linking to it, by its last valid name.
    assertThat(served().get("leg-cramps.html")).contains("href=\"migraine.html\"");

    Files.writeString(migraine, good);
    Preview.Update fixed = preview.apply(List.of(migraine));
    assertThat(fixed.fixed()).contains(migraine.toString());
    assertThat(served()).isEqualTo(published());

    Files.delete(migraine);
    preview.apply(List.of(migraine));
    assertThat(served()).doesNotContainKey("migraine.html");
    assertThat(served().get("index.html")).doesNotContain("migraine.html");
    assertThat(served().get("leg-cramps.html")).doesNotContain("href=\"migraine.html\"");
  }

  @Test
  void aNewDirectoryAndItsDocumentsAndImagesAreRead() throws IOException {
    Path sub = Files.createDirectories(content.resolve("more/images"));
    Files.writeString(
        content.resolve("more/cramp-2.json"),
        Files.readString(content.resolve("migraine.json"))
            .replace("\"id\": \"migraine\"", "\"id\": \"cramp-2\""));
    Files.write(sub.resolve("a.png"), new byte[] {1, 2, 3});
    Preview.Update update = preview.apply(List.of(content.resolve("more")));
    assertThat(update.changedPages()).contains("cramp-2.html", "index.html");
    assertThat(preview.snapshot().images())
        .containsOnlyKeys("images/calf-stretch.png", "more/images/a.png");
  }
}
