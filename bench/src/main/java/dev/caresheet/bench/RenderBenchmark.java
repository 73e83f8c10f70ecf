package dev.caresheet.bench;

import dev.caresheet.model.Condition;
import dev.caresheet.render.html.HtmlRenderer;
import dev.caresheet.render.text.TextRenderer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering one document (10–30 KB of content, about 20 KB on average), taking the corpus's
 * documents in turn; each operation renders into a fresh buffer of 64 KB, as a site generator would
 * per page.
 *
 * <ul>
 *   <li>{@code htmlArticle}: Caresheet's HTML renderer without JSON-LD — the markup jte and
 *       Mustache print too ({@code TemplatesTest} checks they are identical);
 *   <li>{@code jteArticle}: jte, precompiled, HTML-escaping;
 *   <li>{@code mustacheArticle}: Mustache.java, compiled once, HTML-escaping, with the view it
 *       needs built per rendering;
 *   <li>{@code html}: Caresheet's HTML renderer as users get it, with the JSON-LD block;
 *   <li>{@code text}: Caresheet's text renderer, wrapped at 72 columns.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RenderBenchmark {

  /** The size of each fresh output buffer. */
  static final int CAPACITY = 64 * 1024;

  /** How many distinct documents the operations cycle through. */
  @Param("64")
  public int documents;

  private Condition[] conditions;
  private HtmlRenderer article;
  private HtmlRenderer html;
  private TextRenderer text;
  private int next;

  /** Generates the documents and builds the renderers, outside the measurement. */
  @Setup
  public void setUp() {
    Corpus corpus = Corpus.of(2000, 1);
    conditions = corpus.documents(documents).toArray(new Condition[0]);
    article = HtmlRenderer.builder().jsonLd(false).build();
    html = HtmlRenderer.builder().build();
    text = TextRenderer.builder().width(72).build();
    for (Condition c : conditions) {
      String expected = article.render(c);
      if (!Templates.jte(c, CAPACITY).equals(expected)
          || !Templates.mustache(c, CAPACITY).equals(expected)) {
        throw new IllegalStateException(
            "the templates do not print Caresheet's markup for " + c.id());
      }
    }
  }

  private Condition nextCondition() {
    int i = next;
    next = i + 1 == documents ? 0 : i + 1;
    return conditions[i];
  }

  /** Caresheet: the article without JSON-LD. */
  @Benchmark
  public String htmlArticle() throws IOException {
    StringBuilder sb = new StringBuilder(CAPACITY);
    article.render(nextCondition(), sb);
    return sb.toString();
  }

  /** jte: the same article. */
  @Benchmark
  public String jteArticle() {
    return Templates.jte(nextCondition(), CAPACITY);
  }

  /** Mustache.java: the same article. */
  @Benchmark
  public String mustacheArticle() {
    return Templates.mustache(nextCondition(), CAPACITY);
  }

  /** Caresheet: HTML as users get it, with JSON-LD. */
  @Benchmark
  public String html() throws IOException {
    StringBuilder sb = new StringBuilder(CAPACITY);
    html.render(nextCondition(), sb);
    return sb.toString();
  }

  /** Caresheet: plain text. */
  @Benchmark
  public String text() throws IOException {
    StringBuilder sb = new StringBuilder(CAPACITY);
    text.render(nextCondition(), sb);
    return sb.toString();
  }
}
