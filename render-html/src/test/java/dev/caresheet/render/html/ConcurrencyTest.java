package dev.caresheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.model.Condition;
import dev.caresheet.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One renderer shared by many threads renders every document exactly as it does alone. The renderer
 * is used with an attribute provider and a replaced part renderer, so the shared state they bring
 * (the part renderer map and its lookup cache, the label cache) is exercised too.
 */
class ConcurrencyTest {

  @Test
  void oneRendererManyThreadsSameOutput() throws Exception {
    List<Condition> documents = new ArrayList<>();
    qt().withExamples(200).forAll(Generators.conditions()).checkAssert(documents::add);
    documents.add(Documents.legCramps());
    documents.add(Documents.rich());

    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .page(true)
            .attributeProvider(
                (part, element, attributes) -> {
                  if (element.equals("section")) {
                    attributes.merge("class", "card", (a, b) -> a + " " + b);
                  }
                })
            .partRenderer(
                dev.caresheet.model.FirstAidStep.class,
                (step, ctx) -> {
                  ctx.writer().open("li", "class", "step").open("ul");
                  ctx.renderDefault(
                      dev.caresheet.model.BodySiteVariant.of("x", step.instruction()));
                  ctx.writer().close("ul").close("li");
                })
            .build();
    // Expected output, rendered by a renderer no other thread has touched.
    HtmlRenderer alone =
        HtmlRenderer.builder()
            .page(true)
            .attributeProvider(
                (part, element, attributes) -> {
                  if (element.equals("section")) {
                    attributes.merge("class", "card", (a, b) -> a + " " + b);
                  }
                })
            .partRenderer(
                dev.caresheet.model.FirstAidStep.class,
                (step, ctx) -> {
                  ctx.writer().open("li", "class", "step").open("ul");
                  ctx.renderDefault(
                      dev.caresheet.model.BodySiteVariant.of("x", step.instruction()));
                  ctx.writer().close("ul").close("li");
                })
            .build();
    List<String> expected = documents.stream().map(alone::render).toList();

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> out = new ArrayList<>();
                  for (int i = 0; i < documents.size(); i++) {
                    // Each thread walks the documents from a different starting point.
                    out.add(renderer.render(documents.get((i + offset * 25) % documents.size())));
                  }
                  return out;
                }));
      }
      start.countDown();
      for (int t = 0; t < threads; t++) {
        List<String> out = results.get(t).get(2, TimeUnit.MINUTES);
        for (int i = 0; i < documents.size(); i++) {
          assertThat(out.get(i)).isEqualTo(expected.get((i + t * 25) % documents.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
