package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caresheet.model.Condition;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.InvalidContentException;
import dev.caresheet.model.Reference;
import dev.caresheet.render.RenderOptions;
import dev.caresheet.testing.Inert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus of XSS payloads in every text field and every URL field of a document at once. Each
 * rendered page, parsed back as a browser parses it (jsoup implements the HTML5 algorithm), holds
 * nothing executable ({@link Inert}) and still shows the payload as text; the JSON-LD still parses
 * and holds it as data. URLs that are not http(s) are refused by the model; http(s) URLs with
 * markup in them stay inert attribute values.
 *
 * <p>The pages are also written to {@code target/xss-site/}, where the browser stage checks them in
 * headless Chromium: no script runs, no dialog opens, no request leaves loopback ({@code
 * browser/check-payloads.sh}, docs/SECURITY.md).
 */
class XssCorpusTest {

  /**
   * Payloads: none starts or ends with white space or holds a control character (the model's rule).
   */
  static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "<SCRIPT SRC=//127.0.0.1:9/x.js></SCRIPT>",
          "<script>confirm`1`</script>",
          "</script><script>alert(document.domain)</script>",
          "</ScRiPt ><script>prompt(1)</script>",
          "<!--<script>alert(1)</script>-->",
          "<![CDATA[<script>alert(1)</script>]]>",
          "<img src=x onerror=alert(1)>",
          "<svg onload=alert(1)>",
          "<svg><script>alert(1)</script></svg>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
          "<body onload=alert(1)>",
          "<iframe src=javascript:alert(1)></iframe>",
          "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
          "<object data=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==></object>",
          "<a href=javascript:alert(1)>click</a>",
          "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
          "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">entities</a>",
          "javascript:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "\"><script>alert(1)</script>",
          "'><script>alert(1)</script>",
          "\" onmouseover=\"alert(1)",
          "' onfocus='alert(1)' autofocus='",
          "&lt;script&gt;alert(1)&lt;/script&gt;",
          "&#60;script&#62;alert(1)&#60;/script&#62;",
          "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
          "%3Cscript%3Ealert(1)%3C/script%3E",
          "＜script＞alert(1)＜/script＞",
          "<scr<script>ipt>alert(1)</scr</script>ipt>",
          "<style>*{background:url(javascript:alert(1))}</style>",
          "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
          "<base href=javascript:alert(1)//>",
          "<form action=javascript:alert(1)><button>go</button></form>",
          "<template><script>alert(1)</script></template>",
          "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
          "{{constructor.constructor('alert(1)')()}}",
          "${alert(1)}",
          "x\u2028alert(1)\u2029y",
          "x\u2028</script>\u2029<script>alert(1)</script>",
          "\u202E<script>alert(1)</script>",
          "]]></title></textarea></style></noscript><script>alert(1)</script>");

  /** URLs that are not http(s) and must never reach a page: the model refuses them. */
  static final List<String> HOSTILE_URLS =
      List.of(
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          "javascript://example.org/%0Aalert(1)",
          "vbscript:msgbox(1)",
          "data:text/html,<script>alert(1)</script>",
          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "file:///etc/passwd",
          "//evil.example/x.js",
          "/relative",
          "jav\tascript:alert(1)",
          "https://x y",
          "http://",
          "https:",
          "https://x/\u2028y",
          "ftp://example.org/x",
          "mailto:x@example.org?body=<script>",
          "about:blank");

  static final Path SITE = Path.of("target", "xss-site");

  private static final HtmlRenderer PAGE = HtmlRenderer.builder().page(true).build();

  @BeforeAll
  static void cleanSite() throws IOException {
    if (Files.isDirectory(SITE)) {
      try (var files = Files.list(SITE)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(SITE);
  }

  @Test
  void everyPayloadInEveryFieldRendersInertAndIsShownAsText() throws IOException {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      String payload = PAYLOADS.get(i);
      Condition condition = Documents.rich(field -> payload + " " + field);
      String html = PAGE.render(condition);
      Files.writeString(SITE.resolve(String.format("%02d.html", i)), html, StandardCharsets.UTF_8);
      Document doc = Jsoup.parse(html);
      for (String found : Inert.executable(doc)) {
        failures.add(i + " " + payload + ": " + found);
      }
      assertThat(doc.select("script")).as(payload).hasSize(1);
      // Shown as text, exactly: the title and the heading hold the payload itself.
      assertThat(doc.selectFirst("title").wholeText()).as(payload).isEqualTo(payload + " name");
      assertThat(doc.selectFirst("h1").wholeText()).as(payload).isEqualTo(payload + " name");
      // Raw, the JSON-LD block holds no '<' that could end it and no line separator.
      int open =
          html.indexOf("<script type=\"application/ld+json\">")
              + "<script type=\"application/ld+json\">".length();
      assertThat(html.substring(open, html.indexOf("</script>", open)))
          .as(payload)
          .doesNotContain("<", "\u2028", "\u2029");
      // The JSON-LD is still JSON and holds the payload as data.
      JsonNode ld = JsonMapper.shared().readTree(doc.selectFirst("script").data());
      assertThat(ld.path("name").stringValue()).as(payload).isEqualTo(payload + " name");
      // Every URL on the page is http(s) or mailto; the hostile ones of the author and the
      // reference
      // are attribute values with their markup escaped.
      for (Element a : doc.select("[href]")) {
        assertThat(Inert.safeUrl(a.attr("href"))).as(a.outerHtml()).isTrue();
      }
    }
    assertThat(failures).isEmpty();
    // The page the documents' related link points to, so that the site's links resolve.
    Files.writeString(
        SITE.resolve("migraine.html"),
        PAGE.render(Condition.builder().id("migraine").language("en").name("Migraine").build()),
        StandardCharsets.UTF_8);
  }

  /**
   * Link targets of inline markup that must never become a working link: schemes that run code, in
   * plain, mixed-case, entity-encoded, percent-encoded and white-space-split spellings.
   */
  static final List<String> LINK_PAYLOADS =
      List.of(
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          "javascript://example.org/%0Aalert(1)",
          "<javascript:alert(1)>",
          "javascript:alert(1) \"title\"",
          "vbscript:msgbox(1)",
          "VBScript:msgbox(1)",
          "data:text/html,<script>alert(1)</script>",
          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "&#106;avascript:alert(1)",
          "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
          "javascript&colon;alert(1)",
          "&#118;bscript:msgbox(1)",
          "&#100;ata:text/html,x",
          "%6Aavascript:alert(1)",
          "java%0Ascript:alert(1)",
          "%64ata:text/html,x",
          "%76bscript:x",
          "jav&#x09;ascript:alert(1)",
          "\\javascript:alert(1)",
          "//evil.example/x.js",
          "file:///etc/passwd",
          // Mixed case, and every encoding of every scheme.
          "JAVASCRIPT:alert(1)",
          "jAvAsCrIpT&colon;alert(1)",
          "javascript&#58;alert(1)",
          "javascript&#x3a;alert(1)",
          "&#x4A;&#x61;&#x56;&#x61;script:alert(1)",
          "javascript%3Aalert(1)",
          "javascript%3aalert(1)",
          "%4A%41%56%41%53%43%52%49%50%54%3Aalert(1)",
          "vbscript&#58;msgbox(1)",
          "VbScRiPt&colon;msgbox(1)",
          "&#x76;&#x62;script:msgbox(1)",
          "vbscript%3Amsgbox(1)",
          "DATA:text/html,x",
          "data&colon;text/html,x",
          "&#x64;&#x61;&#x74;&#x61;:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "data%3Atext/html,x",
          // White space and control characters before, inside and after the scheme, as entities,
          // percent-escapes or in an angle-bracket destination (which may hold spaces).
          "&#x20;javascript:alert(1)",
          "&#9;javascript:alert(1)",
          "&#x0A;javascript:alert(1)",
          "&#0;javascript:alert(1)",
          "&#x01;javascript:alert(1)",
          "java&#x0D;script:alert(1)",
          "java&#0;script:alert(1)",
          "java&#x7F;script:alert(1)",
          "javascript&#x09;:alert(1)",
          "<java script:alert(1)>",
          "< javascript:alert(1)>",
          "<javascript :alert(1)>",
          "<vb script:msgbox(1)>",
          "<da ta:text/html,x>",
          "%20javascript:alert(1)",
          "%09javascript:alert(1)",
          "java%09script:alert(1)",
          "%00javascript:alert(1)",
          "java%00script:alert(1)",
          "\u006aavascript:alert(1)",
          "&#xFEFF;javascript:alert(1)",
          "&#x200B;javascript:alert(1)",
          "ｊavascript:alert(1)");

  /**
   * Every link payload in every paragraph text of a page, parsed back, leaves no {@code href} (and
   * no {@code <a>} at all) for the refused link, and its text is still shown. The pages go to
   * {@code target/xss-site/link-NN.html} for the browser stage. The documents are not validated
   * (the validator would refuse every one of these links): the renderer must hold on its own.
   */
  @Test
  void linkPayloadsInEveryParagraphTextNeverBecomeWorkingLinks() throws IOException {
    for (int i = 0; i < LINK_PAYLOADS.size(); i++) {
      String target = LINK_PAYLOADS.get(i);
      Condition condition =
          Documents.rich(field -> "[click *" + field + "*](" + target + ") " + field);
      String html = PAGE.render(condition);
      Files.writeString(
          SITE.resolve(String.format("link-%02d.html", i)), html, StandardCharsets.UTF_8);
      Document doc = Jsoup.parse(html);
      assertThat(Inert.executable(doc)).as(target).isEmpty();
      for (Element a : doc.select("[href]")) {
        assertThat(Inert.safeUrl(a.attr("href"))).as(a.outerHtml()).isTrue();
      }
      // Neither a link nor an <a> without href: the refused link is its text only.
      assertThat(doc.select("a").eachText()).as(target).noneMatch(t -> t.startsWith("click"));
      assertThat(doc.select("p.description").eachText())
          .as(target)
          .isNotEmpty()
          .allMatch(t -> t.startsWith("click "));
      assertThat(doc.select("em").eachText()).as(target).anyMatch(t -> t.startsWith("description"));
      assertThat(doc.select("script")).as(target).hasSize(1);
    }
  }

  /**
   * Image addresses of figures that must never become an image: schemes that run code, in plain,
   * mixed-case, entity- and percent-encoded spellings, SVG files (which can carry script) by any
   * name, and SVG data URLs.
   */
  static final List<String> FIGURE_PAYLOADS =
      List.of(
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          "vbscript:msgbox(1)",
          "VBScript:msgbox(1)",
          "data:image/png;base64,iVBORw0KGgo=",
          "data:text/html,<script>alert(1)</script>",
          "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
          "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
          "DATA:image/svg+xml;utf8,%3Csvg%20onload=alert(1)%3E",
          "&#106;avascript:alert(1)",
          "javascript&#58;alert(1)",
          "javascript&colon;alert(1)",
          "&#x6A;&#x61;&#x76;&#x61;script:alert(1)",
          "&#100;ata:image/svg+xml,x",
          "&#118;bscript:x",
          "javascript%3Aalert(1)",
          "%6Aavascript:alert(1)",
          "data%3Aimage/svg+xml,x",
          "vbscript%3Amsgbox(1)",
          "java%09script:alert(1)",
          "jav\tascript:alert(1)",
          "images/diagram.svg",
          "images/diagram.SVG",
          "diagram.svgz",
          "https://example.org/diagram.svg",
          "https://example.org/diagram.svg?x=1.png",
          "https://example.org/d.svg#x.png",
          "http://example.org/a.png",
          "//evil.example/a.png",
          "/etc/passwd",
          "file:///etc/passwd",
          "https://x/\"><script>alert(1)</script>.png",
          "a.png\" onerror=\"alert(1)");

  /**
   * Every figure payload as the src of a figure in every prose list of a page, and as what a site's
   * image function publishes, leaves no image with a hostile address and shows the alt text. The
   * documents are not validated: the renderer holds on its own. The pages go to {@code
   * target/xss-site/figure-NN.html} for the browser stage.
   */
  @Test
  void figurePayloadsNeverBecomeImages() throws IOException {
    for (int i = 0; i < FIGURE_PAYLOADS.size(); i++) {
      String src = FIGURE_PAYLOADS.get(i);
      int n = i;
      dev.caresheet.model.Figure figure =
          dev.caresheet.model.Figure.builder()
              .src(src)
              .alt("alt " + i)
              .caption("caption *" + i + "*")
              .build();
      Condition base = Documents.rich(field -> field);
      Condition condition =
          Condition.builder()
              .from(base)
              .description(List.of(dev.caresheet.model.Block.paragraph("first"), figure))
              .sections(
                  List.of(
                      dev.caresheet.model.Section.builder()
                          .id("more")
                          .title("More")
                          .addBody(figure)
                          .build()))
              .build();
      for (HtmlRenderer renderer :
          List.of(
              PAGE,
              HtmlRenderer.builder()
                  .page(true)
                  .images((c, f) -> java.util.Optional.of(new PublishedImage(src, 10, 10)))
                  .build())) {
        String html = renderer.render(condition);
        Files.writeString(
            SITE.resolve(String.format("figure-%02d.html", i)), html, StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        assertThat(Inert.executable(doc)).as(src).isEmpty();
        for (Element img : doc.select("img")) {
          assertThat(Inert.figureImage(img.attr("src"))).as(img.outerHtml()).isTrue();
        }
        assertThat(doc.select("figure")).as(src).hasSize(2);
        assertThat(doc.select("figure").eachText())
            .as(src)
            .allMatch(t -> t.contains("caption " + n));
        // Alternative text as an img's alt or, with no image, as text.
        for (Element f : doc.select("figure")) {
          assertThat(f.select("img[alt=alt " + i + "]").size() + f.select("p.alt").size())
              .as(f.outerHtml())
              .isEqualTo(1);
        }
      }
    }
  }

  @Test
  void aRelatedLinkFunctionThatReturnsAScriptUrlGivesTextNotALink() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .relatedLinks(id -> java.util.Optional.of(new RelatedLink("javascript:alert(1)", id)))
            .build();
    Condition condition =
        Documents.rich(field -> "[click " + field + "](condition:migraine) " + field);
    Document doc = Jsoup.parse(renderer.render(condition));
    assertThat(Inert.executable(doc)).isEmpty();
    assertThat(doc.select("a").eachText()).noneMatch(t -> t.startsWith("click"));
    assertThat(doc.select("p.description").eachText())
        .isNotEmpty()
        .allMatch(t -> t.startsWith("click "));
  }

  @Test
  void urlsThatAreNotHttpAreRefusedByTheModel() {
    for (String url : HOSTILE_URLS) {
      assertThatThrownBy(() -> Contributor.builder().name("x").url(url).build())
          .as(url)
          .isInstanceOf(InvalidContentException.class);
      assertThatThrownBy(() -> Reference.builder().title("x").url(url).build())
          .as(url)
          .isInstanceOf(InvalidContentException.class);
    }
    // A stylesheet may be relative (the publisher's own); one with another scheme is refused.
    for (String url : HOSTILE_URLS) {
      if (url.contains(":") && !url.startsWith("http")) {
        assertThatThrownBy(() -> HtmlRenderer.builder().stylesheet(url))
            .as(url)
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                () -> HtmlRenderer.builder().options(RenderOptions.defaults().withStylesheet(url)))
            .as(url)
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Test
  void validButNastyUrlsStayInertAttributeValues() {
    List<String> nasty =
        List.of(
            "https://x/\"><script>alert(1)</script>",
            "https://x/'onmouseover='alert(1)",
            "https://x/<img/src/onerror=alert(1)>",
            "https://x/&quot;&gt;&lt;script&gt;",
            "https://x/%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
            "https://x/</script><script>alert(1)</script>");
    for (String url : nasty) {
      Condition c =
          Condition.builder()
              .id("nasty")
              .language("en")
              .name("Nasty")
              .addReference(Reference.builder().title("ref").url(url).build())
              .attribution(
                  dev.caresheet.model.Attribution.builder()
                      .addAuthor(Contributor.builder().name("author").url(url).build())
                      .build())
              .build();
      HtmlRenderer renderer = HtmlRenderer.builder().page(true).stylesheet(url).build();
      String html = renderer.render(c);
      Document doc = Jsoup.parse(html);
      assertThat(Inert.executable(doc)).as(url).isEmpty();
      assertThat(doc.select("script")).as(url).hasSize(1);
      // Kept as links to the same place, percent-encoded where a character could end the value.
      List<String> hrefs = new ArrayList<>(doc.select("a[href]").eachAttr("href"));
      hrefs.add(doc.select("link[rel=stylesheet]").attr("href"));
      assertThat(hrefs)
          .as(url)
          .hasSize(3)
          .allSatisfy(
              href ->
                  assertThat(href)
                      .startsWith("https://x/")
                      .doesNotContain("<", ">", "\"", " ", "\u2028"));
      assertThat(html.toLowerCase(Locale.ROOT).split("<script", -1)).as(url).hasSize(2);
    }
  }
}
