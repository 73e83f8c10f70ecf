package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caresheet.model.Callout;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Condition;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.ListPart;
import dev.caresheet.model.Part;
import dev.caresheet.model.Urgency;
import dev.caresheet.render.Labels;
import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.Renderer;
import dev.caresheet.render.Renderers;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The renderer's structure, options and extension points. */
class HtmlRendererTest {

  private final Condition rich = Documents.rich();

  private static Document fragment(HtmlRenderer renderer, Condition c) {
    return Jsoup.parseBodyFragment(renderer.render(c));
  }

  @Test
  void aFragmentIsOneArticleInTheDocumentsLanguage() {
    String html = HtmlRenderer.builder().build().render(rich);
    assertThat(html)
        .startsWith("<article class=\"condition\" lang=\"en\">\n")
        .endsWith("</article>\n");
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.body().children()).hasSize(1);
    Element article = doc.body().child(0);
    assertThat(article.children().eachAttr("class"))
        .containsExactly(
            "mechanisms",
            "causes",
            "symptoms",
            "types",
            "differential-diagnoses",
            "triggers",
            "diagnosis",
            "first-aid",
            "self-care",
            "treatment",
            "when-to-seek-help",
            "complications",
            "outlook",
            "prevention",
            "living-with",
            "section",
            "references",
            "related",
            "attribution");
    assertThat(article.child(0).tagName()).isEqualTo("header");
    assertThat(article.select("> section > h2").eachAttr("id"))
        .containsExactly(
            "mechanisms",
            "causes",
            "symptoms",
            "types",
            "differentialDiagnoses",
            "triggers",
            "diagnosis",
            "firstAid",
            "selfCare",
            "treatment",
            "whenToSeekHelp",
            "complications",
            "outlook",
            "prevention",
            "livingWith",
            "pregnancy",
            "references");
    assertThat(article.select("> footer time").eachAttr("datetime"))
        .containsExactly("2020-01-02", "2024-04-30", "2024-05-01", "2027-05-01");
    assertThat(article.select("> script[type=application/ld+json]")).hasSize(1);
  }

  @Test
  void aPageHasTheHeadAndWrapsTheArticleInMain() {
    String html =
        HtmlRenderer.builder().page(true).stylesheet("/css/site.css").build().render(rich);
    assertThat(html)
        .startsWith(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>name</title>\n"
                + "<meta name=\"description\" content=\"summary\">\n<meta property=\"og:title\" content=\"name\">\n"
                + "<meta property=\"og:description\" content=\"summary\">\n<meta property=\"og:type\" content=\"article\">\n"
                + "<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n<main>\n<article class=\"condition\">\n");
    assertThat(html).endsWith("</article>\n</main>\n</body>\n</html>\n");
  }

  @Test
  void theHeaderHoldsNamesSummaryDescriptionAnatomyAndCallouts() {
    Element header = fragment(HtmlRenderer.builder().build(), rich).selectFirst("header");
    assertThat(header.children().stream().map(e -> e.tagName() + "." + e.className()))
        .containsExactly(
            "h1.",
            "dl.alternate-names",
            "p.summary",
            "aside.urgent-advice urgent-advice-emergency",
            "nav.contents",
            "p.description",
            "p.description",
            "dl.affected-anatomy",
            "aside.callout callout-important",
            "aside.callout callout-warning");
    assertThat(header.select("dl.alternate-names dd").eachText())
        .containsExactly("alternate name 1", "alternate name 2");
    assertThat(header.select("dl.alternate-names dt").text()).isEqualTo("Also known as");
    assertThat(header.select("aside.callout").eachAttr("role")).containsExactly("note", "note");
    assertThat(header.select("aside.callout > h2.callout-title").eachText())
        .as("a callout in the header is headed one level below the title")
        .containsExactly("Important", "top callout title");
  }

  @Test
  void itemsUseTheRightListsAndHeadings() {
    Document doc = fragment(HtmlRenderer.builder().build(), rich);
    assertThat(doc.select("section.differential-diagnoses > dl > div > dt").text())
        .isEqualTo("ddx name");
    assertThat(doc.select("section.causes > ul > li").eachAttr("id"))
        .containsExactly("cause-dehydration", "cause-low-magnesium");
    assertThat(doc.select("section.causes > ul > li").first().children())
        .as("a name alone is no heading")
        .isEmpty();
    assertThat(doc.select("section.causes > ul > li h3").text()).isEqualTo("cause 2");
    assertThat(doc.select("section.first-aid > ol > li")).hasSize(2);
    Element step = doc.selectFirst("section.first-aid > ol > li");
    assertThat(step.select("ul.variants > li > strong.body-site").eachText())
        .containsExactly("site 1", "site 2");
    assertThat(step.select("p.caution").text()).isEqualTo("Caution: caution 1");
    assertThat(doc.select("section.when-to-seek-help li").eachAttr("class"))
        .containsExactly("urgency-emergency", "urgency-routine");
    assertThat(doc.select("section.when-to-seek-help li > strong.urgency").eachText())
        .containsExactly("Call emergency services now", "Mention it at your next check-up");
    assertThat(doc.select("section.references > ol > li a").attr("rel"))
        .isEqualTo("noopener noreferrer");
    assertThat(doc.select("nav.related a").attr("href")).isEqualTo("migraine.html");
  }

  @Test
  void mechanismsLinkToTheCausesTheyExplainEvenWhenTheCausesComeLater() {
    Document doc = fragment(HtmlRenderer.builder().build(), rich);
    Element explains = doc.selectFirst("section.mechanisms p.explains");
    assertThat(explains.text()).isEqualTo("Explains: cause 1, cause 2");
    assertThat(explains.select("a").eachAttr("href"))
        .containsExactly("#cause-dehydration", "#cause-low-magnesium");
  }

  @Test
  void aMechanismNamingAnUnknownCauseShowsTheIdUnlinked() {
    Condition c = Condition.builder().from(rich).causes(java.util.Optional.empty()).build();
    Element explains = fragment(HtmlRenderer.builder().build(), c).selectFirst("p.explains");
    assertThat(explains.text()).isEqualTo("Explains: dehydration, low-magnesium");
    assertThat(explains.select("a")).isEmpty();
  }

  @Test
  void idsThatCollideGetASuffixAndPartsKeepTheirKeys() {
    Condition c =
        Condition.builder()
            .from(rich)
            .sections(
                java.util.List.of(
                    dev.caresheet.model.Section.builder()
                        .id("references")
                        .title("t")
                        .addBody("b")
                        .build(),
                    dev.caresheet.model.Section.builder()
                        .id("cause-dehydration")
                        .title("u")
                        .addBody("c")
                        .build()))
            .build();
    Document doc = fragment(HtmlRenderer.builder().build(), c);
    assertThat(doc.select("section.section > h2").eachAttr("id"))
        .containsExactly("references", "cause-dehydration");
    assertThat(doc.select("section.references > h2").attr("id")).isEqualTo("references-2");
    assertThat(doc.select("section.causes li").first().id()).isEqualTo("cause-dehydration-2");
    assertThat(doc.select("p.explains a").first().attr("href")).isEqualTo("#cause-dehydration-2");
  }

  @Test
  void labelsComeFromTheDocumentsLanguage() {
    Condition ru = Condition.builder().from(rich).language("ru").build();
    Document doc = fragment(HtmlRenderer.builder().build(), ru);
    assertThat(doc.selectFirst("article").attr("lang")).isEqualTo("ru");
    assertThat(doc.select("section.causes > h2").text()).isEqualTo("Причины");
    Condition unknown = Condition.builder().from(rich).language("xx-Latn").build();
    assertThat(
            fragment(HtmlRenderer.builder().build(), unknown).select("section.causes > h2").text())
        .isEqualTo("Causes");
  }

  @Test
  void labelsCanBeReplaced() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .labels(tag -> Labels.forLanguage(tag).with(Map.of("part.causes", "Why it happens")))
            .build();
    assertThat(fragment(renderer, rich).select("section.causes > h2").text())
        .isEqualTo("Why it happens");
  }

  @Test
  void rightToLeftLanguagesGetDirRtl() {
    Condition he = Condition.builder().from(rich).language("he").build();
    assertThat(fragment(HtmlRenderer.builder().build(), he).selectFirst("article").attr("dir"))
        .isEqualTo("rtl");
    assertThat(HtmlRenderer.builder().page(true).build().render(he))
        .contains("<html lang=\"he\" dir=\"rtl\">");
    Condition azLatin = Condition.builder().from(rich).language("ar-Latn").build();
    assertThat(
            fragment(HtmlRenderer.builder().build(), azLatin).selectFirst("article").hasAttr("dir"))
        .isFalse();
  }

  @Test
  void theTitleLevelShiftsEveryHeading() {
    Document doc = fragment(HtmlRenderer.builder().titleLevel(2).build(), rich);
    assertThat(doc.select("h1")).isEmpty();
    assertThat(doc.select("header > h2")).hasSize(1);
    assertThat(doc.select("section > h3")).hasSize(17);
    assertThat(doc.select("li > h4")).isNotEmpty();
    assertThatThrownBy(() -> HtmlRenderer.builder().titleLevel(5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonLdCanBeLeftOut() {
    assertThat(HtmlRenderer.builder().jsonLd(false).build().render(rich)).doesNotContain("<script");
  }

  @Test
  void aPublishersFirstAidStepRendererReplacesOnlyThat() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .partRenderer(
                FirstAidStep.class,
                (step, ctx) ->
                    ctx.writer().open("li", "class", "card").text(step.instruction()).close("li"))
            .build();
    Document mine = fragment(renderer, rich);
    Document theirs = fragment(HtmlRenderer.builder().build(), rich);
    assertThat(mine.select("section.first-aid > ol > li.card").eachText())
        .containsExactly("step 1", "step 2");
    mine.select("section.first-aid").remove();
    theirs.select("section.first-aid").remove();
    mine.select("script").remove();
    theirs.select("script").remove();
    assertThat(mine.html()).isEqualTo(theirs.html());
  }

  @Test
  void renderDefaultLetsAReplacementWrapTheBuiltInOutput() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .partRenderer(
                Callout.class,
                (callout, ctx) -> {
                  ctx.writer().open("div", "class", "wrapper");
                  ctx.renderDefault(callout);
                  ctx.writer().close("div");
                })
            .build();
    Document doc = fragment(renderer, rich);
    assertThat(doc.select("div.wrapper > aside.callout")).hasSize(4);
    assertThat(doc.select("aside.callout")).hasSize(4);
  }

  @Test
  void aReplacementOfTheWholeConditionStillGetsTheJsonLd() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .partRenderer(Condition.class, (c, ctx) -> ctx.writer().element("p", c.name()))
            .build();
    String html = renderer.render(rich);
    assertThat(html).startsWith("<p>name</p>\n<script type=\"application/ld+json\">");
  }

  @Test
  void anAttributeProviderAddsAClassWithoutReplacingARenderer() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .attributeProvider(
                (part, element, attributes) -> {
                  if (part instanceof Cause && element.equals("li")) {
                    attributes.merge("class", "cause", (a, b) -> a + " " + b);
                  }
                  if (part instanceof Part p && element.equals("section")) {
                    attributes.put("data-part", p.key());
                  }
                })
            .attributeProvider(
                (part, element, attributes) -> {
                  if (part instanceof Callout && element.equals("aside")) {
                    attributes.merge("class", "box", (a, b) -> a + " " + b);
                  }
                })
            .build();
    Document doc = fragment(renderer, rich);
    assertThat(doc.select("section.causes li").eachAttr("class")).containsExactly("cause", "cause");
    assertThat(doc.select("section.causes li").eachAttr("id"))
        .containsExactly("cause-dehydration", "cause-low-magnesium");
    assertThat(doc.select("section[data-part]").eachAttr("data-part"))
        .hasSize(16)
        .contains("firstAid", "pregnancy");
    assertThat(doc.select("aside.callout").eachAttr("class"))
        .hasSize(4)
        .allMatch(c -> c.startsWith("callout callout-") && c.endsWith(" box"));
  }

  @Test
  void anAttributeProviderCannotAddAnEventHandler() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .attributeProvider((part, element, attributes) -> attributes.put("onclick", "alert(1)"))
            .build();
    assertThatThrownBy(() -> renderer.render(rich))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("onclick");
  }

  @Test
  void aPartRendererCannotPutADivDirectlyInsideTheList() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .partRenderer(
                FirstAidStep.class,
                (step, ctx) -> {
                  ctx.writer().open("div", "class", "wrap");
                  ctx.renderDefault(step);
                  ctx.writer().close("div");
                })
            .build();
    assertThatThrownBy(() -> renderer.render(rich))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("<div> cannot be written directly inside <ol>");
  }

  @Test
  void aPublishersRendererGetsTheProvidersAndTheLayoutOfTheBuiltInOnes() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .attributeProvider(
                (part, element, attributes) -> {
                  if (part instanceof FirstAidStep) {
                    attributes.put("data-step", element);
                  }
                })
            .partRenderer(
                FirstAidStep.class,
                (step, ctx) ->
                    ctx.writer()
                        .open("li", "class", "card")
                        .element("p", step.instruction())
                        .close("li"))
            .build();
    String html = renderer.render(rich);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("li.card").eachAttr("data-step")).isNotEmpty().allMatch("li"::equals);
    assertThat(doc.select("li.card > p").eachAttr("data-step")).isNotEmpty().allMatch("p"::equals);
    assertThat(html.lines().filter(l -> l.startsWith("<li class=\"card\"")))
        .hasSameSizeAs(doc.select("li.card"));
  }

  @Test
  void aPartRendererThatLeavesAnElementOpenIsAnError() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .partRenderer(Cause.class, (cause, ctx) -> ctx.writer().open("li").text(cause.name()))
            .build();
    assertThatThrownBy(() -> renderer.render(rich))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("part renderer for Cause");
  }

  @Test
  void builderMisuseFailsAtOnce() {
    assertThatThrownBy(() -> HtmlRenderer.builder().partRenderer(Part.class, (p, ctx) -> {}))
        .hasMessageContaining("never be used");
    assertThatThrownBy(() -> HtmlRenderer.builder().partRenderer(String.class, (p, ctx) -> {}))
        .hasMessageContaining("not a model type");
    assertThatThrownBy(() -> HtmlRenderer.builder().partRenderer(Urgency.class, (p, ctx) -> {}))
        .hasMessageContaining("never rendered on its own");
    // One rule in every format: a renderer for ListPart replaces every list part.
    HtmlRenderer.builder().partRenderer(ListPart.class, (p, ctx) -> {});
    assertThatThrownBy(
            () ->
                HtmlRenderer.builder()
                    .partRenderer(Cause.class, (p, ctx) -> {})
                    .partRenderer(Cause.class, (p, ctx) -> {}))
        .hasMessageContaining("given already");
    assertThatThrownBy(() -> HtmlRenderer.builder().stylesheet("javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                HtmlRenderer.builder()
                    .options(RenderOptions.defaults().withStylesheet("data:text/css,x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HtmlRenderer.builder().build().render(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theFormatIsDiscoverableByName() {
    Renderer renderer =
        Renderers.create("html", RenderOptions.defaults().withPage(true).withStylesheet("s.css"));
    assertThat(renderer.format()).isEqualTo("html");
    assertThat(renderer.render(rich)).startsWith("<!DOCTYPE html>").contains("href=\"s.css\"");
    assertThat(Renderers.provider("html"))
        .get()
        .extracting(p -> p.fileExtension())
        .isEqualTo("html");
  }

  @Test
  void aFailingAppendableIsAnIoException() {
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
    assertThatThrownBy(() -> HtmlRenderer.builder().build().render(rich, broken))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void renderingIsDeterministic() {
    HtmlRenderer renderer = HtmlRenderer.builder().page(true).build();
    assertThat(renderer.render(rich)).isEqualTo(renderer.render(Documents.rich()));
  }
}
