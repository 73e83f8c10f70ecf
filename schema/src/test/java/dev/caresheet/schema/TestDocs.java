package dev.caresheet.schema;

import dev.caresheet.codec.Format;
import dev.caresheet.schema.internal.Pointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Test helpers: writing trees the way people write files, finding where things are in a text
 * without the validator's help, and knowing from the schema which values a mutation may target.
 */
final class TestDocs {
  private TestDocs() {}

  static final ObjectMapper JSON;
  static final ObjectMapper YAML;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    JSON =
        JsonMapper.builder()
            .defaultPrettyPrinter(printer)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    YAML =
        YAMLMapper.builder(
                YAMLFactory.builder()
                    .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                    .disable(YAMLWriteFeature.SPLIT_LINES)
                    .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                    .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                    .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                    .build())
            .build();
  }

  /** A tree as text in a format. */
  static String write(JsonNode tree, Format format) {
    return (format == Format.JSON ? JSON : YAML).writeValueAsString(tree);
  }

  /** A place in a text: 1-based line and UTF-16 column. */
  record Place(int line, int column) {
    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  /**
   * The place of a UTF-16 index, counting lines as editors do ({@code \n}, {@code \r\n}, {@code
   * \r}).
   */
  static Place placeOf(String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Place(line, index - lineStart + 1);
  }

  /**
   * Where a unique marker starts in a text, counting an opening quote as part of it (a quoted value
   * starts at its quote).
   */
  static Place placeOfMarker(String text, String marker) {
    int index = text.indexOf(marker);
    if (index < 0 || text.indexOf(marker, index + 1) >= 0) {
      throw new AssertionError("marker " + marker + " must occur exactly once in:\n" + text);
    }
    if (index > 0 && (text.charAt(index - 1) == '"' || text.charAt(index - 1) == '\'')) {
      index--;
    }
    return placeOf(text, index);
  }

  /**
   * Where the value at a JSON pointer starts, found by an independent parser (SnakeYAML's composer,
   * which reads JSON as YAML flow style), its code-point column converted to UTF-16.
   */
  static Place placeOfPointer(String text, String pointer) {
    return placeOf(text, pointer, false);
  }

  /** Where the property name of the value at a JSON pointer starts (the value, for an item). */
  static Place placeOfKey(String text, String pointer) {
    return placeOf(text, pointer, true);
  }

  private static Place placeOf(String text, String pointer, boolean key) {
    Node node =
        new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build())
            .composeString(text)
            .orElseThrow();
    List<String> tokens = Pointers.tokens(pointer);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (node instanceof MappingNode) {
        Node next = null;
        for (NodeTuple t : ((MappingNode) node).getValue()) {
          if (((ScalarNode) t.getKeyNode()).getValue().equals(token)) {
            next = key && i == tokens.size() - 1 ? t.getKeyNode() : t.getValueNode();
          }
        }
        node = next;
      } else {
        node = ((SequenceNode) node).getValue().get(Integer.parseInt(token));
      }
      if (node == null) {
        throw new AssertionError("no value at " + pointer);
      }
    }
    Mark mark = node.getStartMark().orElseThrow();
    String[] lines = text.split("\r\n|\r|\n", -1);
    String lineText = lines[mark.getLine()];
    return new Place(mark.getLine() + 1, lineText.offsetByCodePoints(0, mark.getColumn()) + 1);
  }

  /** The position of a problem. */
  static Place placeOf(Problem p) {
    return new Place(p.line(), p.column());
  }

  /** A value of a document with the schema that describes it. */
  record Site(String pointer, JsonNode value, JsonNode schema) {}

  /** Every value of a tree, the root first, each with its schema (following local $refs). */
  static List<Site> sites(JsonNode tree, JsonNode rootSchema) {
    List<Site> sites = new ArrayList<>();
    collect("", tree, resolve(rootSchema, rootSchema), rootSchema, sites);
    return sites;
  }

  private static void collect(
      String pointer, JsonNode value, JsonNode schema, JsonNode root, List<Site> sites) {
    sites.add(new Site(pointer, value, schema));
    if (value.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        JsonNode child = schema.path("properties").path(e.getKey());
        collect(
            Pointers.child(pointer, e.getKey()), e.getValue(), resolve(child, root), root, sites);
      }
    } else if (value.isArray()) {
      JsonNode items = resolve(schema.path("items"), root);
      for (int i = 0; i < value.size(); i++) {
        collect(Pointers.child(pointer, i), value.get(i), items, root, sites);
      }
    }
  }

  /** A schema with its $ref chain followed. */
  static JsonNode resolve(JsonNode schema, JsonNode root) {
    JsonNode s = schema;
    while (s.has("$ref")) {
      s = root.at(s.get("$ref").asString().substring(1));
    }
    return s;
  }

  /** The value at a pointer's parent, for editing. */
  static JsonNode parentOf(JsonNode tree, String pointer) {
    return tree.at(Pointers.parent(pointer));
  }
}
