package dev.caresheet.codec;

import dev.caresheet.codec.internal.CodecParsers;
import dev.caresheet.codec.internal.Utf8;
import dev.caresheet.model.Condition;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads and writes condition documents as JSON and YAML: the one entry point for (de)serializing
 * the model.
 *
 * <p><b>Reading</b> is strict, so that nothing in a file is silently lost: an unknown property, a
 * duplicate key, a {@code null}, a number where a text belongs, a second YAML document, a YAML
 * alias or tag — each is a {@link ContentException} saying where it is. Reading is bounded by
 * {@link ReadLimits}. Input is UTF-8; a leading byte-order mark is accepted.
 *
 * <p><b>Writing</b> is canonical: properties in the model's fixed order, empty parts omitted,
 * two-space indentation, UTF-8, {@code \n} line ends and one trailing newline. Writing a document
 * twice gives the same bytes, and reading canonical output and writing it again gives the same
 * bytes.
 *
 * <p><b>Jackson trees</b> are part of this API on purpose: {@link #read(JsonNode, String)} and
 * {@link #toTree(Condition)} take and give Jackson 3's {@code JsonNode}, the common currency of
 * JSON tools (schema validators, JSON Patch, diffs). The model's module therefore requires {@code
 * tools.jackson.databind} transitively. Nothing else of Jackson is API.
 *
 * <p>Instances are immutable and thread-safe; share one.
 */
public final class ConditionCodec {

  private static final ConditionCodec DEFAULTS = new ConditionCodec(ReadLimits.DEFAULTS);

  private final ReadLimits limits;
  private final ObjectMapper json;
  private final ObjectMapper yaml;

  private ConditionCodec(ReadLimits limits) {
    this.limits = limits;
    this.json = Mappers.json(limits);
    this.yaml = Mappers.yaml(limits);
  }

  /** {@return the codec with the {@link ReadLimits#DEFAULTS default limits}} */
  public static ConditionCodec defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a codec with other read limits}
   *
   * @param limits the read limits
   */
  public static ConditionCodec withLimits(ReadLimits limits) {
    return new ConditionCodec(Objects.requireNonNull(limits, "limits"));
  }

  /** {@return the read limits of this codec} */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a document from a file, in the format its name says.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the document
   * @throws ContentException if the content is malformed, too large, or does not fit the model
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file name ends in neither .json, .yaml nor .yml
   */
  public Condition read(Path file) throws IOException {
    Format format =
        Format.of(file)
            .orElseThrow(
                () -> new IllegalArgumentException("not a .json, .yaml or .yml file: " + file));
    return read(readBytes(file), format, file.toString());
  }

  /**
   * Reads a file's bytes within this codec's limits: a file larger than {@link
   * ReadLimits#maxDocumentBytes()} is refused without being read (a {@link ContentException} at
   * 1:1), and so is one that grows past it while it is read.
   *
   * @param file the file
   * @return its content
   * @throws IOException if the file cannot be read, or is not a regular file (a directory, a named
   *     pipe or a device, which could block or never end)
   */
  public byte[] readBytes(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    if (!Files.isRegularFile(file)) {
      if (!Files.exists(file)) {
        throw new java.nio.file.NoSuchFileException(source);
      }
      throw new java.nio.file.FileSystemException(
          source, null, Files.isDirectory(file) ? "is a directory" : "not a regular file");
    }
    long max = limits.maxDocumentBytes();
    long size = Files.size(file);
    if (size > max) {
      throw tooManyBytes(source, size);
    }
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) max + 1);
      if (bytes.length > max) {
        throw tooManyBytes(source, Math.max(bytes.length, Files.size(file)));
      }
      return bytes;
    }
  }

  private ContentException tooManyBytes(String source, long size) {
    return new ContentException(
        source,
        1,
        1,
        "",
        "the file is "
            + size
            + " bytes long; the limit is "
            + limits.maxDocumentChars()
            + " characters ("
            + limits.maxDocumentBytes()
            + " bytes)",
        null);
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param source the name used in error messages, such as the file's path; may be {@code ""}
   * @param content the document's bytes
   * @param format JSON or YAML
   * @return the document
   * @throws ContentException if the content is not UTF-8, is malformed, too large, or does not fit
   *     the model
   */
  public Condition read(byte[] content, Format format, String source) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    if (content.length > limits.maxDocumentBytes()) {
      // Refused before decoding, which would take three times the input's size in memory.
      throw tooManyBytes(source, content.length);
    }
    return read(Utf8.decode(content, source), format, source);
  }

  /**
   * Reads a document from text.
   *
   * @param source the name used in error messages, such as the file's path; may be {@code ""}
   * @param content the document's text
   * @param format JSON or YAML
   * @return the document
   * @throws ContentException if the content is malformed, too large, or does not fit the model
   */
  public Condition read(String content, Format format, String source) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    if (content.length() > limits.maxDocumentChars()) {
      throw new ContentException(
          source,
          1,
          1,
          "",
          "the document is "
              + content.length()
              + " characters long; the limit is "
              + limits.maxDocumentChars(),
          null);
    }
    String text = stripByteOrderMark(content);
    if (format == Format.YAML) {
      Utf8.checkYamlCharacters(text, source);
    }
    ObjectMapper mapper = mapper(format);
    JsonParser parser = null;
    try {
      parser = Mappers.strict(mapper.createParser(text));
      if (parser.nextToken() == null) {
        throw new ContentException(source, 1, 1, "", "the document is empty", null);
      }
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        // Also catches the JSON document `null` and an empty YAML document, which bind to null.
        throw Errors.located(
            source,
            parser.currentTokenLocation(),
            "",
            "expected an object here: a condition document is a map of properties");
      }
      Condition condition = mapper.readValue(parser, Condition.class);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw Errors.located(
            source,
            parser.currentTokenLocation(),
            "",
            format == Format.YAML
                ? "the file holds more than one YAML document; put each condition in a file of its own"
                : "unexpected content after the end of the document");
      }
      return condition;
    } catch (JacksonException e) {
      throw Errors.translate(e, source, parser, text);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * Binds a JSON tree (as a schema validator sees it) to the model.
   *
   * @param tree the document as a JSON tree
   * @param source the name used in error messages; may be {@code ""}
   * @return the document
   * @throws ContentException if the tree does not fit the model; it carries the pointer but no line
   */
  public Condition read(JsonNode tree, String source) {
    Objects.requireNonNull(tree, "tree");
    try {
      return json.treeToValue(tree, Condition.class);
    } catch (JacksonException e) {
      throw Errors.translate(e, source);
    }
  }

  /** A parser over a document's text within the limits: {@link CodecParsers}. */
  private JsonParser tokenParser(String text, Format format) {
    Objects.requireNonNull(text, "text");
    return mapper(format).tokenStreamFactory().createParser(KEEP_DUPLICATES, text);
  }

  /** Parser features as the factory has them, less duplicate-key detection. */
  private static final ObjectReadContext KEEP_DUPLICATES =
      new ObjectReadContext.Base() {
        @Override
        public int getStreamReadFeatures(int defaults) {
          return defaults & ~StreamReadFeature.STRICT_DUPLICATE_DETECTION.getMask();
        }
      };

  static {
    CodecParsers.install(ConditionCodec::tokenParser);
  }

  /**
   * {@return the document as a JSON tree, exactly as {@link #write(Condition, Format)} would write
   * it}
   *
   * @param condition the document
   */
  public JsonNode toTree(Condition condition) {
    return json.valueToTree(Objects.requireNonNull(condition, "condition"));
  }

  /**
   * Writes a document in canonical form.
   *
   * @param condition the document
   * @param format JSON or YAML
   * @return the canonical text, ending in one line feed
   */
  public String write(Condition condition, Format format) {
    Objects.requireNonNull(condition, "condition");
    String text = mapper(format).writeValueAsString(condition);
    return format == Format.JSON ? text + "\n" : text;
  }

  /**
   * Writes a document in canonical form to a writer, which is not closed.
   *
   * @param condition the document
   * @param format JSON or YAML
   * @param out where the text goes
   * @throws IOException if the writer fails
   */
  public void write(Condition condition, Format format, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(write(condition, format));
  }

  /**
   * Reformats a document's text into canonical form, keeping what the model does not hold but the
   * author wrote on purpose: a YAML file's leading comment block (such as the {@code #
   * yaml-language-server: $schema=...} line editors read) stays at the top.
   *
   * @param content the document's text
   * @param format JSON or YAML, the format of {@code content} and of the result
   * @param source the name used in error messages; may be {@code ""}
   * @return the canonical text
   * @throws ContentException if the text does not read as a document, or if it is YAML with a
   *     comment after the leading block, which formatting would lose
   */
  public String reformat(String content, Format format, String source) {
    Condition condition = read(content, format, source);
    String canonical = write(condition, format);
    if (format != Format.YAML) {
      return canonical;
    }
    String text = stripByteOrderMark(content);
    YamlComments.firstOtherComment(text)
        .ifPresent(
            mark -> {
              throw new ContentException(
                  source,
                  mark.getLine() + 1,
                  mark.getColumn() + 1,
                  "",
                  "formatting would lose this comment: only the comment lines at the top of a YAML file"
                      + " are kept; move it there or remove it",
                  null);
            });
    return YamlComments.leadingBlock(text) + canonical;
  }

  private static String stripByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  private ObjectMapper mapper(Format format) {
    switch (Objects.requireNonNull(format, "format")) {
      case JSON:
        return json;
      case YAML:
        return yaml;
      default:
        throw new AssertionError(format);
    }
  }
}
