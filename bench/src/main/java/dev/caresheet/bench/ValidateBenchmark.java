package dev.caresheet.bench;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import dev.caresheet.schema.Report;
import dev.caresheet.schema.Validator;
import java.util.List;
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
 * Reading one document, in-process, against what a developer would use instead ({@link Baselines}).
 * Each operation handles one document of the corpus, taking them in turn, so times and allocations
 * are per document (10–30 KB, about 20 KB on average).
 *
 * <ul>
 *   <li>{@code validateJson}: Caresheet's full validation of JSON bytes — strict UTF-8 decoding,
 *       parsing with a source map, the schema, binding to the model, the rules;
 *   <li>{@code parseJson}: Caresheet's codec reading JSON bytes into the immutable model;
 *   <li>{@code baselineJson}: Jackson {@code readTree} of the same bytes, then networknt's
 *       validation of the tree;
 *   <li>{@code validateYaml} and {@code baselineYaml}: the same for the document as YAML.
 * </ul>
 *
 * Every document is valid, so no error messages are built on either side.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ValidateBenchmark {

  /** How many distinct documents the operations cycle through. */
  @Param("64")
  public int documents;

  private byte[][] json;
  private byte[][] yaml;
  private String[] sources;
  private Validator validator;
  private ConditionCodec codec;
  private Schema schema;
  private int next;

  /** Generates the documents and compiles the schemas, outside the measurement. */
  @Setup
  public void setUp() {
    Corpus corpus = Corpus.of(2000, 1);
    json = new byte[documents][];
    yaml = new byte[documents][];
    sources = new String[documents];
    for (int i = 0; i < documents; i++) {
      json[i] = corpus.bytes(i, Format.JSON);
      yaml[i] = corpus.bytes(i, Format.YAML);
      sources[i] = Corpus.fileName(i, Format.JSON);
    }
    validator = Validator.create();
    codec = ConditionCodec.defaults();
    schema = Baselines.schema();
    for (int i = 0; i < documents; i++) {
      Report report = validator.validate(json[i], Format.JSON, sources[i]);
      if (!report.isValid()
          || !validator.validate(yaml[i], Format.YAML, sources[i]).isValid()
          || !schema.validate(Baselines.JSON.readTree(json[i])).isEmpty()) {
        throw new IllegalStateException(
            "corpus document " + i + " is not valid: " + report.toText());
      }
    }
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == documents ? 0 : i + 1;
    return i;
  }

  /** Caresheet: full validation of a JSON document. */
  @Benchmark
  public Report validateJson() {
    int i = nextIndex();
    return validator.validate(json[i], Format.JSON, sources[i]);
  }

  /** Caresheet: reading a JSON document into the model. */
  @Benchmark
  public Condition parseJson() {
    int i = nextIndex();
    return codec.read(json[i], Format.JSON, sources[i]);
  }

  /** Baseline: Jackson readTree, then networknt validation of the tree. */
  @Benchmark
  public List<Error> baselineJson() {
    return schema.validate(Baselines.JSON.readTree(json[nextIndex()]));
  }

  /** Caresheet: full validation of a YAML document. */
  @Benchmark
  public Report validateYaml() {
    int i = nextIndex();
    return validator.validate(yaml[i], Format.YAML, sources[i]);
  }

  /** Baseline: Jackson YAML readTree, then networknt validation of the tree. */
  @Benchmark
  public List<Error> baselineYaml() {
    return schema.validate(Baselines.YAML.readTree(yaml[nextIndex()]));
  }
}
