package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTest {

  @TempDir Path dir;

  @Test
  void writesTheSiteThenOnlyWhatChanged() throws IOException {
    Path content = ExampleSite.copyTo(dir.resolve("content"));
    Path site = dir.resolve("site");
    Cli.Run first = Cli.run("site", content.toString(), "--out", site.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).endsWith(site + ": 7 files written, 0 unchanged\n");
    String image;
    try (Stream<Path> files = Files.list(site)) {
      java.util.List<String> names = files.map(p -> p.getFileName().toString()).toList();
      image = names.stream().filter(n -> n.endsWith(".png")).findFirst().orElseThrow();
      assertThat(names)
          .containsExactlyInAnyOrder(
              image,
              "index.html",
              "style.css",
              "favicon.svg",
              "leg-cramps.html",
              "migraine.html",
              "anorexia-nervosa.html");
    }
    // Beside the pages under a content-hashed name, with the size from the file's header.
    assertThat(image).matches("calf-stretch\\.[0-9a-f]{12}\\.png");
    assertThat(Files.readAllBytes(site.resolve(image)))
        .isEqualTo(Files.readAllBytes(content.resolve("images/calf-stretch.png")));
    assertThat(Files.readString(site.resolve("leg-cramps.html")))
        .contains("<img src=\"" + image + "\" alt=\"A drawing of a person")
        .contains("loading=\"lazy\" width=\"240\" height=\"160\">");
    FileTime before = Files.getLastModifiedTime(site.resolve("leg-cramps.html"));

    Cli.Run again = Cli.run("site", content.toString(), "--out", site.toString());
    assertThat(again.err()).endsWith(site + ": 0 files written, 7 unchanged\n");
    assertThat(Files.getLastModifiedTime(site.resolve("leg-cramps.html"))).isEqualTo(before);

    Path migraine = content.resolve("migraine.json");
    Files.writeString(
        migraine,
        Files.readString(migraine)
            .replace("\"name\": \"Migraine\"", "\"name\": \"Migraine headache\""));
    Cli.Run changed = Cli.run("site", content.toString(), "--out", site.toString());
    // The migraine page, the index (its name) and leg-cramps (links to it by name); not the
    // stylesheet or the icon, nor anorexia-nervosa (links only to leg-cramps).
    assertThat(changed.err()).endsWith(site + ": 3 files written, 4 unchanged\n");
  }

  @Test
  void writesNothingWhenADocumentHasAnError() throws IOException {
    Path bad =
        Files.writeString(dir.resolve("bad.json"), "{\"id\": \"bad\", \"language\": \"en\"}");
    Path site = dir.resolve("site");
    Cli.Run run = Cli.run("site", bad.toString(), "--out", site.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(bad + ":1:1: error: ").contains("site not written");
    assertThat(site).doesNotExist();
  }

  @Test
  void keepGoingPublishesTheValidDocumentsAndNamesTheBrokenOne() throws IOException {
    Path content = ExampleSite.copyTo(dir.resolve("content"));
    // Migraine breaks: an unknown property. Leg cramps and anorexia nervosa link to it.
    Path migraine = content.resolve("migraine.json");
    Files.writeString(
        migraine, Files.readString(migraine).replaceFirst("\"summary\"", "\"sumary\""));
    Path site = dir.resolve("site");

    Cli.Run strict = Cli.run("site", content.toString(), "--out", site.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.err()).contains("site not written");
    assertThat(site).doesNotExist();

    Cli.Run run = Cli.run("site", content.toString(), "--out", site.toString(), "--keep-going");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(migraine + ":")
        .contains("error: unknown property `sumary`")
        .contains(site + ": 6 files written, 0 unchanged\n")
        .endsWith(
            "caresheet: 1 document not published, 1 error (see above):\n  " + migraine + "\n");
    try (Stream<Path> files = Files.list(site)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".png")))
          .containsExactlyInAnyOrder(
              "index.html", "style.css", "favicon.svg", "leg-cramps.html", "anorexia-nervosa.html");
    }
    for (String page : new String[] {"index.html", "leg-cramps.html", "anorexia-nervosa.html"}) {
      assertThat(Files.readString(site.resolve(page))).as(page).doesNotContain("migraine.html");
    }
    assertThat(Files.readString(site.resolve("leg-cramps.html"))).contains("<li>migraine</li>");
  }

  @Test
  void aBaseUrlGivesCanonicalLinksAndABadOneIsAUsageError() throws IOException {
    Path site = dir.resolve("site");
    Cli.Run run =
        Cli.run(
            "site",
            "../examples/content",
            "--out",
            site.toString(),
            "--base-url",
            "https://example.org/c/");
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(site.resolve("migraine.html")))
        .contains("<link rel=\"canonical\" href=\"https://example.org/c/migraine.html\">");
    Cli.Run bad =
        Cli.run(
            "site",
            "../examples/content",
            "--out",
            dir.resolve("other").toString(),
            "--base-url",
            "example.org");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--base-url: a base URL must be an absolute http or https URL");
    assertThat(dir.resolve("other")).doesNotExist();
  }

  @Test
  void needsAnOutputDirectory() {
    assertThat(Cli.run("site", "../examples/content").exitCode()).isEqualTo(2);
  }
}
