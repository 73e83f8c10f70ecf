package dev.caresheet.schema.internal;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.ContentException;
import dev.caresheet.codec.Format;
import dev.caresheet.codec.ReadLimits;
import dev.caresheet.codec.internal.CodecParsers;
import dev.caresheet.codec.internal.Utf8;
import dev.caresheet.schema.Codes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The syntax stage: parses JSON or YAML text into a tree while recording where every value and
 * property name starts ({@link SourceMap}). Reading is as strict as the codec's: the same read
 * limits, no YAML aliases, and — beyond the codec, which stops at the first — every duplicate key
 * is reported. It also refuses YAML tags, which the codec's documentation rules out.
 *
 * <p>Malformed text stops the parse at the first error, since nothing after it can be trusted;
 * duplicate keys, aliases and tags are collected and parsing goes on. Immutable and thread-safe.
 */
public final class DocumentReader {

  /** The result of reading one document. */
  public static final class Parsed {
    private final @Nullable JsonNode tree;
    private final SourceMap map;

    Parsed(@Nullable JsonNode tree, SourceMap map) {
      this.tree = tree;
      this.map = map;
    }

    /** The document's tree; {@code null} when the text could not be parsed. */
    public @Nullable JsonNode tree() {
      return tree;
    }

    /** Where each value starts in the text. */
    public SourceMap map() {
      return map;
    }
  }

  private final ConditionCodec codec;
  private final ReadLimits limits;

  /** A reader bounded by the codec's read limits (the codec makes the parsers, so both agree). */
  public DocumentReader(ConditionCodec codec) {
    this.codec = codec;
    this.limits = codec.limits();
  }

