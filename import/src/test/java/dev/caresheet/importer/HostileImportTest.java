package dev.caresheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.render.html.HtmlRenderer;
import dev.caresheet.testing.Inert;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite run over the importer: each source gives a located error or a draft,
 * within bounds, never another exception; every draft renders with nothing executable ({@link
 * Inert}, the renderer's XSS check). In this package to share {@link Inert}.
 */
class HostileImportTest {

  /** The hang guard of the hostile suites (a loaded machine tripped 5 s). */
  static final Duration GUARD = Duration.ofSeconds(30);

  static final Importer IMPORTER = Importer.create();
  static final HtmlRenderer PAGE = HtmlRenderer.builder().page(true).build();

  @TempDir Path dir;

  static List<ImportResult> draft(String source, String name) throws ImportException {
    List<ImportResult> results =
        assertTimeoutPreemptively(
            GUARD, () -> IMPORTER.importSource(source.getBytes(StandardCharsets.UTF_8), name));
    for (ImportResult r : results) {
      String html = PAGE.render(r.condition());
      assertThat(Inert.executable(Jsoup.parse(html))).as(name).isEmpty();
      // The draft is a document the codec reads back as it was written.
      ConditionCodec codec = ConditionCodec.defaults();
      assertThat(codec.read(codec.write(r.condition(), Format.JSON), Format.JSON, name))
          .isEqualTo(r.condition());
    }
    return results;
  }

  static ImportException error(byte[] source, String name) {
    ImportException[] thrown = new ImportException[1];
    assertTimeoutPreemptively(
        GUARD,
        () -> {
          try {
            IMPORTER.importSource(source, name);
          } catch (ImportException e) {
            thrown[0] = e;
          }
        });
    assertThat(thrown[0]).as(name + " gives a located error").isNotNull();
    assertThat(thrown[0].getMessage()).startsWith(name);
    return thrown[0];
  }

  @Test
  void scriptsInEveryAttributeAndElementRenderInert() throws ImportException {
    StringBuilder page =
        new StringBuilder(
            "<!DOCTYPE html><html lang=en><head><title>Hostile"
                + "</title><script>alert(1)</script><meta http-equiv=refresh content='0;url=javascript:"
                + "alert(1)'></head><body><main><h1 onmouseover=alert(1)>Hostile page</h1>");
    String[] attributes = {
      "onclick",
      "onload",
      "onerror",
      "onmouseover",
      "onfocus",
      "onanimationstart",
      "formaction",
      "href",
      "src",
      "srcdoc",
      "style",
      "xlink:href",
      "background",
      "data",
      "action",
      "poster"
    };
    String[] values = {
      "alert(1)",
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "background:url(javascript:alert(1))",
      "vbscript:msgbox(1)"
    };
    String[] elements = {
      "p", "a", "li", "em", "strong", "td", "div", "span", "img", "svg", "iframe", "object", "form",
      "button"
    };
    page.append("<h2>Causes of hostility</h2><ul>");
    for (String a : attributes) {
      for (String v : values) {
        page.append("<li ")
            .append(a)
            .append("=\"")
            .append(v)
            .append("\"><a ")
            .append(a)
            .append("=\"")
            .append(v)
            .append("\" href=\"")
            .append(v)
            .append("\">link ")
            .append(a)
            .append("</a> and <em ")
            .append(a)
            .append("='")
            .append(v)
            .append("'>em</em> [x](javascript:alert(1)) <b>*_[\\</b></li>");
      }
    }
    page.append("</ul><h2>Symptoms</h2>");
    for (String e : elements) {
      page.append('<')
          .append(e)
          .append(" onclick=alert(1) src=javascript:alert(1)>")
          .append("text of ")
          .append(e)
          .append(" <script>alert(2)</script>")
          .append("&lt;script&gt;alert(3)&lt;/script&gt;</")
          .append(e)
          .append('>');
    }
    page.append(
        "<table><tr><th onclick=alert(1)>h</th></tr><tr><td>"
            + "<a href='javascript:alert(1)'>c</a></td></tr></table>");
    page.append(
        "<blockquote class=callout onclick=alert(1)><p>note <img src=x onerror=alert(1)>"
            + "</p></blockquote></main></body></html>");
    List<ImportResult> results = draft(page.toString(), "hostile.html");
    // Script addresses stay out of links; markup-like text stays text (escaped when rendered).
    org.jsoup.nodes.Document rendered = Jsoup.parse(PAGE.render(results.get(0).condition()));
    assertThat(rendered.select("a[href]"))
        .allSatisfy(a -> assertThat(a.attr("href")).matches("(https?:|#|mailto:|tel:).*"));
    assertThat(rendered.text()).contains("<script>alert(3)</script>");
    assertThat(results.get(0).report().entries())
        .anySatisfy(e -> assertThat(e.message()).contains("a link with a script address"));
    assertThat(results.get(0).condition().causes().orElseThrow().items()).hasSize(80);
  }

  @Test
  void deeplyNestedHtmlGivesADraft() throws ImportException {
    String deep =
        "<html><body><main>"
            + "<div>".repeat(100_000)
            + "<p>deep text</p>"
            + "</div>".repeat(100_000)
            + "<p>"
            + "<em>".repeat(50_000)
            + "x"
            + "</em>".repeat(50_000)
            + "</p></main></body></html>";
    List<ImportResult> results = draft(deep, "deep.html");
    assertThat(results).hasSize(1);
    assertThat(ConditionCodec.defaults().write(results.get(0).condition(), Format.JSON))
        .contains("deep text");
  }

  @Test
  void aPageOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.html");
    byte[] chunk =
        ("<p>" + "lorem ipsum dolor sit amet ".repeat(36) + "</p>\n")
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < 100L * 1024 * 1024; written += chunk.length) {
        out.write(chunk);
      }
    }
    assertThat(Files.size(big)).isGreaterThan(100L * 1024 * 1024);
    assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> IMPORTER.importSource(big)))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(big.toString())
        .hasMessageContaining("over the import limit of 16777216 bytes");
    byte[] over = new byte[(int) Importer.DEFAULT_MAX_BYTES + 1];
    assertThat(error(over, "over.txt").getMessage()).contains("over the import limit");
  }

  @Test
  void aLargePageUnderTheLimitGivesADraft() throws ImportException {
    StringBuilder page = new StringBuilder("<html><body><main><h1>Large</h1>");
    for (int i = 0; i < 1_200; i++) {
      page.append("<h2>Section ")
          .append(i)
          .append("</h2><p>")
          .append("Some text of the section, long enough to be a paragraph. ".repeat(15))
          .append("</p><ul><li>one</li><li>two</li></ul>");
    }
    page.append("</main></body></html>");
    assertThat(page.length()).isGreaterThan(1_000_000);
    List<ImportResult> results =
        assertTimeoutPreemptively(
            GUARD,
            () ->
                IMPORTER.importSource(
                    page.toString().getBytes(StandardCharsets.UTF_8), "large.html"));
    assertThat(results.get(0).condition().sections()).hasSize(1_200);
  }

  @Test
  void xmlBombsAndExternalEntitiesAreLocatedErrors() {
    String bomb =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
            + " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + " <!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n]>\n"
            + "<health-topics><health-topic title=\"&lol9;\"><full-summary>x</full-summary>"
            + "</health-topic></health-topics>";
    assertThat(error(bomb.getBytes(StandardCharsets.UTF_8), "bomb.xml").getMessage())
        .matches("bomb\\.xml:\\d+:\\d+: XML: a DTD .*");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "\n<health-topic title=\"t\"><full-summary>&x;</full-summary></health-topic>";
    assertThat(error(xxe.getBytes(StandardCharsets.UTF_8), "xxe.xml").getMessage())
        .contains("DTD")
        .doesNotContain("root:");
    String broken = "<?xml version=\"1.0\"?>\n<health-topic title=\"t\">\n<full-summary>";
    assertThat(error(broken.getBytes(StandardCharsets.UTF_8), "broken.xml").getMessage())
        .matches("broken\\.xml:\\d+:\\d+: XML: .*");
  }

  @Test
  void healthTopicXmlWithoutADtdImports() throws ImportException {
    String xml =
        "<?xml version=\"1.0\"?>\n<health-topics>"
            + "<health-topic title=\"Tos\" language=\"Spanish\" url=\"https://medlineplus.gov/spanish/cough.html\">"
            + "<full-summary>&lt;p&gt;La tos es un reflejo que mantiene despejada la garganta."
            + "&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Resfriados&lt;/li&gt;&lt;/ul&gt;</full-summary>"
            + "</health-topic></health-topics>";
    List<ImportResult> results = draft(xml, "topics.xml");
    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.isValid()).isTrue();
              assertThat(r.condition().language()).isEqualTo("es");
              assertThat(r.condition().name()).isEqualTo("Tos");
              assertThat(r.report().inputKind()).isEqualTo("medlineplus-xml");
            });
  }

  @Test
  void invalidEncodingsAreLocatedErrorsOrDecodedAsDeclared() throws ImportException {
    byte[] text = {'O', 'k', '\n', 'b', 'a', (byte) 0xFF, 'd'};
    assertThat(error(text, "bad.txt").getMessage())
        .startsWith("bad.txt:2:3:")
        .contains("not valid UTF-8");
    byte[] json = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
    assertThat(error(json, "bad.json").getMessage()).startsWith("bad.json:1:7:");
    byte[] latin =
        ("<html><head><meta charset=windows-1252></head><body><main><h1>Caf\u00e9"
                + "</h1><p>\u201cQuoted\u201d text of the page, long enough to be the article's text and"
                + " more than two hundred characters in all, so that it is taken for the main content of"
                + " the page and read as such by the importer.</p></main></body></html>")
            .getBytes(Charset.forName("windows-1252"));
    List<ImportResult> results = IMPORTER.importSource(latin, "latin.html");
    assertThat(results.get(0).condition().name()).isEqualTo("Caf\u00e9");
    assertThat(
            ((dev.caresheet.model.Paragraph) results.get(0).condition().description().get(0))
                .text())
        .startsWith("\u201cQuoted\u201d");
  }

  @Test
  void hostileJsonIsALocatedErrorOrADraft() throws ImportException {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThat(error(deep.getBytes(StandardCharsets.UTF_8), "deep.json").getMessage())
        .contains("not well-formed JSON");
    assertThat(error("{\"a\": }".getBytes(StandardCharsets.UTF_8), "broken.json").getMessage())
        .startsWith("broken.json:1:");
    assertThat(error("{\"a\": 1}".getBytes(StandardCharsets.UTF_8), "shape.json").getMessage())
        .contains("shape the importer does not know");
    String controls =
        "{\"@context\": \"http://schema.org\", \"name\": \"Bad\\u0000name\\ud800\","
            + " \"mainEntityOfPage\": [{\"headline\": \"Symptoms \\u0007 of it\", \"mainEntityOfPage\":"
            + " [{\"name\": \"markdown\", \"text\": \"<ul><li>a\\u0001b</li></ul><p>\\u202e text</p>\"}]}]}";
    List<ImportResult> results = draft(controls, "controls.json");
    assertThat(results.get(0).isValid()).as(results.get(0).validation().toText()).isTrue();
  }

  @Test
  void emptyAndBlankSourcesGiveADraftOrAnError() throws ImportException {
    for (String source :
        List.of(
            "",
            " \n\n ",
            "\u00a0",
            "<html></html>",
            "<p></p>",
            "{}",
            "•\n1.\n",
            "Read More\n\nRead More")) {
      try {
        draft(source, "blank");
      } catch (ImportException e) {
        assertThat(e.getMessage()).startsWith("blank");
      }
    }
  }
}
