package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.model.Condition;
import dev.caresheet.model.ImmutableCondition;
import dev.caresheet.testing.Generators;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlSiteTest {

  static final Path CONTENT = Path.of("../examples/content");
  static List<Condition> examples;
  static final NuChecker NU = new NuChecker();

  @BeforeAll
  static void read() throws IOException {
    ConditionCodec codec = ConditionCodec.defaults();
    examples =
        List.of(
            codec.read(CONTENT.resolve("leg-cramps.json")),
            codec.read(CONTENT.resolve("migraine.json")),
            codec.read(CONTENT.resolve("anorexia-nervosa.json")));
  }

  private final HtmlSite site = HtmlSite.builder().build();

  @Test
  void writesAnIndexTheStylesheetAndOnePagePerConditionInIdOrder() {
    assertThat(site.files(examples).keySet())
        .containsExactly(
            "index.html",
            "style.css",
            "favicon.svg",
            "anorexia-nervosa.html",
            "leg-cramps.html",
            "migraine.html");
    assertThat(site.files(examples).get("style.css"))
        .isEqualTo(HtmlSite.defaultStylesheet())
        .contains("prefers-color-scheme: dark")
        .contains("@media print")
        .doesNotContain("@import", "url(");
  }

  @Test
  void theFilesAreUnmodifiable() {
    Map<String, String> files = site.files(examples);
    assertThatThrownBy(() -> files.put("x.html", ""))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> files.remove(HtmlSite.INDEX))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyPageHasNoNuErrorsOrWarnings() {
    for (Map.Entry<String, String> file : site.files(examples).entrySet()) {
      if (file.getKey().endsWith(".html")) {
        NuChecker.Report report = NU.check(file.getValue());
        assertThat(report.errors()).as(file.getKey()).isEmpty();
        assertThat(report.warnings()).as(file.getKey()).isEmpty();
      }
    }
  }

  @Test
  void relatedConditionsLinkByNameAndPagesLinkBackToTheIndex() {
    Document page = Jsoup.parse(site.files(examples).get("leg-cramps.html"));
    assertThat(page.select("nav.related a"))
        .extracting(Element::text, e -> e.attr("href"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Anorexia nervosa", "anorexia-nervosa.html"),
            org.assertj.core.groups.Tuple.tuple("Migraine", "migraine.html"));
    assertThat(page.select("nav.site a").attr("href")).isEqualTo("index.html");
    assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("style.css");
  }

  @Test
  void aRelatedIdWithoutAPageIsTextNotABrokenLink() {
    Condition alone = ImmutableCondition.copyOf(examples.get(0)).withRelated("night-sweats");
    Document page = Jsoup.parse(site.files(List.of(alone)).get("leg-cramps.html"));
    assertThat(page.select("nav.related li").text()).isEqualTo("night-sweats");
    assertThat(page.select("nav.related a")).isEmpty();
  }

  @Test
  void theIndexListsConditionsAToZWithTheirSummaries() {
    Document index = Jsoup.parse(site.files(examples).get("index.html"));
    assertThat(index.select("h1").text()).isEqualTo("Conditions A–Z");
    assertThat(index.select("main section h2"))
        .extracting(Element::text)
        .containsExactly("A", "L", "M");
    assertThat(index.select("ul.conditions a"))
        .extracting(Element::text)
        .containsExactly("Anorexia nervosa", "Leg cramps", "Migraine");
    assertThat(index.select("ul.conditions li p").first().text()).startsWith("An eating disorder");
    for (Element letter : index.select("nav.letters a")) {
      assertThat(index.getElementById(letter.attr("href").substring(1))).isNotNull();
    }
  }

  @Test
  void isAPureFunctionOfTheConditions() {
    List<Condition> reversed = new ArrayList<>(examples);
    java.util.Collections.reverse(reversed);
    assertThat(site.files(reversed)).isEqualTo(site.files(examples));
  }

  @Test
  void generatedSetsGiveValidPagesAndIndexes() {
    Set<String> ids = new java.util.HashSet<>();
    List<Condition> set = new ArrayList<>();
    for (Condition c : Generators.sample(Generators.conditions(), 60, 7)) {
      if (ids.add(c.id())) {
        set.add(c);
      }
    }
    Map<String, String> files = site.files(set);
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (file.getKey().endsWith(".html")) {
        assertThat(NU.check(file.getValue()).errors()).as(file.getKey()).isEmpty();
      }
    }
  }

  @Test
  void everyPageHasADescriptionOpenGraphAndTheIcon() {
    Map<String, String> files = site.files(examples);
    assertThat(files.get(HtmlSite.ICON))
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .doesNotContain("<script", "href");
    for (String name :
        List.of("index.html", "leg-cramps.html", "migraine.html", "anorexia-nervosa.html")) {
      Document page = Jsoup.parse(files.get(name));
      assertThat(page.select("meta[name=description]").attr("content")).as(name).isNotBlank();
      assertThat(page.select("meta[property=og:title]").attr("content"))
          .as(name)
          .isEqualTo(page.title());
      assertThat(page.select("meta[property=og:description]").attr("content"))
          .as(name)
          .isEqualTo(page.select("meta[name=description]").attr("content"));
      assertThat(page.select("link[rel=icon]").attr("href")).as(name).isEqualTo("favicon.svg");
      assertThat(page.select("link[rel=canonical]")).as(name).isEmpty();
    }
    assertThat(
            Jsoup.parse(files.get("index.html")).select("meta[name=description]").attr("content"))
        .isEqualTo("Conditions A–Z: Anorexia nervosa, Leg cramps, Migraine");
    assertThat(
            Jsoup.parse(files.get("leg-cramps.html"))
                .select("meta[name=description]")
                .attr("content"))
        .isEqualTo(examples.get(0).summary().get());
  }

  @Test
  void withABaseUrlEveryPageHasItsCanonicalUrl() {
    Map<String, String> files =
        HtmlSite.builder().baseUrl("https://example.org/health").build().files(examples);
    assertThat(Jsoup.parse(files.get("index.html")).select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.org/health/index.html");
    Document page = Jsoup.parse(files.get("leg-cramps.html"));
    assertThat(page.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.org/health/leg-cramps.html");
    assertThat(page.selectFirst("script").data())
        .contains(
            "\"relatedLink\":[\"https://example.org/health/anorexia-nervosa.html\",\"https://example.org/health/migraine.html\"]");
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (file.getKey().endsWith(".html")) {
        assertThat(NU.check(file.getValue()).errors()).as(file.getKey()).isEmpty();
        assertThat(NU.check(file.getValue()).warnings()).as(file.getKey()).isEmpty();
      }
    }
  }

  @Test
  void theIndexDescriptionIsCutAfterAName() {
    List<Condition> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(
          ImmutableCondition.copyOf(examples.get(0))
              .withId("c-" + i)
              .withName("Condition number " + i)
              .withRelated(List.of()));
    }
    String description =
        Jsoup.parse(site.files(many).get("index.html"))
            .select("meta[name=description]")
            .attr("content");
    assertThat(description).startsWith("Conditions A–Z: Condition number 0, ").endsWith(", …");
    assertThat(description.length()).isLessThanOrEqualTo(163);
  }

  @Test
  void twoConditionsWithOneIdAreRefused() {
    assertThatThrownBy(() -> site.files(List.of(examples.get(0), examples.get(0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leg-cramps");
  }

  @Test
  void onePageOrTheIndexAloneIsTheSameTextAsInTheWholeSite() {
    Set<String> ids = new java.util.HashSet<>();
    List<Condition> set = new ArrayList<>(examples);
    examples.forEach(c -> ids.add(c.id()));
    for (Condition c : Generators.sample(Generators.conditions(), 40, 11)) {
      if (ids.add(c.id())) {
        set.add(c);
      }
    }
    Map<String, String> files = site.files(set);
    assertThat(site.index(set)).isEqualTo(files.get(HtmlSite.INDEX));
    assertThat(site.stylesheet()).isEqualTo(files.get(HtmlSite.STYLESHEET));
    for (Condition c : set) {
      assertThat(site.page(c, set)).as(c.id()).isEqualTo(files.get(c.id() + ".html"));
    }
    assertThatThrownBy(() -> site.page(examples.get(0), examples.subList(1, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leg-cramps");
  }

  @Test
  void pagesOfPartOfASiteAreThoseOfTheWholeSite() {
    HtmlSite.Pages whole = site.pages(examples);
    List<HtmlSite.Entry> entries = examples.stream().map(HtmlSite.Entry::of).toList();
    HtmlSite.Pages part = site.pages(List.of(examples.get(1)), entries);
    assertThat(part.names())
        .containsExactly("index.html", "style.css", "favicon.svg", "migraine.html");
    for (String name : part.names()) {
      assertThat(part.render(name)).as(name).isEqualTo(whole.render(name));
    }
    assertThat(whole.render("leg-cramps.html"))
        .isEqualTo(site.files(examples).get("leg-cramps.html"));
    assertThatThrownBy(() -> part.render("leg-cramps.html"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pagesOfPartOfASiteRefuseAnEntryThatIsNotTheConditions() {
    Condition migraine = examples.get(1);
    List<HtmlSite.Entry> stale = new ArrayList<>();
    for (Condition c : examples) {
      HtmlSite.Entry e = HtmlSite.Entry.of(c);
      stale.add(
          c == migraine ? new HtmlSite.Entry(e.id(), "Old name", e.language(), e.summary()) : e);
    }
    assertThatThrownBy(() -> site.pages(List.of(migraine), stale))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("migraine");
    assertThatThrownBy(() -> site.pages(List.of(migraine), List.of(stale.get(0), stale.get(0))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
