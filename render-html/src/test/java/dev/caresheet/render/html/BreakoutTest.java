package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Content that tries to break out of the markup or the JSON-LD, in every field of a document at
 * once, renders as inert text: one script element, the renderer's own elements only, and the
 * JSON-LD still JSON holding the very same strings.
 */
class BreakoutTest {

  private static final HtmlRenderer PAGE = HtmlRenderer.builder().page(true).build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "</script><script>alert(1)</script>",
        "</SCRIPT ><script>alert(1)//",
        "<!--<script>",
        "x\u2028\u2029</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "javascript:alert(1)",
        "]]></title></textarea></style></noscript><script>alert(1)</script>"
      })
  void hostileTextInEveryFieldStaysText(String hostile) {
    Condition c = Documents.rich(field -> hostile + field.replace(' ', '-'));
    String html = PAGE.render(c);
    assertThat(html.toLowerCase(Locale.ROOT).split("<script", -1)).hasSize(2);
    assertThat(html.toLowerCase(Locale.ROOT).split("</script", -1)).hasSize(2);
    assertThat(html).doesNotContain("<img").doesNotContain("<svg").doesNotContain("<!--");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("img, svg, style, textarea, noscript, iframe")).isEmpty();
    assertThat(doc.select("[onerror], [onload]")).isEmpty();
    assertThat(doc.selectFirst("title").wholeText()).isEqualTo(hostile + "name");
    assertThat(doc.selectFirst("h1").wholeText()).isEqualTo(hostile + "name");

    String json = doc.selectFirst("script").data();
    assertThat(json)
        .doesNotContain("<")
        .doesNotContain(">")
        .doesNotContain("&")
        .doesNotContain("\u2028")
        .doesNotContain("\u2029");
    JsonNode page = JsonMapper.builder().build().readTree(json);
    assertThat(page.get("name").asString()).isEqualTo(hostile + "name");
    List<String> strings = new ArrayList<>();
    collect(page, strings);
    assertThat(strings)
        .contains(
            hostile + "summary",
            hostile + "cause-1",
            hostile + "step-1",
            hostile + "caution-1",
            hostile + "prevention",
            hostile + "author",
            hostile + "publisher");
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isString()) {
      out.add(node.asString());
    }
    node.values().forEach(child -> collect(child, out));
  }

  @Test
  void anUnsafeLinkInContentIsNotALink() {
    // The model only accepts http(s) URLs, but a publisher's renderer might pass anything on.
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .partRenderer(
                dev.caresheet.model.Reference.class,
                (r, ctx) ->
                    ctx.writer()
                        .open("li")
                        .open("a", "href", "javascript:alert('" + r.title() + "')")
                        .text(r.title())
                        .close("a")
                        .close("li"))
            .build();
    Document doc = Jsoup.parse(renderer.render(Documents.rich()));
    assertThat(doc.select("section.references a"))
        .hasSize(2)
        .allSatisfy(a -> assertThat(a.hasAttr("href")).isFalse());
  }
}
