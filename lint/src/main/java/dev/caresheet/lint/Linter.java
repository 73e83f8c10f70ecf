package dev.caresheet.lint;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.ContentException;
import dev.caresheet.codec.Format;
import dev.caresheet.lint.internal.DocumentRules;
import dev.caresheet.lint.internal.Findings;
import dev.caresheet.lint.internal.Prose;
import dev.caresheet.lint.internal.SetRules;
import dev.caresheet.lint.internal.Settings;
import dev.caresheet.model.Condition;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Report;
import dev.caresheet.schema.Validator;
import dev.caresheet.schema.internal.DocumentReader;
import dev.caresheet.schema.internal.Found;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Editorial checks on condition documents: what a schema cannot say about whether a valid document
 * is fit to publish (spam, site chrome, reviews, evidence, reading level, plain language), each
 * finding a {@link Problem} with an {@code editorial.*} code ({@link LintCode}) at the line and
 * column of what it is about, down to the character inside a text.
 *
 * <p>Each document is validated first; an invalid one gets the validator's problems only. The rules
 * and their severities come from a {@link LintConfig}; a document may suppress a rule with a
 * reason, under {@code lint.suppress}.
 *
 * <pre>{@code
 * Linter linter = Linter.builder().config(LintConfig.read(Path.of("content/caresheet.yaml")).config()).build();
 * LintReport report = linter.lintAll(files);
 * report.problems().forEach(p -> System.out.println(p.toText()));
 * }</pre>
 *
 * <p>Immutable and thread-safe: {@link #lint(Path)} may run on several threads at once.
 */
public final class Linter {

  private final Validator validator;
  private final Clock clock;
  private final LintConfig config;
  private final EditorialVocabulary vocabulary;
  private final DocumentReader reader;

  private Linter(Builder b) {
    this.clock = b.clock;
    this.validator = Validator.builder().clock(b.clock).build();
    this.config = b.config;
    this.vocabulary = b.vocabulary != null ? b.vocabulary : b.config.vocabulary();
    this.reader = new DocumentReader(ConditionCodec.defaults());
  }

  /** {@return a builder: the system clock, the default configuration and vocabulary} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a linter with the system clock, the default configuration and vocabulary} */
  public static Linter create() {
    return builder().build();
  }

  /**
   * Validates one file and, when it is valid, lints it.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return what was found in it
   */
  public Linted lint(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    Report report = validator.validate(file);
    Optional<Condition> condition = report.condition(source);
    if (condition.isEmpty()) {
      return new Linted(source, report, List.of(), false, null);
    }
    JsonNode tree;
    Found found = new Found(source);
    DocumentReader.Parsed parsed;
    try {
      String text = dev.caresheet.codec.internal.Utf8.decode(Files.readAllBytes(file), source);
      parsed = reader.read(text, Format.of(file).orElseThrow(), found);
      tree = parsed.tree();
    } catch (IOException | ContentException e) {
      // The file changed since it was validated: lint it on the next run.
      return new Linted(source, report, List.of(), false, null);
    }
    if (tree == null || found.hasErrors()) {
      return new Linted(source, report, List.of(), false, null);
    }
    Settings settings = config.settings(file);
    Set<String> suppressed = new HashSet<>();
    List<Problem> extra = new ArrayList<>();
    Findings findings = new Findings(source, parsed.map(), settings, suppressed);
    JsonNode suppress = tree.path("lint").path("suppress");
    for (int i = 0; i < suppress.size(); i++) {
      String code = suppress.get(i).path("code").asString("");
      if (LintCode.of(code).filter(LintCode::configurable).isPresent()) {
        suppressed.add(code);
      } else {
        findings.atValue(
            LintCode.UNKNOWN_SUPPRESSION,
            "/lint/suppress/" + i + "/code",
            "`" + code + "` is not a code of caresheet lint that a document may suppress",
            "use one of the editorial.* codes that `caresheet lint --help` lists");
      }
    }
    Condition c = condition.get();
    List<DocumentRules.Paragraph> paragraphs =
        DocumentRules.check(c, Prose.of(tree), LocalDate.now(clock), vocabulary, findings);
    extra.addAll(findings.problems());
    SetRules.Of set =
        paragraphs.isEmpty()
            ? null
            : new SetRules.Of(
                source, settings.severity(LintCode.DUPLICATE_PARAGRAPH).orElseThrow(), paragraphs);
    return new Linted(source, report, extra, DocumentRules.english(c.language()), set);
  }

  /**
   * Combines documents linted one by one into the report on the set, adding the validator's rules
   * across files and the editorial ones (the same paragraph in several documents).
   *
   * @param documents the documents of the set, each with its own source
   * @return the report
   */
  public LintReport combine(Collection<Linted> documents) {
    Objects.requireNonNull(documents, "documents");
    List<Report> reports = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<SetRules.Of> paragraphs = new ArrayList<>();
    List<String> notMeasured = new ArrayList<>();
    for (Linted d : documents) {
      reports.add(d.validation());
      problems.addAll(d.findings());
      if (d.paragraphs() != null) {
        paragraphs.add(d.paragraphs());
      }
      if (d.linted() && !d.readingLevelMeasured()) {
        notMeasured.add(d.source());
      }
    }
    problems.addAll(validator.crossCheck(reports).problems());
    problems.addAll(SetRules.check(paragraphs));
    problems.addAll(config.problems());
    return new LintReport(documents.size(), problems, notMeasured);
  }

  /**
   * Lints a set of files, one after another, then as a set.
   *
   * @param files the files
   * @return the report
   */
  public LintReport lintAll(Collection<Path> files) {
    Objects.requireNonNull(files, "files");
    List<Linted> linted = new ArrayList<>();
    for (Path f : files) {
      linted.add(lint(f));
    }
    return combine(linted);
  }

  /** Builds a {@link Linter}. Not thread-safe; the linter it builds is. */
  public static final class Builder {
    private Clock clock = Clock.systemDefaultZone();
    private LintConfig config = LintConfig.defaults();
    private @Nullable EditorialVocabulary vocabulary;

    private Builder() {}

    /**
     * The clock whose date is "today" for the review rules; the system clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The configuration: severities, thresholds, overrides; {@link LintConfig#defaults()} by
     * default. Its problems (an invalid {@code caresheet.yaml}) are added to every report.
     *
     * @param config the configuration
     * @return this builder
     */
    public Builder config(LintConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * The vocabulary of spam and site chrome; {@link EditorialVocabulary#defaults()} by default.
     *
     * @param vocabulary the vocabulary
     * @return this builder
     */
    public Builder vocabulary(EditorialVocabulary vocabulary) {
      this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
      return this;
    }

    /** {@return the linter} */
    public Linter build() {
      return new Linter(this);
    }
  }
}
