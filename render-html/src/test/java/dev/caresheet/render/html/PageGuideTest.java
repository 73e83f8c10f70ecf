package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caresheet.model.Condition;
import dev.caresheet.model.ImmutableCondition;
import dev.caresheet.model.ImmutableWhenToSeekHelp;
import dev.caresheet.model.Part;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.model.Urgency;
import dev.caresheet.model.WhenToSeekHelp;
import dev.caresheet.render.Labels;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The top of a long page (urgent advice, "On this page"), targets that take the focus, headed
 * callouts and urgency labels, and the page's head (description, Open Graph, canonical URL, icon).
 */
class PageGuideTest {

  private final Condition rich = Documents.rich();
  private static final HtmlRenderer FRAGMENT = HtmlRenderer.builder().build();

  private static Document fragment(Condition c) {
    return Jsoup.parseBodyFragment(FRAGMENT.render(c));
  }

  @Test
  void onThisPageLinksToEveryPartInReadingOrderUnderItsHeading() {
    Document doc = fragment(rich);
    Element nav = doc.selectFirst("header > nav.contents");
    assertThat(nav.attr("aria-label")).isEqualTo("On this page");
    assertThat(nav.child(0).tagName()).isEqualTo("h2");
    assertThat(nav.select("a").eachAttr("href"))
        .containsExactlyElementsOf(rich.parts().stream().map(p -> "#" + p.key()).toList());
    List<String> headings = doc.select("article > section[aria-labelledby] > h2").eachText();
    assertThat(nav.select("a").eachText())
        .containsExactlyElementsOf(headings.subList(0, rich.parts().size()));
    for (Element a : nav.select("a")) {
      assertThat(doc.getElementById(a.attr("href").substring(1))).isNotNull();
    }
  }

  @Test
  void aShortPageHasNoTableOfContents() {
    List<Part> parts = rich.parts();
    assertThat(parts.size()).isGreaterThan(3);
    Condition two =
        Condition.builder()
            .from(Documents.minimal())
            .causes(rich.causes().get())
            .prevention(rich.prevention().get())
            .build();
    assertThat(fragment(two).select("nav.contents")).isEmpty();
    Condition three = ImmutableCondition.copyOf(two).withTriggers(rich.triggers().get());
    assertThat(fragment(three).select("nav.contents a")).hasSize(3);
    assertThat(fragment(Documents.minimal()).select("nav, aside")).isEmpty();
  }

  @Test
  void urgentAdviceSummarisesEmergencyAndUrgentSituationsMostUrgentFirst() {
    WhenToSeekHelp help =
        ImmutableWhenToSeekHelp.builder()
            .heading("When should I seek help?")
            .addItem(advice("routine thing", Urgency.ROUTINE))
            .addItem(advice("urgent thing", Urgency.URGENT))
            .addItem(advice("soon thing", Urgency.SOON))
            .addItem(advice("emergency thing", Urgency.EMERGENCY))
            .build();
    Condition c = Condition.builder().from(Documents.minimal()).whenToSeekHelp(help).build();
    Document doc = fragment(c);
    Element aside = doc.selectFirst("header > aside.urgent-advice");
    assertThat(aside.attr("class")).isEqualTo("urgent-advice urgent-advice-emergency");
    assertThat(aside.attr("role")).isEqualTo("note");
    assertThat(doc.getElementById(aside.attr("aria-labelledby")).text()).isEqualTo("Urgent advice");
    assertThat(aside.select("li").eachAttr("class"))
        .containsExactly("urgency-emergency", "urgency-urgent");
    assertThat(aside.select("li .situation").eachText())
        .containsExactly("emergency thing", "urgent thing");
    assertThat(aside.select("li strong.urgency").eachText())
        .containsExactly("Call emergency services now", "See a doctor today");
    Element more = aside.selectFirst("p.more a");
    assertThat(more.attr("href")).isEqualTo("#whenToSeekHelp");
    assertThat(more.text()).isEqualTo("When should I seek help?");

    Condition calm =
        Condition.builder()
            .from(Documents.minimal())
            .whenToSeekHelp(
                ImmutableWhenToSeekHelp.builder()
                    .addItem(advice("soon thing", Urgency.SOON))
                    .addItem(advice("urgent thing", Urgency.URGENT))
                    .build())
            .build();
    assertThat(fragment(calm).select("aside.urgent-advice").attr("class"))
        .isEqualTo("urgent-advice urgent-advice-urgent");
    Condition routine =
        Condition.builder()
            .from(Documents.minimal())
            .whenToSeekHelp(
                ImmutableWhenToSeekHelp.builder()
                    .addItem(advice("soon thing", Urgency.SOON))
                    .build())
            .build();
    assertThat(fragment(routine).select("aside.urgent-advice")).isEmpty();
  }

