package dev.caresheet.lint;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.ContentException;
import dev.caresheet.codec.Format;
import dev.caresheet.lint.internal.Settings;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Severity;
import dev.caresheet.schema.internal.DocumentReader;
import dev.caresheet.schema.internal.Found;
import dev.caresheet.schema.internal.Pointers;
import dev.caresheet.schema.internal.Position;
import dev.caresheet.schema.internal.SourceMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration of {@code caresheet lint}: {@code caresheet.yaml} at the content root, which
 * sets each rule's severity ({@code error}, {@code warning} or {@code off}) and thresholds, with
 * overrides for the paths that match glob patterns, and may add a vocabulary file:
 *
 * <pre>{@code
 * rules:
 *   editorial.no-medical-reviewer: off
 *   editorial.reading-level: {severity: error, max-grade: 10}
 * overrides:
 *   - paths: ["drafts/**"]
 *     rules:
 *       editorial.no-references: off
 * vocabulary: our-phrases.txt
 * }</pre>
 *
 * <p>The file is checked against its published schema, {@value #SCHEMA_RESOURCE} (a copy is {@code
 * schemas/lint-config.schema.json}); every violation is a {@link LintCode#CONFIG} error at its line
 * and column, and a configuration with errors is used as the defaults. Immutable.
 */
public final class LintConfig {

  /** The name of the configuration file at the content root. */
  public static final String FILE_NAME = "caresheet.yaml";

  /** The classpath resource of the configuration's JSON Schema. */
  public static final String SCHEMA_RESOURCE = "/dev/caresheet/lint/lint-config.schema.json";

  private static final LintConfig DEFAULTS =
      new LintConfig(null, new Settings(), List.of(), List.of(), EditorialVocabulary.defaults());

  private record Override(List<PathMatcher> paths, Map<LintCode, JsonNode> rules) {}

  private final @Nullable Path root;
  private final Settings base;
  private final List<Override> overrides;
  private final List<Problem> problems;
  private final EditorialVocabulary vocabulary;

  private LintConfig(
      @Nullable Path root,
      Settings base,
      List<Override> overrides,
      List<Problem> problems,
      EditorialVocabulary vocabulary) {
    this.root = root;
    this.base = base;
    this.overrides = List.copyOf(overrides);
    this.problems = List.copyOf(problems);
    this.vocabulary = vocabulary;
  }

  /** {@return every rule at its default severity and thresholds} */
  public static LintConfig defaults() {
    return DEFAULTS;
  }

  /**
   * Reads a configuration file. Its problems ({@link #problems()}) are located in it; a file with
   * any is read as the defaults.
   *
   * @param file a {@code caresheet.yaml} (or {@code .json}) file
   * @return the configuration
   */
  public static LintConfig read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    Found found = new Found(source);
    String text;
    try {
      text = dev.caresheet.codec.internal.Utf8.decode(Files.readAllBytes(file), source);
    } catch (IOException e) {
      found.unplaced(
          LintCode.CONFIG.code(), "cannot read the configuration: " + e.getMessage(), null);
      return failed(found);
    } catch (ContentException e) {
      found.error(
          LintCode.CONFIG.code(),
          "",
          new Position(Math.max(1, e.line()), Math.max(1, e.column())),
          e.reason(),
          "save the file as UTF-8");
      return failed(found);
    }
    Format format = Format.of(file).orElse(Format.YAML);
    DocumentReader.Parsed parsed =
        new DocumentReader(ConditionCodec.defaults()).read(text, format, found);
    JsonNode tree = parsed.tree();
    if (tree == null || found.hasErrors()) {
      return failed(relabel(found, source));
    }
    SourceMap map = parsed.map();
    List<Error> errors = SchemaHolder.SCHEMA.validate(tree);
    if (!errors.isEmpty()) {
      Map<String, List<Error>> byPlace = new LinkedHashMap<>();
      for (Error e : errors) {
        String pointer = e.getInstanceLocation().toString();
        boolean unknown = "additionalProperties".equals(e.getKeyword()) && e.getProperty() != null;
        byPlace
            .computeIfAbsent(
                (unknown ? "k" : "v")
                    + (unknown ? Pointers.child(pointer, e.getProperty()) : pointer),
                k -> new ArrayList<>())
            .add(e);
      }
      for (Map.Entry<String, List<Error>> place : byPlace.entrySet()) {
        String pointer = place.getKey().substring(1);
        boolean key = place.getKey().charAt(0) == 'k';
        List<Error> here = place.getValue();
        String message;
        String hint = "see schemas/lint-config.schema.json";
        if (key) {
          message = "unknown property `" + Pointers.last(pointer) + "`";
          hint = "allowed here: " + allowed(pointer);
        } else if (here.stream().anyMatch(e -> "oneOf".equals(e.getKeyword()))) {
          LintCode code = LintCode.of(Pointers.last(pointer)).orElse(LintCode.SPAM);
          message =
              "a rule's setting is a severity (error, warning or off) or an object with"
                  + " `severity`"
                  + (code.thresholds().isEmpty()
                      ? ""
                      : " and its thresholds ("
                          + String.join(", ", new java.util.TreeSet<>(code.thresholds().keySet()))
                          + ")");
          hint =
              "for example `" + code.code() + ": off` or `" + code.code() + ": {severity: error}`";
        } else {
          message =
              here.stream()
                  .map(Error::getMessage)
                  .distinct()
                  .reduce((a, b) -> a + "; " + b)
                  .orElse("invalid");
        }
        found.error(
            LintCode.CONFIG.code(),
            pointer,
            key ? map.keyAt(pointer) : map.valueAt(pointer),
            message,
            hint);
      }
      return failed(found);
    }
    Path root = file.toAbsolutePath().getParent();
    Settings base = new Settings();
    apply(base, bind(tree.path("rules")));
    List<Override> overrides = new ArrayList<>();
    for (JsonNode o : tree.path("overrides")) {
      List<PathMatcher> matchers = new ArrayList<>();
      for (JsonNode p : o.path("paths")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p.asString()));
      }
      overrides.add(new Override(matchers, bind(o.path("rules"))));
    }
    EditorialVocabulary vocabulary = EditorialVocabulary.defaults();
    if (tree.has("vocabulary")) {
      String name = tree.get("vocabulary").asString();
      try (var reader = Files.newBufferedReader(root.resolve(name), StandardCharsets.UTF_8)) {
        vocabulary = vocabulary.with(reader);
      } catch (IOException | IllegalArgumentException e) {
        found.error(
            LintCode.CONFIG.code(),
            "/vocabulary",
            map.valueAt("/vocabulary"),
            "cannot read the vocabulary `" + name + "`: " + e.getMessage(),
            "the path is relative to " + FILE_NAME + "'s directory");
        return failed(found);
      }
    }
    return new LintConfig(root, base, overrides, List.of(), vocabulary);
  }

  /**
   * The configuration file for some content: {@value #FILE_NAME} in the directory given (or the
   * file's), or in the nearest directory above it that has one.
   *
   * @param path a file or directory of content
   * @return the configuration file, if there is one
   */
  public static Optional<Path> find(Path path) {
    Objects.requireNonNull(path, "path");
    Path dir = path.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    for (; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@return the problems of the configuration file; none for a valid one} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return the editorial vocabulary: the defaults and the file's {@code vocabulary}} */
  public EditorialVocabulary vocabulary() {
    return vocabulary;
  }

  /** The settings of the rules for one document: the base ones and the overrides that match. */
  Settings settings(Path file) {
    if (overrides.isEmpty() || root == null) {
      return base;
    }
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return base;
    }
    Path relative = root.relativize(absolute);
    Settings s = null;
    for (Override o : overrides) {
      for (PathMatcher m : o.paths()) {
        if (m.matches(relative)) {
          s = s == null ? base.copy() : s;
          apply(s, o.rules());
          break;
        }
      }
    }
    return s == null ? base : s;
  }

  private static Map<LintCode, JsonNode> bind(JsonNode rules) {
    Map<LintCode, JsonNode> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : rules.properties()) {
      LintCode.of(e.getKey()).ifPresent(code -> out.put(code, e.getValue()));
    }
    return out;
  }

  private static void apply(Settings s, Map<LintCode, JsonNode> rules) {
    for (Map.Entry<LintCode, JsonNode> e : rules.entrySet()) {
      LintCode code = e.getKey();
      JsonNode v = e.getValue();
      JsonNode severity = v.isObject() ? v.get("severity") : v;
      if (severity != null) {
        s.severity(code, severity(severity.asString()));
      }
      if (v.isObject()) {
        for (String name : code.thresholds().keySet()) {
          if (v.has(name)) {
            s.threshold(code, name, v.get(name).asInt());
          }
        }
      }
    }
  }

  private static Optional<Severity> severity(String word) {
    switch (word) {
      case "error":
        return Optional.of(Severity.ERROR);
      case "warning":
        return Optional.of(Severity.WARNING);
      default:
        return Optional.empty();
    }
  }

  /** The properties the schema allows beside an unknown one. */
  private static String allowed(String pointer) {
    List<String> tokens = Pointers.tokens(pointer);
    if (tokens.size() == 1) {
      return "`$schema`, `rules`, `overrides`, `vocabulary`";
    }
    if (tokens.get(tokens.size() - 2).equals("rules")) {
      return "the editorial.* codes (schemas/lint-config.schema.json)";
    }
    return "see schemas/lint-config.schema.json";
  }

  private static LintConfig failed(Found found) {
    return new LintConfig(
        null, new Settings(), List.of(), found.problems(), EditorialVocabulary.defaults());
  }

  /** Syntax problems of the configuration, under the configuration's code. */
  private static Found relabel(Found found, String source) {
    Found out = new Found(source);
    for (Problem p : found.problems()) {
      out.error(
          LintCode.CONFIG.code(),
          p.pointer(),
          new Position(Math.max(1, p.line()), Math.max(1, p.column())),
          p.message(),
          p.hint().orElse(null));
    }
    return out;
  }

  private static final class SchemaHolder {
    static final Schema SCHEMA = compile();

    private static Schema compile() {
      try (InputStream in = LintConfig.class.getResourceAsStream(SCHEMA_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the schema resource " + SCHEMA_RESOURCE + " is missing");
        }
        JsonNode json = JsonMapper.builder().build().readTree(in);
        String id = json.get("$id").asString();
        SchemaRegistry registry =
            SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder ->
                    builder
                        .schemaRegistryConfig(
                            SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
                        .schemaLoader(loader -> loader.fetchRemoteResources(false)));
        Schema schema = registry.getSchema(SchemaLocation.of(id), json);
        schema.initializeValidators();
        return schema;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
