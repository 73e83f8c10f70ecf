package dev.caresheet.schema.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value and each property name of a parsed document starts in its source text, by JSON
 * pointer. Filled while the document is parsed, so that every problem of every stage — schema
 * violations and rule violations alike — is reported at the exact line and column of the source,
 * for JSON and YAML.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or {@code \r}, as editors count them; columns count
 * UTF-16 code units. The YAML parser reports offsets in code points, which are converted.
 */
public final class SourceMap {

  private final String text;
  private final int[] lineStarts;
  private final boolean codePointOffsets;
  private final Map<String, Integer> values = new HashMap<>();
  private final Map<String, Integer> keys = new HashMap<>();
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

  /** Records where the value at {@code pointer} starts; the parser's raw offset. */
  void value(String pointer, long rawOffset) {
    values.putIfAbsent(pointer, chars(rawOffset));
  }

  /** Records where the property name of the value at {@code pointer} starts. */
  void key(String pointer, long rawOffset) {
    keys.putIfAbsent(pointer, chars(rawOffset));
  }

  /** Whether the document has a value at {@code pointer}. */
  public boolean has(String pointer) {
    return values.containsKey(pointer);
  }

  /**
   * Where the value at {@code pointer} starts; for a pointer to nothing, where its nearest existing
   * ancestor starts.
   */
  public Position valueAt(String pointer) {
    String p = pointer;
    while (true) {
      Integer offset = values.get(p);
      if (offset != null) {
        return at(offset);
      }
      if (p.isEmpty()) {
        return Position.START;
      }
      p = Pointers.parent(p);
    }
  }

  /**
   * Where the property name of the value at {@code pointer} starts; for an array item or the root,
   * where the value starts.
   */
  public Position keyAt(String pointer) {
    Integer offset = keys.get(pointer);
    return offset != null ? at(offset) : valueAt(pointer);
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

  /** The text the map describes. */
  public String text() {
    return text;
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
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        count++;
      }
    }
    int[] starts = new int[count];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts[n++] = i + 1;
      }
    }
    return starts;
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
