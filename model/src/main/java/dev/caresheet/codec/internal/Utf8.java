package dev.caresheet.codec.internal;

import dev.caresheet.codec.ContentException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The codec's strict reading of characters, shared with the validator and the command line, which
 * report the same errors at the same places: UTF-8 decoding and the characters YAML refuses. Not
 * API.
 */
public final class Utf8 {
  private Utf8() {}

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
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
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
        if (c == '\n'
            || (c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n'))) {
          line++;
          lineStart = i + 1;
        }
      }
      throw new ContentException(
          source,
          line,
          before.length() - lineStart + 1,
          "",
          String.format(
              "the file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
              content[bad] & 0xFF, bad),
          null);
    }
  }

  private static int firstMalformedByte(byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), content.length - 1);
  }

  /**
   * Refuses a character that YAML does not allow anywhere in a file (C0 and C1 control characters
   * other than tab, line feed, carriage return and next line; unpaired surrogates; U+FFFE, U+FFFF),
   * at its line and column. The YAML parser refuses them too, but at line 1, column 1 and in words
   * ("special characters are not allowed") that do not say which or where; found by the
   * hostile-input tests.
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
        throw new ContentException(
            source,
            line,
            i - lineStart + 1,
            "",
            String.format("the character U+%04X is not allowed in a YAML file; remove it", (int) c),
            null);
      }
    }
  }
}