  /**
   * Reads a document's text, reporting syntax problems to {@code found}.
   *
   * @param content the text; a leading byte-order mark is ignored
   */
  public Parsed read(String content, Format format, Found found) {
    String text =
        !content.isEmpty() && content.charAt(0) == '\uFEFF' ? content.substring(1) : content;
    SourceMap map = new SourceMap(text, format == Format.YAML);
    if (content.length() > limits.maxDocumentChars()) {
      found.error(
          Codes.SYNTAX_LIMIT,
          "",
          Position.START,
          "the document is "
              + content.length()
              + " characters long; the limit is "
              + limits.maxDocumentChars(),
          "split the content into several documents");
      return new Parsed(null, map);
    }
    if (format == Format.YAML) {
      try {
        Utf8.checkYamlCharacters(text, "");
      } catch (ContentException e) {
        found.error(Codes.SYNTAX, "", new Position(e.line(), e.column()), e.reason(), null);
        return new Parsed(null, map);
      }
    }
    JsonParser parser = null;
    try {
      parser = CodecParsers.parser(codec, text, format);
      JsonNode tree = build(parser, format, map, found);
      return new Parsed(found.hasErrors() ? null : tree, map);
    } catch (StreamConstraintsException e) {
      // A text or number that is too long fails when its value is read: point at that value.
      Position at;
      if (parser != null
          && parser.currentToken() != null
          && parser.currentToken().isScalarValue()) {
        at = map.atRaw(parser.currentTokenLocation().getCharOffset());
      } else if (parser != null
          && format == Format.JSON
          && String.valueOf(e.getOriginalMessage()).startsWith("Number value length")) {
        // JSON numbers are checked while they are read, before they become the current token.
        int end =
            (int) Math.min(text.length(), Math.max(0, parser.currentLocation().getCharOffset()));
        int start = end;
        while (start > 0 && "0123456789+-.eE".indexOf(text.charAt(start - 1)) >= 0) {
          start--;
        }
        at = map.at(start);
      } else {
        at = position(e, parser, map);
      }
      found.error(Codes.SYNTAX_LIMIT, "", at, limitMessage(e), null);
    } catch (JacksonException e) {
      syntaxError(e, parser, format, map, found);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    return new Parsed(null, map);
  }

  private static final Pattern LIMIT =
      Pattern.compile(
          "(Document nesting depth|String value length|Number value length|Name length)"
              + " \\(([0-9]+)\\) exceeds the maximum allowed \\(([0-9]+)");

  /** A read limit's message in the words of the {@link ReadLimits} it comes from. */
  private static String limitMessage(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    Matcher m = LIMIT.matcher(message);
    if (!m.find()) {
      return "the document exceeds a read limit: " + clean(message);
    }
    String what;
    switch (m.group(1)) {
      case "Document nesting depth":
        what = "lists and objects are nested " + m.group(2) + " deep";
        break;
      case "String value length":
        what = "a text is " + m.group(2) + " characters long";
        break;
      case "Number value length":
        what = "a number has " + m.group(2) + " digits";
        break;
      default:
        what = "a property name is " + m.group(2) + " characters long";
        break;
    }
    return what + "; the limit is " + m.group(3);
  }

  /** An object or array being read, and how it is reached from its parent. */
  private static final class Frame {
    final JsonNode node;
    final @Nullable String token;
    @Nullable String name;
    int index;
    boolean duplicate;

    Frame(JsonNode node, @Nullable String token) {
      this.node = node;
      this.token = token;
    }
  }

  /** The pointer of the container on top of the stack, plus one more token if given. */
  private static String pointer(Deque<Frame> stack, @Nullable String last) {
    StringBuilder sb = new StringBuilder();
    for (Iterator<Frame> it = stack.descendingIterator(); it.hasNext(); ) {
      Frame f = it.next();
      if (f.token != null) {
        sb.append(Pointers.child("", f.token));
      }
    }
    if (last != null) {
      sb.append(Pointers.child("", last));
    }
    return sb.toString();
  }

  private static @Nullable JsonNode build(
      JsonParser parser, Format format, SourceMap map, Found found) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    YAMLParser yamlParser = parser instanceof YAMLParser ? (YAMLParser) parser : null;
    JsonToken token = parser.nextToken();
    if (token == null) {
      found.error(
          Codes.SYNTAX_EMPTY,
          "",
          Position.START,
          "the document is empty",
          "a condition document is an object with at least `id`, `language` and `name`");
      return null;
    }
    Deque<Frame> stack = new ArrayDeque<>();
    JsonNode root = null;
    while (true) {
      Frame top = stack.peek();
      if (token == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        long offset = parser.currentTokenLocation().getCharOffset();
        top.name = name;
        top.duplicate = ((ObjectNode) top.node).has(name);
        if (top.duplicate) {
          String pointer = pointer(stack, name);
          Position first = map.keyAt(pointer);
          String owner = Pointers.parent(pointer);
          found.error(
              Codes.SYNTAX_DUPLICATE_KEY,
              pointer,
              map.atRaw(offset),
              "duplicate key `"
                  + name
                  + "`: "
                  + Pointers.quoted(owner)
                  + " already has it on line "
                  + first.line(),
              "remove one of the two; only one value can be kept");
        } else {
          map.key(top.node, name, offset);
        }
        checkYamlTag(yamlParser, stack, name, map, found);
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        stack.pop();
        if (stack.isEmpty()) {
          break;
        }
      } else {
        long offset = parser.currentTokenLocation().getCharOffset();
        String childToken = null;
        boolean duplicate = false;
        if (top != null && top.node.isObject()) {
          childToken = top.name;
          duplicate = top.duplicate;
          if (!duplicate) {
            map.value(top.node, top.name, offset);
          }
        } else if (top != null) {
          childToken = Integer.toString(top.index++);
          map.item(top.node, offset);
        }
        checkYamlTag(yamlParser, stack, childToken, map, found);
        JsonNode node;
        switch (token) {
          case START_OBJECT:
            node = nodes.objectNode();
            break;
          case START_ARRAY:
            node = nodes.arrayNode();
            break;
          case VALUE_STRING:
            if (yamlParser != null && yamlParser.isCurrentAlias()) {
              String pointer = pointer(stack, childToken);
              found.error(
                  Codes.SYNTAX_YAML_ALIAS,
                  pointer,
                  map.atRaw(offset),
                  "YAML aliases (`*" + parser.getString() + "`) are not supported",
                  "write the content out in full instead of referring to an anchor");
            }
            node = nodes.stringNode(parser.getString());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            node = number(parser, nodes);
            break;
          case VALUE_TRUE:
            node = nodes.booleanNode(true);
            break;
          case VALUE_FALSE:
            node = nodes.booleanNode(false);
            break;
          case VALUE_NULL:
            node = nodes.nullNode();
            break;
          default:
            found.error(
                Codes.SYNTAX,
                pointer(stack, childToken),
                map.atRaw(offset),
                "unsupported value (" + token + "); write a text, a list or an object",
                null);
            node = nodes.nullNode();
            break;
        }
        if (top == null) {
          root = node;
          map.root(node, offset);
        } else if (top.node.isObject()) {
          if (!duplicate) {
            ((ObjectNode) top.node).set(top.name, node);
          }
        } else {
          ((ArrayNode) top.node).add(node);
        }
        if (node.isContainer()) {
          stack.push(new Frame(node, childToken));
        } else if (top == null) {
          break;
        }
      }
      token = parser.nextToken();
      if (token == null) {
        break;
      }
    }
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      Position at = map.atRaw(parser.currentTokenLocation().getCharOffset());
      if (format == Format.YAML) {
        found.error(
            Codes.SYNTAX_TRAILING_CONTENT,
            "",
            at,
            "the file holds more than one YAML document",
            "put each condition in a file of its own, and remove the `---` line");
      } else {
        found.error(
            Codes.SYNTAX_TRAILING_CONTENT,
            "",
            at,
            "unexpected content after the end of the document",
            "a file holds exactly one condition: one `{ ... }` object");
      }
    }
    return root;
  }

  private static void checkYamlTag(
      @Nullable YAMLParser parser,
      Deque<Frame> stack,
      @Nullable String last,
      SourceMap map,
      Found found) {
    if (parser == null) {
      return;
    }
    Object tag = parser.getTypeId();
    if (tag != null) {
      String shown =
          tag.toString().startsWith("tag:yaml.org,2002:")
              ? "!!" + tag.toString().substring("tag:yaml.org,2002:".length())
              : "!" + tag;
      found.error(
          Codes.SYNTAX_YAML_TAG,
          pointer(stack, last),
          map.atRaw(parser.currentTokenLocation().getCharOffset()),
          "YAML tags (`" + shown + "`) are not supported",
          "remove the tag; to make a value a text, put it in quotes");
    }
  }

  private static JsonNode number(JsonParser parser, JsonNodeFactory nodes) {
    switch (parser.getNumberType()) {
      case INT:
        return nodes.numberNode(parser.getIntValue());
      case LONG:
        return nodes.numberNode(parser.getLongValue());
      case BIG_INTEGER:
        return nodes.numberNode(parser.getBigIntegerValue());
      case BIG_DECIMAL:
        return nodes.numberNode(parser.getDecimalValue());
      case FLOAT:
      case DOUBLE:
      default:
        return nodes.numberNode(parser.getDoubleValue());
    }
  }

  private static final Pattern UNEXPECTED =
      Pattern.compile(
          "^Unexpected character \\('(.+?)' \\(code [0-9]+\\)\\): expected a valid value.*");

  private static void syntaxError(
      JacksonException e, @Nullable JsonParser parser, Format format, SourceMap map, Found found) {
    String message = clean(e.getOriginalMessage());
    String hint = null;
    Matcher unexpected = UNEXPECTED.matcher(message);
    if (unexpected.matches()) {
      String c = unexpected.group(1);
      message =
          "unexpected `"
              + c
              + "`: expected a value (a text in double quotes, a number, a"
              + " list, an object, true, false or null)";
      if (c.equals("]") || c.equals("}")) {
        hint = "JSON allows no comma after the last item of a list or an object";
      }
    } else if (message.startsWith("Unexpected end-of-input")) {
      message =
          "the file ends too early: "
              + (format == Format.JSON
                  ? "a closing `}`, `]` or `\"` is missing"
                  : "something is not closed");
    } else if (message.contains("was expecting double-quote to start property name")
        || message.contains("was expecting double-quote to start field name")) {
      hint =
          "property names are written in double quotes, and no comma may follow the last"
              + " property of an object";
      message = "expected a property name in double quotes";
    } else if (message.startsWith("Unexpected character ('''")) {
      hint = "JSON writes texts and property names in double quotes (\"), not single quotes";
    } else if (message.startsWith("Unrecognized token")) {
      hint = "texts are written in double quotes";
    } else if (message.contains("YAML aliases")) {
      found.error(Codes.SYNTAX_YAML_ALIAS, "", position(e, parser, map), message, null);
      return;
    }
    found.error(Codes.SYNTAX, "", position(e, parser, map), message, hint);
  }

  private static Position position(JacksonException e, @Nullable JsonParser parser, SourceMap map) {
    TokenStreamLocation at = e.getLocation();
    if ((at == null || at.getCharOffset() < 0 && at.getLineNr() <= 0) && parser != null) {
      at = parser.currentTokenLocation();
    }
    if (at == null) {
      return Position.START;
    }
    if (at.getCharOffset() >= 0) {
      return map.atRaw(at.getCharOffset());
    }
    if (at.getLineNr() > 0) {
      return map.atLineAndCodePointColumn(at.getLineNr(), Math.max(1, at.getColumnNr()));
    }
    return Position.START;
  }

  /**
   * A parser's message without its location suffix and code excerpts: the first lines of a YAML
   * message that say what is wrong, joined.
   */
  static String clean(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "the document could not be read";
    }
    int cut = message.indexOf("\n at [Source");
    String m = cut >= 0 ? message.substring(0, cut) : message;
    StringBuilder sb = new StringBuilder();
    for (String line : m.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("in reader") || t.equals("^") || line.startsWith("    ")) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(t);
    }
    return sb.length() == 0 ? m.strip() : sb.toString();
  }
}
