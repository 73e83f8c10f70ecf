package dev.caresheet.cli.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reading request targets strictly: what is not plainly a name of the site is refused, never
 * repaired. The names then only look up in-memory maps; this is a second wall, not the only one.
 */
final class Requests {
  private Requests() {}

  /**
   * The site's name for a raw (still percent-encoded) path: {@code "/"} is {@code index.html},
   * {@code "/a/b.png"} is {@code a/b.png}. Empty when the path is malformed or could name anything
   * outside the site: an invalid or double percent-encoding, invalid UTF-8, a {@code .} or {@code
   * ..} segment or one starting with a dot, an empty segment (a directory), a backslash, NUL or any
   * other control character, or more than {@link PreviewServer#MAX_TARGET} characters.
   */
  static Optional<String> name(String raw) {
    if (raw == null
        || raw.isEmpty()
        || raw.charAt(0) != '/'
        || raw.length() > PreviewServer.MAX_TARGET) {
      return Optional.empty();
    }
    if (raw.equals("/")) {
      return Optional.of("index.html");
    }
    Optional<String> decoded = decode(raw.substring(1));
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String path = decoded.get();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == '%' || (c >= 0x80 && c <= 0x9f)) {
        return Optional.empty();
      }
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.startsWith(".")) {
        return Optional.empty();
      }
    }
    return Optional.of(path);
  }

  /** The parameters of a raw query string, each decoded strictly; malformed ones are left out. */
  static Map<String, String> query(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw == null || raw.length() > PreviewServer.MAX_TARGET) {
      return params;
    }
    for (String pair : raw.split("&", 16)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      Optional<String> key = decode(pair.substring(0, eq));
      Optional<String> value = decode(pair.substring(eq + 1));
      if (key.isPresent() && value.isPresent()) {
        params.putIfAbsent(key.get(), value.get());
      }
    }
    return params;
  }

  /** Whether a Host header is an IPv4 or bracketed IPv6 literal with this port. */
  static boolean isIpLiteralWithPort(String host, int port) {
    String suffix = ":" + port;
    if (!host.endsWith(suffix)) {
      return false;
    }
    String address = host.substring(0, host.length() - suffix.length());
    if (address.startsWith("[") && address.endsWith("]")) {
      return address.length() > 2
          && address.substring(1, address.length() - 1).matches("[0-9a-f:.]+");
    }
    String[] parts = address.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!part.matches("[0-9]{1,3}") || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /** Percent-decoding into strict UTF-8; empty on a malformed escape or invalid UTF-8. */
  static Optional<String> decode(String s) {
    if (s.indexOf('%') < 0) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) >= 0x80) {
          return Optional.empty(); // a raw target is ASCII
        }
      }
      return Optional.of(s);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c >= 0x80) {
        return Optional.empty();
      } else {
        bytes.write(c);
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
