package dev.caresheet.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Callout;
import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Condition;
import dev.caresheet.model.FirstAid;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.ImmutableCondition;
import dev.caresheet.model.ListPart;
import dev.caresheet.model.Prevention;
import dev.caresheet.model.PreventionMeasure;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.model.Urgency;
import dev.caresheet.model.WhenToSeekHelp;
import dev.caresheet.render.Labels;
import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.Renderer;
import dev.caresheet.render.RendererProvider;
import dev.caresheet.render.Renderers;
import dev.caresheet.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The renderer's API: the format, overrides, labels, discovery and sharing across threads. */
class TextRendererTest {

  static final Condition CRAMPS =
      Condition.builder()
          .id("leg-cramps")
          .language("en")
          .name("Leg cramps")
          .causes(Causes.of(List.of(Cause.of("dehydration", "Dehydration"))))
          .firstAid(
              FirstAid.of(
                  List.of(
                      FirstAidStep.builder()
                          .instruction("Stretch the muscle.")
                          .addVariant(BodySiteVariant.of("Calf", "Pull your toes up."))
                          .build(),
                      FirstAidStep.of("Massage it."))))
          .whenToSeekHelp(
              WhenToSeekHelp.of(
                  List.of(
                      SeekHelpAdvice.builder()
                          .situation("Cramps keep coming back")
                          .urgency(Urgency.SOON)
                          .build())))
          .prevention(
              Prevention.builder()
                  .addCallout(Callout.of(CalloutKind.NOTE, "Drink water."))
                  .addItem(PreventionMeasure.builder().name("Stretch before bed").build())
                  .build())
          .build();

  @Test
  void rendersTheDocumentWithBuiltInLabels() {
    assertThat(TextRenderer.create().render(CRAMPS))
        .isEqualTo(
            String.join(
                "\n",
                "Leg cramps",
                "==========",
                "",
                "Causes",
                "------",
                "",
                "- Dehydration",
                "",
                "First aid",
                "---------",
                "",
                "1. Stretch the muscle.",
                "   - Calf: Pull your toes up.",
                "2. Massage it.",
                "",
                "When to seek help",
                "-----------------",
                "",
                "- Cramps keep coming back: See a doctor within a few days.",
                "",
                "Prevention",
                "----------",
                "",
                "Note: Drink water.",
                "",
                "- Stretch before bed",
                ""));
  }

  @Test
  void aDocumentInRussianGetsRussianLabels() {
    Condition ru = ImmutableCondition.copyOf(CRAMPS).withLanguage("ru").withName("Судороги ног");
    String text = TextRenderer.create().render(ru);
    assertThat(text)
        .contains(
            "Причины\n-------\n",
            "Первая помощь\n",
            "Когда обращаться к врачу\n",
            "- Cramps keep coming back: Обратитесь к врачу в ближайшие дни.\n",
            "Обратите внимание: Drink water.\n",
            "Профилактика\n");
    assertThat(text).doesNotContain("Causes", "First aid", "Prevention", "Note:");
  }

  @Test
  void aLanguageWithoutLabelsFallsBackToEnglish() {
    String text =
        TextRenderer.create().render(ImmutableCondition.copyOf(CRAMPS).withLanguage("pt-BR"));
    assertThat(text).contains("First aid\n");
  }

  @Test
  void labelsCanBeReplaced() {
    TextRenderer renderer =
        TextRenderer.builder()
            .labels(
                language ->
                    Labels.forLanguage(language).with(Map.of("part.firstAid", "What to do")))
            .build();
    assertThat(renderer.render(CRAMPS))
        .contains("What to do\n----------\n")
        .doesNotContain("First aid");
  }

  @Test
  void aPartOverrideReplacesOnlyThatPart() {
    TextRenderer renderer =
        TextRenderer.builder()
            .partRenderer(
                FirstAidStep.class,
                (step, ctx) -> ctx.writer().paragraph("[" + step.instruction() + "]"))
            .build();
    String original = TextRenderer.create().render(CRAMPS);
    String replaced = renderer.render(CRAMPS);
    assertThat(replaced)
        .contains("1. [Stretch the muscle.]\n2. [Massage it.]\n")
        .doesNotContain("Calf");
    String before = "First aid\n---------\n\n";
    String after = "\n\nWhen to seek help";
    assertThat(replaced.substring(0, replaced.indexOf(before)))
        .isEqualTo(original.substring(0, original.indexOf(before)));
    assertThat(replaced.substring(replaced.indexOf(after)))
        .isEqualTo(original.substring(original.indexOf(after)));
  }

  @Test
  void anOverrideCanWrapTheDefaultRendering() {
    TextRenderer renderer =
        TextRenderer.builder()
            .partRenderer(
                FirstAidStep.class,
                (step, ctx) -> {
                  ctx.renderDefault(step);
                  ctx.writer().paragraph("(done? [ ])");
                })
            .build();
    String original = TextRenderer.create().render(CRAMPS);
    String wrapped = renderer.render(CRAMPS);
    assertThat(wrapped)
        .contains(
            "1. Stretch the muscle.\n   - Calf: Pull your toes up.\n   (done? [ ])\n2. Massage it.\n   (done? [ ])\n");
    assertThat(wrapped.replace("   (done? [ ])\n", "")).isEqualTo(original);
  }

