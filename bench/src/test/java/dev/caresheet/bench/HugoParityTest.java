package dev.caresheet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.caresheet.model.Condition;
import dev.caresheet.render.html.HtmlSite;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hugo baseline prints the site Caresheet prints: Hugo, run on the content {@link HugoContent}
 * writes with the templates of {@code bench/hugo}, writes for corpus documents the same pages and
 * index as {@link HtmlSite}, save the JSON-LD that Caresheet's pages carry. Both are parsed with
 * jsoup and compared as re-serialised markup, so escaping that means the same ({@code &#39;} and
 * {@code '}) compares equal, and anything else, white space included, does not.
 *
 * <p>Needs {@code hugo} on the PATH; without it the test is skipped, unless {@code
 * CARESHEET_REQUIRE_HUGO=1}, which makes it fail.
 */
class HugoParityTest {

  /** 40 documents of a corpus of 60: most related ids have a page on the site, some do not. */
  private static final int DOCUMENTS = 40;

  private static final int CORPUS = 60;

  @Test
  void hugoPrintsCaresheetsSiteForCorpusDocuments(@TempDir Path tmp) throws Exception {
    Path hugo = hugo();
    List<Condition> conditions = Corpus.of(CORPUS, 1).documents(DOCUMENTS);
    Path site = tmp.resolve("site");
    Path out = tmp.resolve("public");
    HugoContent.write(conditions, Path.of("hugo"), site);
    run(hugo, site, out, tmp);

    Map<String, String> expected = HtmlSite.builder().build().files(conditions);
    Set<String> pages =
        expected.keySet().stream()
            .filter(name -> name.endsWith(".html"))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> written;
    try (Stream<Path> files = Files.list(out)) {
      written =
          files
              .map(f -> f.getFileName().toString())
              .filter(name -> name.endsWith(".html"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(written).as("the pages Hugo wrote").isEqualTo(pages);
    assertThat(Files.readString(out.resolve(HtmlSite.STYLESHEET)))
        .isEqualTo(expected.get(HtmlSite.STYLESHEET));
    assertThat(Files.readString(out.resolve(HtmlSite.ICON))).isEqualTo(expected.get(HtmlSite.ICON));

    int linked = 0;
    int unlinked = 0;
    for (String name : pages) {
      Document caresheet = Jsoup.parse(expected.get(name));
      if (!name.equals(HtmlSite.INDEX)) {
        removeJsonLd(caresheet);
      }
      Document hugoPage = Jsoup.parse(Files.readString(out.resolve(name)));
      compare(name, markup(caresheet), markup(hugoPage));
      for (Element li : caresheet.select("nav.related li")) {
        if (li.selectFirst("a") != null) {
          linked++;
        } else {
          unlinked++;
        }
      }
    }
    // Both ways of printing a related condition were compared: a link by name, and a bare id.
    assertThat(linked).as("related conditions with a page").isPositive();
    assertThat(unlinked).as("related conditions without a page").isPositive();
  }

  /** Hugo on the PATH, or the test is skipped (or fails, with CARESHEET_REQUIRE_HUGO=1). */
  private static Path hugo() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, "hugo");
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    String message = "hugo is not on the PATH (install Debian's hugo package, Hugo 0.111)";
    if ("1".equals(System.getenv("CARESHEET_REQUIRE_HUGO"))) {
      fail(message + ", and CARESHEET_REQUIRE_HUGO=1");
    }
    Assumptions.abort(message + ": the Hugo parity test is skipped");
    throw new AssertionError("unreachable");
  }

  /** Runs {@code hugo --quiet} on the site, into {@code out}, within 120 s. */
  private static void run(Path hugo, Path site, Path out, Path tmp) throws Exception {
    Path log = tmp.resolve("hugo.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                hugo.toString(),
                "--quiet",
                "--source",
                site.toString(),
                "--destination",
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("HUGO_CACHEDIR", tmp.resolve("hugo-cache").toString());
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("hugo did not finish within 120 s: " + Files.readString(log));
    }
    assertThat(process.exitValue())
        .as("hugo's exit status; it said: %s", Files.readString(log))
        .isZero();
  }

  /** Removes a page's JSON-LD block, and the line feed after it, which Hugo's pages lack. */
  private static void removeJsonLd(Document page) {
    Element script = page.selectFirst("script[type=application/ld+json]");
    assertThat(script).as("Caresheet's page has its JSON-LD").isNotNull();
    Node next = script.nextSibling();
    if (next instanceof TextNode text && text.isBlank()) {
      text.remove();
    }
    script.remove();
  }

  /** The document as jsoup writes it back, as it was laid out. */
  private static String markup(Document page) {
    page.outputSettings().prettyPrint(false);
    return page.outerHtml();
  }

  /** Fails on the first line that differs, with both files in target/hugo-parity/. */
  private static void compare(String name, String caresheet, String hugo) throws IOException {
    if (caresheet.equals(hugo)) {
      return;
    }
    Path dir = Files.createDirectories(Path.of("target", "hugo-parity"));
    Files.writeString(dir.resolve("caresheet-" + name), caresheet, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("hugo-" + name), hugo, StandardCharsets.UTF_8);
    String[] expected = caresheet.split("\n", -1);
    String[] actual = hugo.split("\n", -1);
    int line = 0;
    while (line < expected.length && line < actual.length && expected[line].equals(actual[line])) {
      line++;
    }
    fail(
        "%s differs from line %d (both in target/hugo-parity/):%n  Caresheet: %s%n  Hugo:      %s",
        name,
        line + 1,
        line < expected.length ? expected[line] : "(end of page)",
        line < actual.length ? actual[line] : "(end of page)");
  }
}
