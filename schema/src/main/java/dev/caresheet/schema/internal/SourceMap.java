package dev.caresheet.schema.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Where each value and each property name of a parsed document starts in its source text, looked up
 * by JSON pointer. Filled while the document is parsed, so that every problem of every stage —
 * schema violations and rule violations alike — is reported at the exact line and column of the
 * source, for JSON and YAML.
 *
 * <p>Offsets are kept beside the tree, one slot per value in the container that holds it, so the
 * map grows with the number of values, not with their depth (a pointer is never stored). Lines end
 * at {@code \n}, {@code \r\n} or {@code \r}, as editors count them; columns count UTF-16 code
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
  private final boolean yaml;
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
    this.yaml = codePointOffsets;
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
    while (end < text.length()
        && "\n\r,]}".indexOf(text.charAt(end)) < 0
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

  /**
   * Where a character of a string value is.
   *
   * @param at its line and column
   * @param exact false where the column cannot be known (a folded YAML scalar): then {@code at} is
   *     where the string starts
   */
  public record InString(Position at, boolean exact) {}

  /**
   * Where the character at {@code index} of the string value at {@code pointer} is in the source:
   * the string is read again from where its value starts, undoing JSON escapes and YAML's quoting,
   * escapes, line folding and block indentation. A YAML folded block scalar ({@code >}), an
   * explicit indentation indicator, or a reading that does not give back {@code value} exactly,
   * yields where the value starts, marked as not exact.
   */
  public InString inString(String pointer, String value, int index) {
    int start = find(pointer, false);
    if (index < 0 || index >= value.length() || start >= text.length()) {
      return new InString(at(start), index == 0);
    }
    int[] offsets = new int[value.length()];
    boolean ok = new StringReading(text, start, value, offsets).read(yaml);
    return ok ? new InString(at(offsets[index]), true) : new InString(at(start), false);
  }

  /** Reads a string value again from the source, recording the source offset of each character. */
  private static final class StringReading {
    private final String text;
    private final int start;
    private final String value;
    private final int[] offsets;
    private final StringBuilder out = new StringBuilder();

    /** Output below this length is not stripped by line folding (it came from an escape). */
    private int kept;

    StringReading(String text, int start, String value, int[] offsets) {
      this.text = text;
      this.start = start;
      this.value = value;
      this.offsets = offsets;
    }

    boolean read(boolean yaml) {
      char first = text.charAt(start);
      boolean done;
      if (!yaml) {
        done = first == '"' && json();
      } else if (first == '"') {
        done = flow(start + 1, true);
      } else if (first == '\'') {
        done = flow(start + 1, false);
      } else if (first == '|') {
        done = literal();
      } else if (first == '>') {
        done = false;
      } else {
        done = flow(start, false);
      }
      return done
          && out.length() >= value.length()
          && out.substring(0, value.length()).equals(value);
    }

    private boolean full() {
      return out.length() >= value.length();
    }

    private void emit(char c, int offset) {
      if (out.length() < offsets.length) {
        offsets[out.length()] = offset;
      }
      out.append(c);
    }

    private void emit(String s, int offset) {
      for (int i = 0; i < s.length(); i++) {
        emit(s.charAt(i), offset);
      }
    }

    private boolean json() {
      int i = start + 1;
      int n = text.length();
      while (!full() && i < n) {
        char c = text.charAt(i);
        if (c == '"') {
          return false;
        }
        if (c == '\\' && i + 1 < n) {
          char e = text.charAt(i + 1);
          if (e == 'u' && i + 6 <= n) {
            emit((char) Integer.parseInt(text.substring(i + 2, i + 6), 16), i);
            i += 6;
          } else {
            emit(jsonEscape(e), i);
            i += 2;
          }
        } else {
          emit(c, i);
          i++;
        }
      }
      return full();
    }

    private static char jsonEscape(char e) {
      switch (e) {
        case 'n':
          return '\n';
        case 't':
          return '\t';
        case 'r':
          return '\r';
        case 'b':
          return '\b';
        case 'f':
          return '\f';
        default:
          return e;
      }
    }

    /** A YAML flow scalar: plain, single-quoted or (with escapes) double-quoted. */
    private boolean flow(int from, boolean doubleQuoted) {
      int i = from;
      int n = text.length();
      while (!full() && i < n) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          i = fold(i);
        } else if (doubleQuoted && c == '\\' && i + 1 < n) {
          char e = text.charAt(i + 1);
          if (e == '\n' || e == '\r') {
            i = skipBreakAndIndent(i + 1);
            kept = out.length();
            continue;
          }
          int len = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
          if (len > 0) {
            if (i + 2 + len > n) {
              return false;
            }
            emit(
                new String(
                    Character.toChars(Integer.parseInt(text.substring(i + 2, i + 2 + len), 16))),
                i);
            i += 2 + len;
          } else {
            String decoded = yamlEscape(e);
            if (decoded == null) {
              return false;
            }
            emit(decoded, i);
            i += 2;
          }
          kept = out.length();
        } else if (!doubleQuoted && c == '\'' && from != start) {
          if (i + 1 < n && text.charAt(i + 1) == '\'') {
            emit('\'', i);
            i += 2;
          } else {
            return false;
          }
        } else if (doubleQuoted && c == '"') {
          return false;
        } else {
          emit(c, i);
          i++;
        }
      }
      return full();
    }

    private static @Nullable String yamlEscape(char e) {
      switch (e) {
        case '0':
          return "\u0000";
        case 'a':
          return "\u0007";
        case 'b':
          return "\b";
        case 't':
        case '\t':
          return "\t";
        case 'n':
          return "\n";
        case 'v':
          return "\u000B";
        case 'f':
          return "\f";
        case 'r':
          return "\r";
        case 'e':
          return "\u001B";
        case ' ':
          return " ";
        case '"':
          return "\"";
        case '/':
          return "/";
        case '\\':
          return "\\";
        case 'N':
          return "\u0085";
        case '_':
          return "\u00A0";
        case 'L':
          return "\u2028";
        case 'P':
          return "\u2029";
        default:
          return null;
      }
    }

    /** Line folding of a flow scalar at the line break at {@code i}; returns where to go on. */
    private int fold(int i) {
      while (out.length() > kept
          && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
        out.setLength(out.length() - 1);
      }
      int breakAt = i;
      int blank = 0;
      int j = skipBreakAndIndent(i);
      while (j < text.length() && (text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
        blank++;
        j = skipBreakAndIndent(j);
      }
      if (blank == 0) {
        emit(' ', breakAt);
      } else {
        for (int k = 0; k < blank; k++) {
          emit('\n', breakAt);
        }
      }
      return j;
    }

    private int skipBreakAndIndent(int i) {
      int j = i;
      if (j < text.length() && text.charAt(j) == '\r') {
        j++;
      }
      if (j < text.length() && text.charAt(j) == '\n') {
        j++;
      }
      while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
        j++;
      }
      return j;
    }

    /** A YAML literal block scalar ({@code |}, {@code |-}, {@code |+}), indentation detected. */
    private boolean literal() {
      int n = text.length();
      int i = start + 1;
      while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        char c = text.charAt(i);
        if (c >= '1' && c <= '9') {
          return false;
        }
        if (c == '#') {
          break;
        }
        i++;
      }
      while (i < n && text.charAt(i) != '\n') {
        i++;
      }
      i++;
      int indent = -1;
      while (!full() && i < n) {
        int lineEnd = i;
        while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
          lineEnd++;
        }
        int spaces = 0;
        while (i + spaces < lineEnd && text.charAt(i + spaces) == ' ') {
          spaces++;
        }
        if (indent < 0 && i + spaces < lineEnd) {
          indent = spaces;
        }
        if (indent >= 0 && spaces < indent && i + spaces < lineEnd) {
          return false;
        }
        for (int k = i + Math.min(Math.max(indent, 0), lineEnd - i); k < lineEnd && !full(); k++) {
          emit(text.charAt(k), k);
        }
        if (!full()) {
          emit('\n', lineEnd);
        }
        i =
            lineEnd < n
                    && text.charAt(lineEnd) == '\r'
                    && lineEnd + 1 < n
                    && text.charAt(lineEnd + 1) == '\n'
                ? lineEnd + 2
                : lineEnd + 1;
      }
      return full();
    }
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
