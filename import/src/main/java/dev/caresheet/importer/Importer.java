package dev.caresheet.importer;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.ContentException;
import dev.caresheet.codec.Format;
import dev.caresheet.importer.internal.Cleaner;
import dev.caresheet.importer.internal.Doc;
import dev.caresheet.importer.internal.Log;
import dev.caresheet.importer.internal.Mapper;
import dev.caresheet.importer.internal.PhraseTable;
import dev.caresheet.importer.internal.Readers;
import dev.caresheet.importer.internal.Texts;
import dev.caresheet.lint.EditorialVocabulary;
import dev.caresheet.model.Condition;
import dev.caresheet.schema.Report;
import dev.caresheet.schema.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Imports legacy articles: one source in, draft documents and their reports out.
 *
 * <p>The kind of source is detected by its content, never its name: NHS website content API JSON, a
 * MedlinePlus summaries JSON object or health-topic XML, an HTML page or fragment, or scraped plain
 * text. Headings map to parts through the heading vocabulary (the resource {@code
 * dev/caresheet/importer/headings.txt}, extended with {@link Builder#headings(Reader, String)});
 * spam and site chrome are dropped through the shared {@link EditorialVocabulary}.
 *
 * <p>An importer is immutable and thread-safe, and {@link #importSource} is a pure function of its
 * bytes: no network, no file but the one named, bounded by {@link #maxBytes()}.
 */
public final class Importer {

  /** The default size limit of a source: 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  private final @Nullable String language;
  private final long maxBytes;
  private final EditorialVocabulary vocabulary;
  private final PhraseTable headings;
  private final PhraseTable markers;
  private final ConditionCodec codec = ConditionCodec.defaults();
  private final Validator validator;

  private Importer(Builder b) {
    this.language = b.language;
    this.maxBytes = b.maxBytes;
    this.vocabulary = b.vocabulary;
    this.headings = b.headings;
    this.markers = PhraseTable.resource("markers.txt");
    this.validator = b.validator == null ? Validator.create() : b.validator;
  }

  /** {@return an importer with the built-in vocabularies, the language guessed per source} */
  public static Importer create() {
    return builder().build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the largest source this importer reads, in bytes} */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Imports a file.
   *
   * @param file the source
   * @return one result per article in it (a MedlinePlus summaries file holds many)
   * @throws ImportException if it is too large, unreadable or not well-formed
   */
  public List<ImportResult> importSource(Path file) throws ImportException {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw tooLarge(name, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      }
    } catch (IOException e) {
      throw new ImportException(name + ": cannot read: " + e.getMessage(), e);
    }
    return importSource(bytes, name);
  }

  /**
   * Imports a source's bytes.
   *
   * @param content the source
   * @param source its name for locations
   * @return one result per article in it (a MedlinePlus summaries file holds many)
   * @throws ImportException if it is too large, undecodable or not well-formed
   */
  public List<ImportResult> importSource(byte[] content, String source) throws ImportException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    if (content.length > maxBytes) {
      throw tooLarge(source, content.length);
    }
    Readers readers = new Readers(new Cleaner(vocabulary), headings, markers);
    List<ImportResult> results = new ArrayList<>();
    for (Readers.Article article : readers.read(content, source)) {
      results.add(map(article.doc(), article.log()));
    }
    return List.copyOf(results);
  }

  private ImportResult map(Doc doc, Log log) throws ImportException {
    String lang =
        language != null
            ? language
            : doc.language != null ? doc.language : Texts.guessLanguage(sample(doc));
    Condition condition;
    try {
      condition = new Mapper(headings, markers, codec).map(doc, lang, log);
    } catch (ContentException | IllegalArgumentException e) {
      throw new ImportException(
          log.source() + ": the draft does not fit the model: " + e.getMessage(), e);
    }
    String json = codec.write(condition, Format.JSON);
    Report validation = validator.validate(json, Format.JSON, log.source() + " (draft)");
    return new ImportResult(
        condition, validation, new ImportReport(log.source(), doc.kind, log.entries()));
  }

  private static String sample(Doc doc) {
    StringBuilder s = new StringBuilder(doc.title).append(' ');
    for (Doc.Node n : doc.nodes) {
      if (n instanceof Doc.Para p) {
        s.append(p.text()).append(' ');
      }
      if (s.length() > 20_000) {
        break;
      }
    }
    return s.toString();
  }

  private ImportException tooLarge(String source, long size) {
    return new ImportException(
        source
            + ": "
            + size
            + " bytes is over the import limit of "
            + maxBytes
            + " bytes (Importer.Builder.maxBytes)");
  }

  /** Builds an {@link Importer}. */
  public static final class Builder {
    private @Nullable String language;
    private long maxBytes = DEFAULT_MAX_BYTES;
    private EditorialVocabulary vocabulary = EditorialVocabulary.defaults();
    private PhraseTable headings = PhraseTable.resource("headings.txt");
    private @Nullable Validator validator;

    private Builder() {}

    /**
     * Sets the drafts' language instead of the one each source declares or shows.
     *
     * @param tag a BCP 47 tag
     * @return this builder
     */
    public Builder language(String tag) {
      this.language = Objects.requireNonNull(tag, "tag");
      return this;
    }

    /**
     * Sets the size limit of a source.
     *
     * @param bytes the largest source read, at least 1
     * @return this builder
     */
    public Builder maxBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBytes must be at least 1");
      }
      this.maxBytes = bytes;
      return this;
    }

    /**
     * Sets the spam and chrome vocabulary (the built-in one extended, as a rule).
     *
     * @param vocabulary the vocabulary
     * @return this builder
     */
    public Builder vocabulary(EditorialVocabulary vocabulary) {
      this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
      return this;
    }

    /**
     * Adds a headings file to the built-in heading vocabulary, in its format ({@code [part]}, then
     * {@code language phrase} lines).
     *
     * @param file the file's text
     * @param name its name for messages
     * @return this builder
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the file is malformed, naming the line
     */
    public Builder headings(Reader file, String name) throws IOException {
      this.headings = headings.with(file, name);
      return this;
    }

    /**
     * Shares a validator (thread-safe) instead of creating one.
     *
     * @param validator the validator the drafts are checked with
     * @return this builder
     */
    public Builder validator(Validator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /** {@return the importer} */
    public Importer build() {
      return new Importer(this);
    }
  }
}
