package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact output of the writer for hostile input, and its refusals. */
class HtmlWriterTest {

  private static String write(Consumer<HtmlWriter> body) {
    StringBuilder out = new StringBuilder();
    body.accept(new HtmlWriter(out));
    return out.toString();
  }

  @Test
  void textEscapesMarkupCharacters() {
    assertThat(write(w -> w.open("p").text("<script>alert(\"x\") & 'y'</script>").close("p")))
        .isEqualTo("<p>&lt;script&gt;alert(\"x\") &amp; 'y'&lt;/script&gt;</p>\n");
  }

  @Test
  void textKeepsEntitiesAsText() {
    assertThat(write(w -> w.text("&amp; &#x3C; &lt;"))).isEqualTo("&amp;amp; &amp;#x3C; &amp;lt;");
  }

  @Test
  void attributeValuesAreEscapedAndQuoted() {
    assertThat(
            write(w -> w.open("p", "class", "a\" onclick=\"alert(1)", "title", "<b>&'").close("p")))
        .isEqualTo("<p class=\"a&quot; onclick=&quot;alert(1)\" title=\"&lt;b&gt;&amp;'\"></p>\n");
  }

  @Test
  void lineFeedsStayInTextAndBecomeBreaksInMultilineText() {
    assertThat(write(w -> w.text("a\nb"))).isEqualTo("a\nb");
    assertThat(write(w -> w.multilineText("a\n\n<b>"))).isEqualTo("a<br><br>&lt;b&gt;");
  }

  @Test
  void unicodeIsWrittenAsIs() {
    String s = "😀 👩‍👩‍👧 שלום \u202Eevil e\u0301 line\u2028sep non\u00A0break x\u00ADy";
    assertThat(write(w -> w.text(s))).isEqualTo(s);
  }

  @Test
  void charactersHtmlForbidsBecomeReplacementCharacters() {
    assertThat(
            write(
                w ->
                    w.text(
                        "a\u0000b\u0001c\u007Fd\u0085e\uFDD0f\uFFFEg\uD800h\uDC00i\uD83F\uDFFFj")))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\uFFFDj");
    assertThat(write(w -> w.text("tab\tcr\rff\f"))).isEqualTo("tab\tcr\rff\f");
  }

  @Test
  void unsafeUrlAttributesAreDropped() {
    assertThat(write(w -> w.open("a", "href", "javascript:alert(1)").text("x").close("a")))
        .isEqualTo("<a>x</a>");
    assertThat(write(w -> w.open("a", "href", " JaVaScRiPt:alert(1)", "class", "c").close("a")))
        .isEqualTo("<a class=\"c\"></a>");
    assertThat(write(w -> w.voidElement("img", "src", "data:image/png;base64,AAAA", "alt", "")))
        .isEqualTo("<img alt=\"\">");
    // No scheme, so kept; its & is escaped, so no browser decodes it into "javascript:".
    assertThat(write(w -> w.open("a", "href", "&#106;avascript:alert(1)").close("a")))
        .isEqualTo("<a href=\"&amp;#106;avascript:alert(1)\"></a>");
  }

  @Test
  void externalLinksGetNoopenerNoreferrer() {
    assertThat(write(w -> w.open("a", "href", "https://example.org/").close("a")))
        .isEqualTo("<a href=\"https://example.org/\" rel=\"noopener noreferrer\"></a>");
    assertThat(write(w -> w.open("a", "rel", "author", "href", "//example.org/").close("a")))
        .isEqualTo("<a rel=\"author noopener noreferrer\" href=\"//example.org/\"></a>");
    assertThat(write(w -> w.open("a", "rel", "NoOpener", "href", "HTTP://example.org/").close("a")))
        .isEqualTo("<a rel=\"NoOpener noreferrer\" href=\"HTTP://example.org/\"></a>");
    assertThat(write(w -> w.open("a", "href", "#causes").close("a")))
        .isEqualTo("<a href=\"#causes\"></a>");
    assertThat(write(w -> w.open("a", "href", "mailto:a@example.org").close("a")))
        .isEqualTo("<a href=\"mailto:a@example.org\"></a>");
  }

