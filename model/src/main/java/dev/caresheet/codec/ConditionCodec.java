package dev.caresheet.codec;

import dev.caresheet.model.Condition;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    Format format = Format.of(file).orElseThrow(() -> new IllegalArgumentException(
        "not a .json, .yaml or .yml file: " + file));
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
      throw new java.nio.file.FileSystemException(source, null,
          Files.isDirectory(file) ? "is a directory" : "not a regular file");
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
    return new ContentException(source, 1, 1, "",
        "the file is " + size + " bytes long; the limit is " + limits.maxDocumentChars()
            + " characters (" + limits.maxDocumentBytes() + " bytes)", null);
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
    return read(decode(content, source), format, source);
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
      throw new ContentException(source, 1, 1, "",
          "the document is " + content.length() + " characters long; the limit is "
              + limits.maxDocumentChars(), null);
    }
    String text = stripByteOrderMark(content);
    if (format == Format.YAML) {
      checkYamlCharacters(text, source);
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
        throw Errors.located(source, parser.currentTokenLocation(), "",
            "expected an object here: a condition document is a map of properties");
      }
      Condition condition = mapper.readValue(parser, Condition.class);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw Errors.located(source, parser.currentTokenLocation(), "",
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

  /**
   * A streaming parser over a document's text, bounded by this codec's {@link ReadLimits}: the
   * token level the validator reads to build its map of where each value is. Only the limits
   * apply; duplicate keys, YAML aliases and tags are left to the caller, which may report every
   * one of them rather than stop at the first.
   *
   * @param text the document's text
   * @param format JSON or YAML
   * @return a parser, which the caller closes
   */
  public JsonParser parser(String text, Format format) {
    Objects.requireNonNull(text, "text");
    return mapper(format).tokenStreamFactory().createParser(KEEP_DUPLICATES, text);
  }

  /** Parser features as the factory has them, less duplicate-key detection. */
  private static final ObjectReadContext KEEP_DUPLICATES = new ObjectReadContext.Base() {
    @Override
    public int getStreamReadFeatures(int defaults) {
      return defaults & ~StreamReadFeature.STRICT_DUPLICATE_DETECTION.getMask();
    }
  };

  /**
   * {@return the document as a JSON tree, exactly as {@link #write(Condition, Format)} would write it}
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
    YamlComments.firstOtherComment(text).ifPresent(mark -> {
      throw new ContentException(source, mark.getLine() + 1, mark.getColumn() + 1, "",
          "formatting would lose this comment: only the comment lines at the top of a YAML file"
              + " are kept; move it there or remove it", null);
    });
    return YamlComments.leadingBlock(text) + canonical;
  }

  /**
   * Decodes UTF-8 bytes strictly: a malformed sequence is a {@link ContentException} at its line
   * and column, not a replacement character.
   *
   * @param content UTF-8 bytes
   * @param source the name used in error messages; may be {@code ""}
   * @return the text
   * @throws ContentException at the first malformed sequence
   */
  public static String decode(byte[] content, String source) {
    Objects.requireNonNull(content, "content");
    // The String constructor is the JDK's fast path (ASCII and Latin-1 runs at many bytes a
    // step), but it replaces malformed input with U+FFFD instead of reporting it: a text without
    // U+FFFD had none. Only a text with one (malformed, or a U+FFFD the author wrote) takes the
    // strict decoder below, which tells the two apart.
    String fast = new String(content, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstMalformedByte(content);
      String before = new String(content, 0, bad, StandardCharsets.UTF_8);
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < before.length(); i++) {
        char c = before.charAt(i);
        // CR LF, LF and a lone CR each end a line, as the JSON and YAML parsers count them.
        if (c == '\n' || (c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n'))) {
          line++;
          lineStart = i + 1;
        }
      }
      throw new ContentException(source, line, before.length() - lineStart + 1, "",
          String.format("the file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
              content[bad] & 0xFF, bad), null);
    }
  }

  private static int firstMalformedByte(byte[] content) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(content.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), content.length - 1);
  }

  /**
   * Refuses a character that YAML does not allow anywhere in a file (C0 and C1 control characters
   * other than tab, line feed, carriage return and next line; unpaired surrogates; U+FFFE, U+FFFF),
   * at its line and column. The YAML parser refuses them too, but at line 1, column 1 and in words
   * ("special characters are not allowed") that do not say which or where; found by the hostile-input
   * tests.
   *
   * @param text the document's text, without a byte-order mark
   * @param source the name used in error messages; may be {@code ""}
   * @throws ContentException at the first such character
   */
  public static void checkYamlCharacters(String text, String source) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
        continue;
      }
      boolean allowed;
      if (c < 0x20) {
        allowed = c == '\t' || c == '\r';
      } else if (c >= 0x80 && c <= 0x9F) {
        allowed = c == 0x85;
      } else if (Character.isHighSurrogate(c)) {
        allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (allowed) {
          i++;
          continue;
        }
      } else {
        allowed = !Character.isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
      }
      if (!allowed) {
        throw new ContentException(source, line, i - lineStart + 1, "",
            String.format("the character U+%04X is not allowed in a YAML file; remove it", (int) c), null);
      }
    }
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
