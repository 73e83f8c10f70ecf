package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import dev.caresheet.render.html.HtmlRenderer;
import dev.caresheet.render.text.TextRenderer;
import dev.caresheet.schema.Report;
import dev.caresheet.schema.Validator;
import dev.caresheet.testing.Generators;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One validator, one HTML renderer and one text renderer, each shared by 8 threads over 10,000
 * documents (a fifth of them broken), give exactly what a single thread gets: the same report, the
 * same page, the same text for every document. The results are compared as SHA-256 digests so that
 * the expected results of 10,000 documents fit in little memory.
 */
class SharedComponentsConcurrencyTest {

  private static final int DOCUMENTS = 10_000;
  private static final int THREADS = 8;

  private final Validator validator = Validator.create();
  private final HtmlRenderer html = HtmlRenderer.builder().page(true).build();
  private final TextRenderer text = TextRenderer.builder().width(60).build();

  @Test
  void sharedValidatorAndRenderersOnEightThreadsGiveTheSingleThreadedResults() throws Exception {
    ConditionCodec codec = ConditionCodec.defaults();
    List<String> sources = new ArrayList<>(DOCUMENTS);
    List<Format> formats = new ArrayList<>(DOCUMENTS);
    int i = 0;
    for (Condition c : Generators.sample(Generators.conditions(Set.of()), DOCUMENTS, 2026)) {
      Format format = i % 2 == 0 ? Format.JSON : Format.YAML;
      String source = codec.write(c, format);
      if (i % 5 == 0) {
        // Broken in one of several ways, so that reports differ and carry located problems.
        source =
            switch (i % 3) {
              case 0 ->
                  format == Format.JSON
                      ? source.replaceFirst("\"language\": \"[^\"]*\"", "\"language\": 42")
                      : source.replaceFirst("language: .*", "language: 42");
              case 1 ->
                  format == Format.JSON
                      ? source.replaceFirst("\\{", "{\"cuases\": [],")
                      : source + "cuases: []\n";
              default -> source.substring(0, source.length() / 2);
            };
      }
      sources.add(source);
      formats.add(format);
      i++;
    }

    byte[][] expected = new byte[DOCUMENTS][];
    Validator aloneValidator = Validator.create();
    HtmlRenderer aloneHtml = HtmlRenderer.builder().page(true).build();
    TextRenderer aloneText = TextRenderer.builder().width(60).build();
    int broken = 0;
    for (int d = 0; d < DOCUMENTS; d++) {
      Report report = aloneValidator.validate(sources.get(d), formats.get(d), "doc-" + d);
      broken += report.isValid() ? 0 : 1;
      expected[d] = digest(report, aloneHtml, aloneText);
    }
    assertThat(broken).as("broken documents").isGreaterThan(DOCUMENTS / 10);

    byte[][] actual = new byte[DOCUMENTS][];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  int count = 0;
                  for (int d = next.getAndIncrement(); d < DOCUMENTS; d = next.getAndIncrement()) {
                    Report report = validator.validate(sources.get(d), formats.get(d), "doc-" + d);
                    actual[d] = digest(report, html, text);
                    count++;
                  }
                  return count;
                }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get();
      }
      assertThat(total).isEqualTo(DOCUMENTS);
    } finally {
      pool.shutdownNow();
    }
    for (int d = 0; d < DOCUMENTS; d++) {
      assertThat(Arrays.equals(actual[d], expected[d]))
          .as("document %d:%n%s", d, sources.get(d))
          .isTrue();
    }
  }

  /** The report's text, and for a valid document its page and its text, as one SHA-256. */
  private static byte[] digest(Report report, HtmlRenderer html, TextRenderer text)
      throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(report.toText().getBytes(StandardCharsets.UTF_8));
    if (report.condition().isPresent()) {
      Condition c = report.condition().get();
      sha.update(html.render(c).getBytes(StandardCharsets.UTF_8));
      sha.update(text.render(c).getBytes(StandardCharsets.UTF_8));
    }
    return sha.digest();
  }
}
