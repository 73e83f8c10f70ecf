package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Condition;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Inline markup of paragraph texts in HTML: em, strong and links, and links that resolve to
 * nothing.
 */
class InlineMarkupTest {

  private static final String DONE =
      "Drink *plenty* of fluids; see [NHS 111](https://111.nhs.uk/) or" + " [the causes](#causes).";

  private static Condition doc(String description) {
    return Condition.builder()
        .id("leg-cramps")
        .language("en")
        .name("Leg cramps *not marked*")
        .addDescription(description)
        .causes(
            Causes.builder()
                .addItems(Cause.builder().id("low-salt").name("Low salt").build())
                .build())
        .build();
  }

  private static Element description(String html) {
    return Jsoup.parseBodyFragment(html).selectFirst("p.description");
  }

  @Test
  void theIssuesExample() {
    String html = HtmlRenderer.builder().build().render(doc(DONE));
    Element p = description(html);
    assertThat(p.select("em")).extracting(Element::text).containsExactly("plenty");
    assertThat(p.select("a"))
        .extracting(a -> a.attr("href"))
        .containsExactly("https://111.nhs.uk/", "#causes");
    assertThat(p.text()).isEqualTo("Drink plenty of fluids; see NHS 111 or the causes.");
    Document page = Jsoup.parse(html);
    assertThat(page.getElementById("causes")).isNotNull();
    assertThat(page.selectFirst("h1").text()).isEqualTo("Leg cramps *not marked*");
  }

  @Test
  void strongNestedMarksAndCauseLinks() {
    Element p =
        description(
            HtmlRenderer.builder()
                .build()
                .render(
                    doc(
                        "**Do** _not_ wait: [low *salt*](#low-salt), [mail](mailto:help@example.org) \\*x\\*")));
    assertThat(p.html())
        .isEqualTo(
            "<strong>Do</strong> <em>not</em> wait: <a href=\"#cause-low-salt\">low"
                + " <em>salt</em></a>, <a href=\"mailto:help@example.org\">mail</a> *x*");
  }

  @Test
  void unresolvableAndRefusedLinksAreText() {
    String source =
        "[gone](#nowhere) [evil](javascript:alert(1)) [m](condition:migraine) [n](condition:nausea)";
    HtmlRenderer site =
        HtmlRenderer.builder()
            .relatedLinks(
                id ->
                    id.equals("migraine")
                        ? java.util.Optional.of(new RelatedLink("migraine.html", "Migraine"))
                        : java.util.Optional.empty())
            .build();
    Element p = description(site.render(doc(source)));
    assertThat(p.select("a")).extracting(a -> a.attr("href")).containsExactly("migraine.html");
    assertThat(p.text()).isEqualTo("gone evil m n");
  }

  @Test
  void aSiteLinksConditionsToTheirPagesAndNeverToMissingOnes() {
    Condition migraine = Condition.builder().id("migraine").language("en").name("Migraine").build();
    Condition cramps =
        doc("Unlike [migraine](condition:migraine) or [sweats](condition:night-sweats).");
    Map<String, String> files = HtmlSite.builder().build().files(List.of(migraine, cramps));
    Element p = description(files.get("leg-cramps.html"));
    assertThat(p.select("a")).extracting(a -> a.attr("href")).containsExactly("migraine.html");
  }

  @Test
  void jsonLdCarriesThePlainText() {
    String html = HtmlRenderer.builder().build().render(doc(DONE));
    String jsonLd = Jsoup.parse(html).selectFirst("script[type=application/ld+json]").data();
    assertThat(jsonLd)
        .contains("Drink plenty of fluids; see NHS 111 or the causes.")
        .doesNotContain("*plenty*")
        .doesNotContain("](");
  }
}
