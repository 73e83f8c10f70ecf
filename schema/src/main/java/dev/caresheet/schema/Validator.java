package dev.caresheet.schema;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.ContentException;
import dev.caresheet.codec.Format;
import dev.caresheet.codec.ReadLimits;
import dev.caresheet.codec.internal.Utf8;
import dev.caresheet.model.Condition;
import dev.caresheet.schema.internal.Bound;
import dev.caresheet.schema.internal.DocumentReader;
import dev.caresheet.schema.internal.FigureRules;
import dev.caresheet.schema.internal.Found;
import dev.caresheet.schema.internal.InlineRules;
import dev.caresheet.schema.internal.Position;
import dev.caresheet.schema.internal.Rules;
import dev.caresheet.schema.internal.SchemaChecker;
import dev.caresheet.schema.internal.SetRules;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks condition documents and reports everything wrong with them, each problem at its line and
 * column. A document goes through three stages, each collecting all of its problems:
 *
 * <ol>
 *   <li><b>syntax</b> — UTF-8, well-formed JSON or YAML, no duplicate keys, no YAML aliases or
 *       tags, within the {@link ReadLimits};
 *   <li><b>schema</b> — the published {@link ConditionSchema}, compiled once, offline;
 *   <li><b>rules</b> — what a schema cannot say, checked on the bound model: ids unique, mechanisms
 *       name existing causes, the outline names existing parts once, no item twice in a list,
 *       {@code lastReviewed} not in the future.
 * </ol>
 *
 * A stage runs only when the one before found no error. {@link #validateAll(Collection)} adds the
 * rules across a set of files: condition ids unique, {@code related} ids known.
 *
 * <pre>{@code
 * Validator validator = Validator.create();
 * Report report = validator.validate(Path.of("content/leg-cramps.json"));
 * System.out.print(report.toText());
 * report.condition().ifPresent(renderer::render);
 * }</pre>
 *
 * <p>Content problems are reported, never thrown; misuse of the API (a {@code null} argument)
 * throws at once. Instances are immutable and thread-safe: create one and share it.
 */
public final class Validator {

  private final ReadLimits limits;
  private final Clock clock;
  private final ConditionCodec codec;
  private final DocumentReader reader;
  private final SchemaChecker schema;

  private Validator(Builder builder) {
    this.limits = builder.limits;
    this.clock = builder.clock;
    this.codec = ConditionCodec.withLimits(limits);
    this.reader = new DocumentReader(codec);
    this.schema = SchemaChecker.published();
  }

  /**
   * {@return a validator with the default read limits and the system clock (in the default time
   * zone)}
   */
  public static Validator create() {
    return builder().build();
  }

  /** {@return a builder, to set read limits or the clock} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the read limits documents must keep to} */
  public ReadLimits limits() {
    return limits;
  }

  /** {@return the clock that says what day it is, for {@code lastReviewed}} */
  public Clock clock() {
    return clock;
  }

  /**
   * Validates one file, in the format its name says ({@code .json}, {@code .yaml}, {@code .yml}). A
   * file that cannot be read or has another extension is reported as a problem ({@link Codes#IO},
   * {@link Codes#FILE_TYPE}); the source name in the report is {@code file.toString()}. A figure's
   * local image is opened relative to the file's folder: it must exist, be a PNG, JPEG or WebP
   * image by its bytes and by its name, and be at most {@link
   * dev.caresheet.model.ImageInfo#MAX_BYTES} bytes.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the report on the file
   */
  public Report validate(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    Found found = new Found(source);
    Optional<Format> format = Format.of(file);
    if (format.isEmpty()) {
      found.unplaced(
          Codes.FILE_TYPE, "not a condition file: the name must end in .json, .yaml or .yml", null);
      return single(source, found, null, null);
    }
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        found.unplaced(Codes.IO, "cannot read the file: it is a directory", null);
        return single(source, found, null, null);
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // A named pipe or a device: reading it could block for ever or never end.
        found.unplaced(Codes.IO, "cannot read the file: it is not a regular file", null);
        return single(source, found, null, null);
      }
      long size = Files.size(file);
      if (size > limits.maxDocumentChars() * 4) {
        found.error(
            Codes.SYNTAX_LIMIT,
            "",
            Position.START,
            "the file is "
                + size
                + " bytes long; the limit is "
                + limits.maxDocumentChars()
                + " characters",
            "split the content into several documents");
        return single(source, found, null, null);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      found.unplaced(Codes.IO, "cannot read the file: it does not exist", null);
      return single(source, found, null, null);
    } catch (AccessDeniedException e) {
      found.unplaced(Codes.IO, "cannot read the file: permission denied", null);
      return single(source, found, null, null);
    } catch (IOException e) {
      found.unplaced(Codes.IO, "cannot read the file: " + e.getMessage(), null);
      return single(source, found, null, null);
    }
    return run(bytes, format.get(), source, file.toAbsolutePath().getParent());
  }

  /**
   * Validates a document given as UTF-8 bytes, whose figures' image files are not opened (see
   * {@link #validate(String, Format, String)}); bytes that are not UTF-8 are a problem ({@link
   * Codes#SYNTAX_ENCODING}) at their line and column.
   *
   * @param source the name used in the report, such as the file's path; may be {@code ""}
   * @param content the document's bytes
   * @param format JSON or YAML
   * @return the report on the document
   */
  public Report validate(byte[] content, Format format, String source) {
    return run(content, format, source, null);
  }

  /**
   * Validates a document given as UTF-8 bytes that comes from a folder: as {@link #validate(byte[],
   * Format, String)}, and the local images of its figures are opened relative to {@code folder}, as
   * {@link #validate(Path)} opens them relative to the file's folder.
   *
   * @param content the document's bytes
   * @param format JSON or YAML
   * @param source the name used in the report, such as the file's path; may be {@code ""}
   * @param folder the folder the document's relative image paths start from
   * @return the report on the document
   */
  public Report validate(byte[] content, Format format, String source, Path folder) {
    return run(content, format, source, Objects.requireNonNull(folder, "folder"));
  }

  private Report run(byte[] content, Format format, String source, @Nullable Path base) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    if (content.length > limits.maxDocumentBytes()) {
      // Refused before decoding, which would take three times the input's size in memory.
      Found found = new Found(source);
      found.error(
          Codes.SYNTAX_LIMIT,
          "",
          Position.START,
          "the document is "
              + content.length
              + " bytes long; the limit is "
              + limits.maxDocumentChars()
              + " characters",
          "split the content into several documents");
      return single(source, found, null, null);
    }
    String text;
    try {
      text = Utf8.decode(content, source);
    } catch (ContentException e) {
      Found found = new Found(source);
      found.error(
          Codes.SYNTAX_ENCODING,
          "",
          new Position(Math.max(1, e.line()), Math.max(1, e.column())),
          e.reason().replace("; save it as UTF-8", ""),
          "save the file as UTF-8");
      return single(source, found, null, null);
    }
    return run(text, format, source, base);
  }

  /**
   * Validates a document given as text. It has no folder, so the image files of its figures are not
   * opened (their names and addresses are checked); {@link #validate(Path)} opens them.
   *
   * @param source the name used in the report, such as the file's path; may be {@code ""}
   * @param content the document's text
   * @param format JSON or YAML
   * @return the report on the document
   */
  public Report validate(String content, Format format, String source) {
    return run(content, format, source, null);
  }

  private Report run(String content, Format format, String source, @Nullable Path base) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    Found found = new Found(source);
    DocumentReader.Parsed parsed = reader.read(content, format, found);
    JsonNode tree = parsed.tree();
    if (tree == null || found.hasErrors()) {
      return single(source, found, null, null);
    }
    schema.check(tree, parsed.map(), format, found);
    if (found.hasErrors()) {
      return single(source, found, null, null);
    }
    Condition condition;
    try {
      condition = codec.read(tree, source);
    } catch (ContentException | IllegalArgumentException e) {
      String pointer = e instanceof ContentException ? ((ContentException) e).pointer() : "";
      String reason =
          e instanceof ContentException ? ((ContentException) e).reason() : e.getMessage();
      found.error(
          Codes.MODEL,
          pointer,
          parsed.map().valueAt(pointer),
          "the schema accepted this but the model did not: " + reason,
          "this is a bug in the Caresheet schema; please report it with this file");
      return single(source, found, null, null);
    }
    Rules.check(condition, parsed.map(), LocalDate.now(clock), found);
    FigureRules.check(condition, parsed.map(), base, found);
    List<Bound.ConditionLink> links = InlineRules.check(tree, condition, parsed.map(), found);
    return single(source, found, Bound.of(source, condition, parsed.map(), links), condition);
  }

  /**
   * Validates a set of files, then applies the rules across the set: condition ids must be unique
   * ({@link Codes#RULE_UNIQUE_CONDITION_ID}, an error) and every {@code related} id should name a
   * condition of the set ({@link Codes#RULE_RELATED_UNKNOWN}, a warning).
   *
   * @param files the files of the set
   * @return the report on every file and on the set
   */
  public Report validateAll(Collection<Path> files) {
    Objects.requireNonNull(files, "files");
    List<Report> reports = new ArrayList<>(files.size());
    for (Path file : files) {
      reports.add(validate(Objects.requireNonNull(file, "files contains null")));
    }
    return crossCheck(reports);
  }

  /**
   * Combines reports on single documents into one report on the set, adding the rules across the
   * set as {@link #validateAll(Collection)} does. Use it for documents that do not come from files.
   *
   * @param reports reports on single documents, each with its own source name
   * @return the report on the set
   * @throws IllegalArgumentException if two reports share a source name
   */
  public Report crossCheck(Collection<Report> reports) {
    return crossCheck(reports, Set.of());
  }

  /**
   * Combines reports on some documents of a larger set, for a caller that validates again only the
   * documents that changed: the rules across the set see {@code others}, the ids of the set's other
   * documents, as conditions of the set, so a related id or a {@code condition:} link to one of
   * them is not reported, and one of these documents reusing one of them is an error. The other
   * documents are not checked again; the result is that of {@link #crossCheck(Collection)} of the
   * whole set when they have not changed since they passed the rules across it.
   *
   * @param reports reports on the documents validated again, each with its own source name
   * @param others the ids of the set's other documents
   * @return the report on these documents
   * @throws IllegalArgumentException if two reports share a source name
   */
  public Report crossCheck(Collection<Report> reports, Set<String> others) {
    Objects.requireNonNull(reports, "reports");
    Set<String> otherIds = Set.copyOf(Objects.requireNonNull(others, "others"));
    List<String> sources = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Bound> bound = new LinkedHashMap<>();
    Map<String, Condition> conditions = new LinkedHashMap<>();
    for (Report r : reports) {
      Objects.requireNonNull(r, "reports contains null");
      for (String s : r.sources()) {
        if (!seen.add(s)) {
          throw new IllegalArgumentException("two reports on the same source: \"" + s + "\"");
        }
        sources.add(s);
      }
      problems.addAll(r.problems());
      bound.putAll(r.bound());
      conditions.putAll(r.valid());
    }
    problems.addAll(SetRules.check(new ArrayList<>(bound.values()), otherIds));
    return new Report(sources, problems, bound, conditions);
  }

  private static Report single(
      String source, Found found, @Nullable Bound bound, @Nullable Condition condition) {
    return new Report(
        List.of(source),
        found.problems(),
        bound == null ? Map.of() : Map.of(source, bound),
        condition == null ? Map.of() : Map.of(source, condition));
  }

  /** Builds a {@link Validator}. Not thread-safe; the validator it builds is. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.DEFAULTS;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * The read limits documents must keep to; {@link ReadLimits#DEFAULTS} by default.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The clock whose date is "today" for {@code lastReviewed}; the system clock in the default
     * time zone by default. Tests pass a fixed clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** {@return the validator} */
    public Validator build() {
      return new Validator(this);
    }
  }
}