  @Test
  void theNearestRegisteredTypeWins() {
    // One renderer for every list part; Causes keeps the more specific publisher renderer.
    TextRenderer renderer =
        TextRenderer.builder()
            .partRenderer(Causes.class, (causes, ctx) -> ctx.writer().paragraph("CAUSES"))
            .partRenderer(
                ListPart.class, (part, ctx) -> ctx.writer().paragraph("LIST " + part.key()))
            .build();
    assertThat(renderer.render(CRAMPS))
        .isEqualTo(
            "Leg cramps\n==========\n\nCAUSES\nLIST firstAid\nLIST whenToSeekHelp\nLIST prevention\n");
  }

  @Test
  void theWholeDocumentCanBeReplaced() {
    TextRenderer renderer =
        TextRenderer.builder()
            .partRenderer(
                Condition.class,
                (c, ctx) -> {
                  ctx.writer().paragraph(c.name() + " (SMS)");
                  ctx.render(c.firstAid().orElseThrow());
                })
            .build();
    assertThat(renderer.render(CRAMPS))
        .isEqualTo(
            String.join(
                "\n",
                "Leg cramps (SMS)",
                "",
                "First aid",
                "---------",
                "",
                "1. Stretch the muscle.",
                "   - Calf: Pull your toes up.",
                "2. Massage it.",
                ""));
  }

  @Test
  void anOverrideThatLeavesAnItemOpenIsReported() {
    TextRenderer renderer =
        TextRenderer.builder()
            .partRenderer(
                Cause.class, (cause, ctx) -> ctx.writer().beginBullet().paragraph(cause.name()))
            .build();
    assertThatThrownBy(() -> renderer.render(CRAMPS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("left 1");
  }

  @Test
  void theWidthIsConfigurableAndChecked() {
    assertThat(TextRenderer.create().width()).isEqualTo(80);
    TextRenderer narrow = TextRenderer.builder().width(RenderOptions.MIN_WIDTH).build();
    assertThat(narrow.width()).isEqualTo(20);
    assertThat(narrow.render(CRAMPS)).contains("- Cramps keep coming\n  back: See a doctor\n");
    assertThatThrownBy(() -> TextRenderer.builder().width(19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 20");
  }

  @Test
  void misuseFailsAtOnce() {
    TextRenderer.Builder builder =
        TextRenderer.builder().partRenderer(Cause.class, (cause, ctx) -> {});
    assertThatThrownBy(() -> builder.partRenderer(Cause.class, (cause, ctx) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("given already");
    assertThatThrownBy(() -> TextRenderer.builder().partRenderer(String.class, (s, ctx) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String is not a model type");
    assertThatThrownBy(() -> builder.partRenderer(null, (cause, ctx) -> {}))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.labels(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TextRenderer.create().render(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TextRenderer.create().render(CRAMPS, null))
        .isInstanceOf(NullPointerException.class);
    TextRenderer nullLabels = TextRenderer.builder().labels(language -> null).build();
    assertThatThrownBy(() -> nullLabels.render(CRAMPS))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("labels function");
  }

  @Test
  void theBuilderCanGoOnAfterBuilding() {
    TextRenderer.Builder builder = TextRenderer.builder();
    TextRenderer plain = builder.build();
    TextRenderer custom =
        builder.partRenderer(Cause.class, (c, ctx) -> ctx.writer().paragraph("X")).build();
    assertThat(plain.render(CRAMPS)).contains("- Dehydration\n");
    assertThat(custom.render(CRAMPS)).contains("- X\n");
  }

  @Test
  void theFormatIsDiscoverableByName() {
    RendererProvider provider = Renderers.provider("text").orElseThrow();
    assertThat(provider).isInstanceOf(TextRendererProvider.class);
    assertThat(provider.fileExtension()).isEqualTo("txt");
    assertThat(provider.description()).isNotBlank();
    Renderer renderer =
        Renderers.create("text", RenderOptions.defaults().withWidth(33).withPage(true));
    assertThat(renderer.format()).isEqualTo("text");
    assertThat(((TextRenderer) renderer).width()).isEqualTo(33);
    assertThat(renderer.render(CRAMPS))
        .isEqualTo(TextRenderer.builder().width(33).build().render(CRAMPS));
  }

  @Test
  void oneRendererServesManyThreadsWithTheSameOutput() throws Exception {
    List<Condition> documents = new ArrayList<>();
    qt().withFixedSeed(20240501L)
        .withExamples(200)
        .forAll(Generators.conditions())
        .checkAssert(documents::add);
    TextRenderer shared = TextRenderer.builder().width(40).build();
    List<String> expected = new ArrayList<>();
    for (Condition c : documents) {
      expected.add(TextRenderer.builder().width(40).build().render(c));
    }
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * 25;
        Callable<List<String>> task =
            () -> {
              start.await();
              List<String> texts = new ArrayList<>(documents.size());
              for (int i = 0; i < documents.size(); i++) {
                texts.add(shared.render(documents.get((i + offset) % documents.size())));
              }
              return texts;
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (int t = 0; t < threads; t++) {
        List<String> texts = results.get(t).get(5, TimeUnit.MINUTES);
        for (int i = 0; i < texts.size(); i++) {
          assertThat(texts.get(i)).isEqualTo(expected.get((i + t * 25) % documents.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