  @Test
  void keptUrlsArePercentEncodedWhereAValidUrlNeedsIt() {
    assertThat(write(w -> w.open("a", "href", "https://example.org/a'b<c>\"d e#f#g").close("a")))
        .isEqualTo(
            "<a href=\"https://example.org/a'b%3Cc%3E%22d%20e#f%23g\" rel=\"noopener noreferrer\"></a>");
    assertThat(write(w -> w.open("a", "href", "x.html?q=%3C&r=50%").close("a")))
        .isEqualTo("<a href=\"x.html?q=%3C&amp;r=50%25\"></a>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "script",
        "style",
        "iframe",
        "object",
        "embed",
        "base",
        "svg",
        "math",
        "noscript",
        "xmp",
        "plaintext",
        "frameset",
        "template-x\"",
        "Script",
        "h1 onclick",
        "",
        "1p"
      })
  void refusedOrMalformedElementsThrow(String tag) {
    assertThatThrownBy(() -> write(w -> w.open(tag))).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "onclick",
        "onerror",
        "style",
        "srcdoc",
        "srcset",
        "http-equiv",
        "ping",
        "x y",
        "a=\"b\"",
        "Class",
        ""
      })
  void refusedOrMalformedAttributesThrow(String attribute) {
    assertThatThrownBy(() -> write(w -> w.open("p", attribute, "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void misuseThrowsAtOnce() {
    assertThatThrownBy(() -> write(w -> w.open("p", "class"))).hasMessageContaining("pairs");
    assertThatThrownBy(() -> write(w -> w.open("p", "class", "a", "class", "b")))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> write(w -> w.open("br"))).hasMessageContaining("void");
    assertThatThrownBy(() -> write(w -> w.voidElement("p"))).hasMessageContaining("not a void");
    assertThatThrownBy(() -> write(w -> w.open("ul").close("li")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("<ul>");
    assertThatThrownBy(() -> write(w -> w.close("p"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> write(w -> w.text("x").doctype()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void jsonLdCannotBeBrokenOutOf() {
    String json =
        "{\"a\":\"</script><script>alert(1)</script><!-- & \u2028\u2029 \u0001 \uFFFE \uD83F\uDFFE\"}";
    assertThat(write(w -> w.jsonLd(json)))
        .isEqualTo(
            "<script type=\"application/ld+json\">"
                + "{\"a\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026"
                + " \\u2028\\u2029 \\u0001 \\ufffe \\ud83f\\udffe\"}</script>\n");
  }

  @Test
  void containersHoldEachBlockOnItsOwnLineAndNothingIsAddedInsideText() {
    assertThat(
            write(
                w ->
                    w.open("section")
                        .element("h2", "T")
                        .open("p")
                        .text("a ")
                        .open("em")
                        .text("b")
                        .close("em")
                        .text(".")
                        .close("p")
                        .open("ul")
                        .open("li")
                        .element("p", "x")
                        .open("ul")
                        .element("li", "y")
                        .close("ul")
                        .close("li")
                        .close("ul")
                        .close("section")))
        .isEqualTo(
            "<section>\n<h2>T</h2>\n<p>a <em>b</em>.</p>\n<ul>\n<li><p>x</p><ul><li>y</li></ul></li>\n"
                + "</ul>\n</section>\n");
    // Phrasing content in a container stays on the line; a block after it starts a new one.
    assertThat(
            write(
                w ->
                    w.open("nav")
                        .open("a", "href", "#x")
                        .text("x")
                        .close("a")
                        .element("p", "y")
                        .close("nav")))
        .isEqualTo("<nav>\n<a href=\"#x\">x</a>\n<p>y</p>\n</nav>\n");
    assertThat(
            write(
                w ->
                    w.doctype()
                        .open("html")
                        .open("head")
                        .voidElement("meta", "charset", "utf-8")
                        .close("head")
                        .close("html")))
        .isEqualTo("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n</html>\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"div", "p", "ul", "span", "a", "dd"})
  void aListHoldsOnlyListItems(String child) {
    for (String list : new String[] {"ul", "ol"}) {
      assertThatThrownBy(() -> write(w -> w.open(list).open(child)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("<" + child + "> cannot be written directly inside <" + list + ">")
          .hasMessageContaining("holds only <li>");
    }
    assertThatThrownBy(() -> write(w -> w.open("ol").voidElement("br")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("<br> cannot be written directly inside <ol>");
    assertThatThrownBy(() -> write(w -> w.open("ul").text("loose text")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("text cannot be written directly inside <ul>");
    // White space, list items and the JSON-LD script (script-supporting) are fine.
    assertThat(write(w -> w.open("ol").element("li", "x").text(" ").jsonLd("{}").close("ol")))
        .isEqualTo(
            "<ol>\n<li>x</li>\n \n<script type=\"application/ld+json\">{}</script>\n</ol>\n");
  }

  @Test
  void otherContentModelsAreCheckedBothWays() {
    assertThatThrownBy(() -> write(w -> w.open("div").open("li")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "<li> cannot be written directly inside <div>: a <li> belongs directly inside <menu>, <ol>, <ul>");
    assertThatThrownBy(() -> write(w -> w.open("dl").open("p")))
        .hasMessageContaining("inside <dl>");
    assertThatThrownBy(() -> write(w -> w.open("table").open("td")))
        .hasMessageContaining("inside <table>");
    assertThatThrownBy(() -> write(w -> w.open("tr").open("p")))
        .hasMessageContaining("inside <tr>");
    assertThatThrownBy(() -> write(w -> w.open("div").open("figcaption")))
        .hasMessageContaining("<figure>");
    assertThat(
            write(
                w ->
                    w.open("dl")
                        .open("div")
                        .element("dt", "t")
                        .element("dd", "d")
                        .close("div")
                        .close("dl")))
        .isEqualTo("<dl>\n<div><dt>t</dt><dd>d</dd></div>\n</dl>\n");
    // With nothing open, a fragment may start anywhere: a list item a caller puts in its own list.
    assertThat(write(w -> w.element("li", "x"))).isEqualTo("<li>x</li>\n");
  }

  @Test
  void inlineMarkupOnItsOwnWritesOnlyLinksToOtherSites() {
    assertThat(
            write(
                w ->
                    w.open("p")
                        .inline(
                            "*a* **b** [c](https://example.org/) [d](#causes)"
                                + " [e](javascript:alert(1)) [f](condition:migraine) <b>")
                        .close("p")))
        .isEqualTo(
            "<p><em>a</em> <strong>b</strong> <a href=\"https://example.org/\" rel=\"noopener noreferrer\">c</a>"
                + " d e f &lt;b&gt;</p>\n");
  }

  @Test
  void aFailingAppendableSurfacesAsUncheckedIoException() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> new HtmlWriter(broken).text("x"))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  @Test
  void isSafeUrlKeepsRelativeHttpHttpsAndMailtoOnly() {
    assertThat(HtmlWriter.isSafeUrl("https://example.org")).isTrue();
    assertThat(HtmlWriter.isSafeUrl("HTTP://example.org")).isTrue();
    assertThat(HtmlWriter.isSafeUrl("mailto:a@b.c")).isTrue();
    assertThat(HtmlWriter.isSafeUrl("#x")).isTrue();
    assertThat(HtmlWriter.isSafeUrl("../a:b")).isTrue();
    assertThat(HtmlWriter.isSafeUrl("javascript:alert(1)")).isFalse();
    assertThat(HtmlWriter.isSafeUrl("java\tscript:alert(1)")).isFalse();
    assertThat(HtmlWriter.isSafeUrl("\u0000javascript:x")).isFalse();
    assertThat(HtmlWriter.isSafeUrl("data:text/html,x")).isFalse();
    assertThat(HtmlWriter.isSafeUrl("vbscript:x")).isFalse();
    assertThat(HtmlWriter.isSafeUrl("a:b")).isFalse();
    assertThat(HtmlWriter.isSafeUrl("httpx://a")).isFalse();
  }
}