  @Test
  void theGuideSpeaksTheDocumentsLanguage() {
    Condition ru = ImmutableCondition.copyOf(rich).withLanguage("ru");
    Document doc = fragment(ru);
    Labels labels = Labels.forLanguage("ru");
    assertThat(doc.select("nav.contents").attr("aria-label")).isEqualTo(labels.get("contents"));
    assertThat(doc.select("aside.urgent-advice h2").text()).isEqualTo(labels.get("urgentAdvice"));
  }

  @Test
  void linkTargetsTakeTheFocusAndLabelsAreNotFakeHeadings() {
    Document doc = fragment(rich);
    for (Element h2 : doc.select("article > section:not(.references) > h2[id]")) {
      assertThat(h2.attr("tabindex")).as("#%s", h2.id()).isEqualTo("-1");
    }
    assertThat(doc.select("section.causes li[id]").eachAttr("tabindex")).containsOnly("-1");
    assertThat(doc.select("section.differential-diagnoses aside.callout > h3.callout-title").text())
        .isEqualTo("Note");
    // HTML_CodeSniffer's H42: a paragraph whose only content is bold text looks like a heading.
    for (Element p : doc.select("p, div")) {
      boolean onlyBold =
          p.childNodeSize() == 1
              && p.childNode(0) instanceof Element e
              && e.tagName().matches("strong|em|b|i|u");
      assertThat(onlyBold).as("%s", p.outerHtml()).isFalse();
    }
  }

  @Test
  void aPageHeadHasTheDescriptionOpenGraphAndIcon() {
    Document page =
        Jsoup.parse(HtmlRenderer.builder().page(true).icon("favicon.svg").build().render(rich));
    assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("summary");
    assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("name");
    assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo("summary");
    assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
    assertThat(page.select("link[rel=icon]").attr("href")).isEqualTo("favicon.svg");
    assertThat(page.select("link[rel=canonical], meta[property=og:url]")).isEmpty();

    Condition noSummary =
        Condition.builder()
            .from(rich)
            .summary(java.util.Optional.empty())
            .description(
                dev.caresheet.model.Block.paragraphs(List.of("first\nparagraph", "second")))
            .build();
    Document fallback = Jsoup.parse(HtmlRenderer.builder().page(true).build().render(noSummary));
    assertThat(fallback.select("meta[name=description]").attr("content"))
        .isEqualTo("first paragraph");
    assertThat(fallback.select("link[rel=icon]")).isEmpty();
  }

  @Test
  void withABaseUrlAPageHasItsCanonicalUrlAndTheJsonLdAbsoluteUrls() {
    HtmlRenderer renderer =
        HtmlRenderer.builder().page(true).baseUrl("https://example.org/conditions").build();
    Document page = Jsoup.parse(renderer.render(rich));
    assertThat(page.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.org/conditions/rich.html");
    assertThat(page.select("meta[property=og:url]").attr("content"))
        .isEqualTo("https://example.org/conditions/rich.html");
    JsonNode json = JsonMapper.builder().build().readTree(page.selectFirst("script").data());
    assertThat(json.get("@id").asString()).isEqualTo("https://example.org/conditions/rich.html");
    assertThat(json.get("url").asString()).isEqualTo("https://example.org/conditions/rich.html");
    assertThat(json.get("relatedLink").get(0).asString())
        .isEqualTo("https://example.org/conditions/migraine.html");

    JsonNode relative =
        JsonMapper.builder()
            .build()
            .readTree(Jsoup.parse(FRAGMENT.render(rich)).selectFirst("script").data());
    assertThat(relative.has("@id")).isFalse();
    assertThat(relative.get("relatedLink").get(0).asString()).isEqualTo("migraine.html");
  }

  @Test
  void aBaseUrlMustBeAbsoluteHttp() {
    for (String bad :
        new String[] {
          "conditions/",
          "ftp://example.org/",
          "https:///x",
          "https://example.org/?q=1",
          "https://example.org/#top",
          "javascript:alert(1)",
          "https://user@example.org/",
          "http://exa mple.org/"
        }) {
      assertThatThrownBy(() -> HtmlRenderer.builder().baseUrl(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(
            Jsoup.parse(
                    HtmlRenderer.builder()
                        .page(true)
                        .baseUrl("HTTPS://example.org")
                        .build()
                        .render(rich))
                .select("link[rel=canonical]")
                .attr("href"))
        .isEqualTo("https://example.org/rich.html");
  }

  private static SeekHelpAdvice advice(String situation, Urgency urgency) {
    return SeekHelpAdvice.builder().situation(situation).urgency(urgency).build();
  }
}
