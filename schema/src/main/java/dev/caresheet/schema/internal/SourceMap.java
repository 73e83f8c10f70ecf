package dev.caresheet.schema.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Where each value and each property name of a parsed document starts in its source text, looked
 * up by JSON pointer. Filled while the document is parsed, so that every problem of every stage —
 * schema violations and rule violations alike — is reported at the exact line and column of the
 * source, for JSON and YAML.
 *
 * <p>Offsets are kept beside the tree, one slot per value in the container that holds it, so the
 * map grows with the number of values, not with their depth (a pointer is never stored). Lines
 * end at {@code \n}, {@code \r\n} or {@code \r}, as editors count them; columns count UTF-16 code
 * units. The YAML parser reports offsets in code points, which are converted.
 */
public final class SourceMap {

  /** The offsets of the children of one object or array, in the order they were read. */
  private static final class Slots {
    @Nullable Map<String, Integer> names;
    int[] keys = new int[4];
    int[] values = new int[4];
    int size;

    int add(int keyOffset) {
      if (size == values.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = keyOffset;
      values[size] = keyOffset;
      return size++;
    }
  }

  private final String text;
  private final int[] lineStarts;
  private final boolean codePointOffsets;
  private final IdentityHashMap<JsonNode, Slots> slots = new IdentityHashMap<>();
  private @Nullable JsonNode root;
  private int rootOffset;
  private long cursorCodePoints;
  private int cursorChars;

  /**
   * A map for a text.
   *
   * @param text the text exactly as parsed (after any byte-order mark was removed)
   * @param codePointOffsets whether the parser reports offsets in code points (YAML) rather than
   *     UTF-16 code units (JSON)
   */
  public SourceMap(String text, boolean codePointOffsets) {
    this.text = text;
    this.lineStarts = lineStarts(text);
    this.codePointOffsets = codePointOffsets && hasSurrogates(text);
  }

  /** Records the root value and where it starts; the parser's raw offset. */
  void root(JsonNode node, long rawOffset) {
    root = node;
    rootOffset = chars(rawOffset);
  }

  /** Records where the name of property {@code name} of {@code object} starts. */
  void key(JsonNode object, String name, long rawOffset) {
    Slots s = slots.computeIfAbsent(object, o -> new Slots());
    if (s.names == null) {
      s.names = new HashMap<>();
    }
    s.names.put(name, s.add(chars(rawOffset)));
  }

  /** Records where the value of property {@code name} of {@code object} starts. */
  void value(JsonNode object, String name, long rawOffset) {
    Slots s = slots.get(object);
    Integer i = s == null || s.names == null ? null : s.names.get(name);
    if (i != null) {
      s.values[i] = chars(rawOffset);
    }
  }

  /** Records where the next item of {@code array} starts. */
  void item(JsonNode array, long rawOffset) {
    Slots s = slots.computeIfAbsent(array, a -> new Slots());
    int i = s.add(0);
    s.values[i] = chars(rawOffset);
  }

  /**
   * Where the value at {@code pointer} starts; for a pointer to nothing, where its nearest existing
   * ancestor starts.
   */
  public Position valueAt(String pointer) {
    return at(find(pointer, false));
  }

  /**
   * The source text of the plain (unquoted) scalar at {@code pointer}, as written: {@code 0x1F}
   * where the parser read 31. Empty when there is none on that line.
   */
  public String plainScalarAt(String pointer) {
    int start = find(pointer, false);
    if (start < 0 || start >= text.length()) {
      return "";
    }
    int end = start;
    while (end < text.length() && "\n\r,]}".indexOf(text.charAt(end)) < 0
        && !(text.charAt(end) == '#' && end > start && text.charAt(end - 1) == ' ')) {
      end++;
    }
    return text.substring(start, end).strip();
  }

  /**
   * Where the property name of the value at {@code pointer} starts; for an array item or the root,
   * where the value starts.
   */
  public Position keyAt(String pointer) {
    return at(find(pointer, true));
  }

  private int find(String pointer, boolean key) {
    JsonNode node = root;
    int offset = rootOffset;
    List<String> tokens = Pointers.tokens(pointer);
    for (int t = 0; t < tokens.size() && node != null; t++) {
      String token = tokens.get(t);
      Slots s = slots.get(node);
      if (s == null) {
        break;
      }
      int i;
      if (node.isObject()) {
        Integer index = s.names == null ? null : s.names.get(token);
        if (index == null) {
          break;
        }
        i = index;
        node = node.get(token);
        offset = key && t == tokens.size() - 1 ? s.keys[i] : s.values[i];
      } else {
        i = index(token);
        if (i < 0 || i >= s.size) {
          break;
        }
        node = node.get(i);
        offset = s.values[i];
      }
    }
    return offset;
  }

  /** The position of a parser's raw offset. */
  public Position atRaw(long rawOffset) {
    return at(chars(rawOffset));
  }

  /** The position of a UTF-16 offset into the text. */
  public Position at(int charOffset) {
    int offset = Math.max(0, Math.min(charOffset, text.length()));
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return new Position(low + 1, offset - lineStarts[low] + 1);
  }

  /**
   * The position of a 1-based line and a 1-based column counted in code points, as the YAML parser
   * reports errors without an offset.
   */
  public Position atLineAndCodePointColumn(int line, int codePointColumn) {
    if (line < 1 || line > lineStarts.length) {
      return Position.START;
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    int offset = start;
    for (int i = 1; i < codePointColumn && offset < end; i++) {
      offset += Character.charCount(text.codePointAt(offset));
    }
    return at(offset);
  }

  private static int index(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private int chars(long rawOffset) {
    if (rawOffset < 0) {
      return 0;
    }
    if (!codePointOffsets) {
      return (int) Math.min(rawOffset, text.length());
    }
    if (rawOffset < cursorCodePoints) {
      cursorCodePoints = 0;
      cursorChars = 0;
    }
    while (cursorCodePoints < rawOffset && cursorChars < text.length()) {
      cursorChars += Character.charCount(text.codePointAt(cursorChars));
      cursorCodePoints++;
    }
    return cursorChars;
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 1;
    if (text.indexOf('\r') < 0) {
      // The usual case, \n only: String.indexOf scans many characters at a time.
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
      return Arrays.copyOf(starts, n);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  private static boolean hasSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
