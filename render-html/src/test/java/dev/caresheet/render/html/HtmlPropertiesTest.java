package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.model.Cause;
import dev.caresheet.model.Condition;
import dev.caresheet.model.PreventionMeasure;
import dev.caresheet.testing.ContentWalk;
import dev.caresheet.testing.Generators;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The properties every rendering has, for every generated (hostile) document: nothing is lost, the
 * HTML is safe and well-formed, and the JSON-LD is JSON that carries the document.
 */
class HtmlPropertiesTest {

  private static final HtmlRenderer FRAGMENT = HtmlRenderer.builder().build();
  private static final HtmlRenderer PAGE =
      HtmlRenderer.builder().page(true).stylesheet("/css/site.css").build();
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** The elements the renderer writes, and the attributes it writes on each: the allow-list. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("html", Set.of("lang", "dir")),
          Map.entry("head", Set.of()),
          Map.entry("meta", Set.of("charset", "name", "property", "content")),
          Map.entry("title", Set.of()),
          Map.entry("link", Set.of("rel", "href")),
          Map.entry("body", Set.of()),
          Map.entry("main", Set.of()),
          Map.entry("article", Set.of("class", "lang", "dir")),
          Map.entry("header", Set.of()),
          Map.entry("footer", Set.of("class")),
          Map.entry("section", Set.of("class", "aria-labelledby")),
          Map.entry("nav", Set.of("class", "aria-labelledby", "aria-label")),
          Map.entry("aside", Set.of("class", "role", "aria-labelledby")),
          Map.entry("h1", Set.of()),
          Map.entry("h2", Set.of("id", "class", "tabindex")),
          Map.entry("h3", Set.of("class")),
          Map.entry("h4", Set.of("class")),
          Map.entry("p", Set.of("class")),
          Map.entry("ul", Set.of("class")),
          Map.entry("ol", Set.of("class")),
          Map.entry("table", Set.of("class")),
          Map.entry("caption", Set.of()),
          Map.entry("thead", Set.of()),
          Map.entry("tbody", Set.of()),
          Map.entry("tr", Set.of()),
          Map.entry("th", Set.of("scope")),
          Map.entry("td", Set.of()),
          Map.entry("figure", Set.of("class")),
          Map.entry("img", Set.of("src", "alt", "loading", "width", "height")),
          Map.entry("figcaption", Set.of()),
          Map.entry("li", Set.of("id", "class", "tabindex")),
          Map.entry("dl", Set.of("class")),
          Map.entry("div", Set.of()),
          Map.entry("em", Set.of()),
          Map.entry("dt", Set.of()),
          Map.entry("dd", Set.of()),
          Map.entry("strong", Set.of("class")),
          Map.entry("span", Set.of("class")),
          Map.entry("cite", Set.of()),
          Map.entry("a", Set.of("href", "rel")),
          Map.entry("time", Set.of("datetime")),
          Map.entry("br", Set.of()),
          Map.entry("script", Set.of("type")));

  @Test
  void everyContentStringAppearsInDocumentOrderInTheText() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions())
        .checkAssert(
            c -> {
              Document doc = Jsoup.parseBodyFragment(FRAGMENT.render(c));
              String text = HtmlText.of(doc.body());
              List<String> expected = ContentWalk.strings(c, ContentWalk.Urls.LEFT_OUT);
              int missing = HtmlText.firstMissing(text, expected);
              assertThat(missing)
                  .as(
                      () ->
                          "content string #"
                              + missing
                              + " "
                              + (missing < 0 ? "" : quote(expected.get(missing)))
                              + " is missing (or out of order) in the text:\n"
                              + text)
                  .isEqualTo(-1);
            });
  }

  @Test
  void theHtmlHasOnlyTheRenderersOwnElementsAndAttributes() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions())
        .checkAssert(
            c -> {
              String html = PAGE.render(c);
              Document doc = Jsoup.parse(html);
              for (Element e : doc.getAllElements()) {
                if (e == doc) {
                  continue;
                }
                assertThat(ALLOWED).as("element <%s>", e.tagName()).containsKey(e.tagName());
                for (Attribute a : e.attributes()) {
                  assertThat(ALLOWED.get(e.tagName()))
                      .as("attribute %s on <%s>", a.getKey(), e.tagName())
                      .contains(a.getKey());
                }
              }
              Elements scripts = doc.select("script");
              assertThat(scripts).hasSize(1);
              assertThat(scripts.first().attr("type")).isEqualTo("application/ld+json");
              assertThat(html.toLowerCase(java.util.Locale.ROOT).split("<script", -1)).hasSize(2);
              for (Element a : doc.select("[href]")) {
                String href = a.attr("href");
                assertThat(
                        href.startsWith("https://")
                            || href.startsWith("http://")
                            || href.startsWith("#")
                            || href.startsWith("mailto:")
                            || href.startsWith("tel:")
                            || href.equals("/css/site.css")
                            || href.matches("[a-z0-9-]+\\.html"))
                    .as("href %s", href)
                    .isTrue();
              }
            });
  }

  @Test
  void idsAreUniqueAndEveryReferenceToAnIdResolves() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions())
        .checkAssert(
            c -> {
              Document doc = Jsoup.parse(PAGE.render(c));
              Set<String> ids = new HashSet<>();
              for (Element e : doc.select("[id]")) {
                assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
              }
              for (Element e : doc.select("[aria-labelledby]")) {
                assertThat(ids).contains(e.attr("aria-labelledby"));
                assertThat(doc.getElementById(e.attr("aria-labelledby")).parent()).isSameAs(e);
              }
              for (Element a : doc.select("a[href^=#]")) {
                assertThat(ids).contains(a.attr("href").substring(1));
              }
              assertThat(doc.select("section"))
                  .hasSize(c.parts().size() + (c.references().isEmpty() ? 0 : 1));
            });
  }

  @Test
  void headingsDescendOneLevelAtATime() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions())
        .checkAssert(
            c -> {
              Document doc = Jsoup.parse(PAGE.render(c));
              Elements headings = doc.select("h1, h2, h3, h4, h5, h6");
              assertThat(headings.first().tagName()).isEqualTo("h1");
              assertThat(doc.select("h1")).hasSize(1);
              int previous = 1;
              for (Element h : headings) {
                int level = h.tagName().charAt(1) - '0';
                assertThat(level)
                    .as("%s after h%d", h.tagName(), previous)
                    .isLessThanOrEqualTo(previous + 1);
                previous = level;
              }
              for (Element section : doc.select("section")) {
                assertThat(section.child(0).tagName()).isEqualTo("h2");
              }
            });
  }

  @Test
  void theJsonLdIsJsonCarryingTheNameCausesAndPrevention() {
    qt().withExamples(Generators.examples())
        .forAll(Generators.conditions())
        .checkAssert(
            c -> {
              Document doc = Jsoup.parse(FRAGMENT.render(c));
              JsonNode page = JSON.readTree(doc.selectFirst("script").data());
              assertThat(page.get("@type").asString()).isEqualTo("MedicalWebPage");
              assertThat(page.get("inLanguage").asString()).isEqualTo(c.language());
              JsonNode condition = page.get("mainEntity");
              assertThat(condition.get("@type").asString()).isEqualTo("MedicalCondition");
              assertThat(condition.get("name").asString()).isEqualTo(c.name());
              assertThat(names(condition.get("cause")))
                  .isEqualTo(
                      c.causes()
                          .map(p -> p.items().stream().map(Cause::name).toList())
                          .orElse(List.of()));
              assertThat(names(condition.get("primaryPrevention")))
                  .isEqualTo(
                      c.prevention()
                          .map(p -> p.items().stream().map(PreventionMeasure::name).toList())
                          .orElse(List.of()));
              boolean treated =
                  c.firstAid().filter(f -> !f.items().isEmpty()).isPresent()
                      || c.treatment().filter(t -> !t.items().isEmpty()).isPresent();
              assertThat(condition.has("possibleTreatment")).isEqualTo(treated);
              c.firstAid()
                  .filter(f -> !f.items().isEmpty())
                  .ifPresent(
                      f ->
                          assertThat(
                                  condition
                                      .get("possibleTreatment")
                                      .get(0)
                                      .get("subjectOf")
                                      .get("step"))
                              .hasSize(f.items().size()));
            });
  }

  private static List<String> names(JsonNode array) {
    if (array == null) {
      return List.of();
    }
    return array.valueStream().map(n -> n.get("name").asString()).toList();
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x20 || (cp >= 0x2028 && cp <= 0x202E)) {
                sb.append(String.format("\\u%04X", cp));
              } else {
                sb.appendCodePoint(cp);
              }
            });
    return sb.append('"').toString();
  }

  @Test
  void theWalkCoversEveryKindOfContentOfTheRichDocument() {
    // Guards the walk itself: with every field filled in, each field's text is walked.
    Condition rich = Documents.rich();
    assertThat(ContentWalk.strings(rich, ContentWalk.Urls.LEFT_OUT))
        .hasSize(90)
        .doesNotHaveDuplicates();
    String text = HtmlText.of(Jsoup.parseBodyFragment(FRAGMENT.render(rich)).body());
    assertThat(HtmlText.firstMissing(text, ContentWalk.strings(rich, ContentWalk.Urls.LEFT_OUT)))
        .isEqualTo(-1);
    assertThat(HtmlText.firstMissing(text, List.of("mechanism", "cause 1"))).isEqualTo(-1);
    assertThat(HtmlText.firstMissing(text, List.of("cause 1", "mechanism 1")))
        .as("the outline puts mechanisms before causes")
        .isEqualTo(1);
  }
}
