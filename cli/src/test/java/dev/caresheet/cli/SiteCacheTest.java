package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caresheet site} with its cache writes exactly what a build without it writes, after every
 * kind of change: each scenario edits the content, builds with the cache into one directory and
 * with {@code --no-cache} into a fresh one, and compares every file.
 */
class SiteCacheTest {

  @TempDir Path dir;

  private Path content;
  private Path site;
  private Path cache;

  @BeforeEach
  void content() throws IOException {
    content = ExampleSite.copyTo(dir.resolve("content"));
    site = dir.resolve("site");
    cache = dir.resolve("cache");
    Cli.Run first = build();
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(Files.list(cache).count()).as("one cache file").isEqualTo(1);
  }

  private Cli.Run build() {
    return Cli.run(
        "site", content.toString(), "--out", site.toString(), "--cache", cache.toString());
  }

  /** Builds with the cache, then without it into a fresh directory; both must be the same. */
  private Cli.Run buildAndCompare() throws IOException {
    Cli.Run cached = build();
    Path fresh = dir.resolve("fresh-" + System.nanoTime());
    Cli.Run full = Cli.run("site", content.toString(), "--out", fresh.toString(), "--no-cache");
    assertThat(cached.exitCode()).as(cached.err()).isEqualTo(full.exitCode());
    // Every file of the full build, with the same content (the site may also keep a page or an
    // image that no document makes any more, as it does without the cache).
    Map<String, String> expected = files(fresh);
    assertThat(files(site)).containsAllEntriesOf(expected);
    if (full.exitCode() == 0) {
      Cli.Run again = Cli.run("site", content.toString(), "--out", site.toString(), "--no-cache");
      assertThat(again.err()).contains(": 0 files written");
    }
    return cached;
  }

  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.toList()) {
        files.put(
            p.getFileName().toString(),
            Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  private void edit(String file, UnaryOperator<String> change) throws IOException {
    Path path = content.resolve(file);
    String before = Files.readString(path);
    String after = change.apply(before);
    assertThat(after).as("the edit changes " + file).isNotEqualTo(before);
    Files.writeString(path, after);
  }

  @Test
  void nothingChangedWritesNothing() throws IOException {
    Cli.Run run = buildAndCompare();
    assertThat(run.err()).endsWith(site + ": 0 files written, 7 unchanged\n");
  }

  @Test
  void aChangedTextRewritesThatPageOnly() throws IOException {
    edit("anorexia-nervosa.json", s -> s.replaceFirst("\"summary\": \"", "\"summary\": \"Often, "));
    Cli.Run run = buildAndCompare();
    // The page and the index (which shows the summary).
    assertThat(run.err()).endsWith(site + ": 2 files written, 5 unchanged\n");
  }

  @Test
  void aNewNameRewritesThePagesThatShowIt() throws IOException {
    edit(
        "migraine.json",
        s -> s.replace("\"name\": \"Migraine\"", "\"name\": \"Migraine headache\""));
    Cli.Run run = buildAndCompare();
    // The page, the index, and leg-cramps, which links to it by name.
    assertThat(run.err()).endsWith(site + ": 3 files written, 4 unchanged\n");
  }

  @Test
  void aTouchedFileIsHashedAndNotRebuilt() throws IOException {
    Path file = content.resolve("migraine.json");
    Files.setLastModifiedTime(
        file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Cli.Run run = buildAndCompare();
    assertThat(run.err()).endsWith(site + ": 0 files written, 7 unchanged\n");
  }

  @Test
  void addedRemovedAndRenumberedDocumentsMakeAFullBuild() throws IOException {
    edit("migraine.json", s -> s.replace("\"id\": \"migraine\"", "\"id\": \"migraines\""));
    buildAndCompare();
    Files.delete(content.resolve("anorexia-nervosa.json"));
    buildAndCompare();
    Files.copy(
        Path.of("../examples/content/anorexia-nervosa.json"),
        content.resolve("anorexia-nervosa.json"));
    Cli.Run run = buildAndCompare();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aChangedRelatedListIsCheckedAgainstTheWholeSet() throws IOException {
    edit(
        "anorexia-nervosa.json",
        s -> s.replace("\"related\": [", "\"related\": [\"no-such-page\", "));
    Cli.Run run = buildAndCompare();
    assertThat(run.err()).contains("[rule.related-unknown]");
    // A document with a warning is validated on every build, so the warning is printed every time.
    Cli.Run again = buildAndCompare();
    assertThat(again.err()).contains("[rule.related-unknown]");
    assertThat(again.err()).endsWith(site + ": 0 files written, 7 unchanged\n");
  }

  @Test
  void anErrorIsReportedAsWithoutTheCacheAndTheSiteKeptAsItWas() throws IOException {
    Map<String, String> before = files(site);
    edit("migraine.json", s -> s.replace("\"name\": \"Migraine\"", "\"name\": \"\""));
    Cli.Run run = build();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("migraine.json:").contains("site not written");
    assertThat(files(site)).isEqualTo(before);
    edit("migraine.json", s -> s.replace("\"name\": \"\"", "\"name\": \"Migraine\""));
    assertThat(buildAndCompare().exitCode()).isZero();
  }

  @Test
  void aChangedImageIsPublishedAgain() throws IOException {
    Path image = content.resolve("images/calf-stretch.png");
    byte[] bytes = Files.readAllBytes(image);
    bytes[bytes.length - 5] ^= 1; // inside the last chunk's CRC: the header still reads
    Files.write(image, bytes);
    buildAndCompare();
  }

  @Test
  void aDeletedOrEditedPageIsWrittenAgain() throws IOException {
    Files.delete(site.resolve("migraine.html"));
    Files.writeString(site.resolve("anorexia-nervosa.html"), "edited by hand");
    Cli.Run run = buildAndCompare();
    assertThat(run.err()).endsWith(site + ": 2 files written, 5 unchanged\n");
  }

  @Test
  void aDamagedCacheIsIgnored() throws IOException {
    Path file;
    try (Stream<Path> list = Files.list(cache)) {
      file = list.findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    edit(
        "migraine.json",
        s -> s.replace("\"name\": \"Migraine\"", "\"name\": \"Migraine headache\""));
    Cli.Run run = buildAndCompare();
    assertThat(run.err()).endsWith(site + ": 3 files written, 4 unchanged\n");
    Files.writeString(file, "not a cache");
    assertThat(buildAndCompare().err()).endsWith(site + ": 0 files written, 7 unchanged\n");
  }

  @Test
  void otherOptionsUseAnotherCache() throws IOException {
    Cli.Run run =
        Cli.run(
            "site",
            content.toString(),
            "--out",
            site.toString(),
            "--cache",
            cache.toString(),
            "--language",
            "de");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path fresh = dir.resolve("fresh");
    Cli.run(
        "site", content.toString(), "--out", fresh.toString(), "--no-cache", "--language", "de");
    assertThat(files(site)).containsAllEntriesOf(files(fresh));
    assertThat(Files.readString(site.resolve("index.html"))).contains("lang=\"de\"");
  }

  @Test
  void aCacheThatCannotBeWrittenOnlyMakesEveryBuildFull() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("a-file"), "");
    for (int i = 0; i < 2; i++) {
      Path fresh = dir.resolve("unwritable-" + i);
      Cli.Run run =
          Cli.run(
              "site",
              content.toString(),
              "--out",
              fresh.toString(),
              "--cache",
              notADirectory.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).endsWith(fresh + ": 7 files written, 0 unchanged\n");
    }
  }
}
