package dev.caresheet.render.html.internal;

import org.jspecify.annotations.Nullable;

/**
 * The URLs of the HTML renderer: which URLs may appear in a link at all (by the schemes of {@link
 * HtmlPolicy#SCHEMES}), and how a kept URL is written so that it is a valid URL string (the W3C Nu
 * checker rejects, for example, a {@code "} or a space in a path).
 *
 * <p>A URL is <b>kept</b> if it has no scheme (a relative reference such as {@code "#causes"} or
 * {@code "migraine.html"}) or if its scheme is exactly {@code http}, {@code https}, {@code mailto}
 * or {@code tel} (in any case). Everything else is <b>dropped</b>: {@code javascript:}, {@code
 * data:}, {@code vbscript:}, and any scheme hidden behind white space or control characters ({@code
 * " java\tscript:"}), because anything before the first {@code :} that is not exactly an allowed
 * scheme counts as an unknown scheme. No regular expressions: this runs for every link.
 */
public final class Urls {
  private Urls() {}

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * The URL to write, or {@code null} if it must be dropped. A kept URL has every character that
   * may not appear unescaped in a valid URL percent-encoded (as UTF-8): spaces, control characters,
   * {@code " < > \ ^ ` { | }}, a {@code %} not followed by two hex digits, a second {@code #},
   * square brackets outside the host, lone surrogates and noncharacters.
   */
  public static @Nullable String sanitize(String url) {
    int n = url.length();
    for (int i = 0; i < n; i++) {
      char c = url.charAt(i);
      if (c == ':') {
        if (!HtmlPolicy.isAllowedScheme(url, i)) {
          return null;
        }
        break;
      }
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
    }
    return encode(url);
  }

  /**
   * A URL resolved against an absolute base URL: the URL itself when it is absolute already, {@code
   * null} when it is dropped by {@link #sanitize(String)} or cannot be resolved.
   */
  public static @Nullable String absolute(java.net.URI base, String url) {
    String kept = sanitize(url);
    if (kept == null) {
      return null;
    }
    try {
      return base.resolve(new java.net.URI(kept)).toString();
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether a sanitized URL leads off the page's site: an absolute http(s) or network-path URL. */
  public static boolean isExternal(String url) {
    return url.startsWith("//")
        || url.regionMatches(true, 0, "http:", 0, 5)
        || url.regionMatches(true, 0, "https:", 0, 6);
  }

  private static String encode(String url) {
    int n = url.length();
    int authorityEnd = authorityEnd(url);
    boolean inFragment = false;
    StringBuilder sb = null;
    for (int i = 0; i < n; i++) {
      char c = url.charAt(i);
      int width = 1;
      int codePoint = c;
      boolean keep;
      if (c < 0x80) {
        if (c == '#') {
          keep = !inFragment;
          inFragment = true;
        } else if (c == '%') {
          keep = i + 2 < n && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2));
        } else if (c == '[' || c == ']') {
          keep = i < authorityEnd;
        } else {
          keep = isUrlCodePoint(c);
        }
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(url.charAt(i + 1))) {
        codePoint = Character.toCodePoint(c, url.charAt(i + 1));
        width = 2;
        keep = (codePoint & 0xFFFE) != 0xFFFE;
      } else if (Character.isSurrogate(c)) {
        codePoint = 0xFFFD;
        keep = false;
      } else {
        keep = c > 0x9F && !(c >= 0xFDD0 && c <= 0xFDEF) && c != 0xFFFE && c != 0xFFFF;
      }
      if (keep) {
        if (sb != null) {
          sb.append(url, i, i + width);
        }
      } else {
        if (sb == null) {
          sb = new StringBuilder(n + 16).append(url, 0, i);
        }
        percentEncode(codePoint, sb);
      }
      i += width - 1;
    }
    return sb == null ? url : sb.toString();
  }

  /** The index just past the authority ({@code //host:port}) of the URL, or 0 if it has none. */
  private static int authorityEnd(String url) {
    int start;
    if (url.startsWith("//")) {
      start = 2;
    } else {
      int colon = url.indexOf(':');
      if (colon < 0 || !url.startsWith("//", colon + 1)) {
        return 0;
      }
      start = colon + 3;
    }
    for (int i = start; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '\\') {
        return i;
      }
    }
    return url.length();
  }

  /** The ASCII URL code points of the URL Standard, less {@code %} and {@code #}. */
  private static boolean isUrlCodePoint(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    switch (c) {
      case '!':
      case '$':
      case '&':
      case '\'':
      case '(':
      case ')':
      case '*':
      case '+':
      case ',':
      case '-':
      case '.':
      case '/':
      case ':':
      case ';':
      case '=':
      case '?':
      case '@':
      case '_':
      case '~':
        return true;
      default:
        return false;
    }
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static void percentEncode(int codePoint, StringBuilder sb) {
    if (codePoint < 0x80) {
      byteOut(codePoint, sb);
    } else if (codePoint < 0x800) {
      byteOut(0xC0 | (codePoint >> 6), sb);
      byteOut(0x80 | (codePoint & 0x3F), sb);
    } else if (codePoint < 0x10000) {
      byteOut(0xE0 | (codePoint >> 12), sb);
      byteOut(0x80 | ((codePoint >> 6) & 0x3F), sb);
      byteOut(0x80 | (codePoint & 0x3F), sb);
    } else {
      byteOut(0xF0 | (codePoint >> 18), sb);
      byteOut(0x80 | ((codePoint >> 12) & 0x3F), sb);
      byteOut(0x80 | ((codePoint >> 6) & 0x3F), sb);
      byteOut(0x80 | (codePoint & 0x3F), sb);
    }
  }

  private static void byteOut(int b, StringBuilder sb) {
    sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
  }
}
