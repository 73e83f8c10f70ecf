package dev.caresheet.render.html;

import dev.caresheet.render.html.internal.Urls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes HTML to an {@link Appendable}, and is the <b>one place that escapes</b>: part renderers
 * never escape by hand, and a part renderer that writes only through this class cannot produce
 * markup from content, whatever the content is.
 *
 * <ul>
 *   <li>{@link #text(String)} escapes {@code & < >}; attribute values are always escaped and
 *       double-quoted ({@code & < > "}).
 *   <li>Tag and attribute names are names the calling code chose: they must be lower-case ASCII
 *       names ({@code [a-z][a-z0-9-]*}), so content cannot form markup through them either.
 *   <li>Elements that would run code, load plug-in content, change the whole document or switch the
 *       HTML parser into a mode where escaping no longer protects ({@code script}, {@code style},
 *       {@code iframe}, {@code object}, {@code embed}, {@code base}, {@code svg}, {@code math},
 *       {@code noscript}, …) cannot be opened; the only script this writer writes is the inert
 *       data block of {@link #jsonLd(String)}.
 *   <li>Event-handler attributes ({@code on*}), {@code style}, {@code srcdoc}, {@code srcset},
 *       {@code ping} and {@code http-equiv} are refused.
 *   <li>URL attributes ({@code href}, {@code src}, {@code cite}, {@code action}, …) go through a
 *       sanitizer that keeps relative URLs and the schemes {@code http}, {@code https},
 *       {@code mailto} and {@code tel}, and <em>drops the attribute</em> for anything else ({@code javascript:},
 *       {@code data:}, …); kept URLs are percent-encoded where a valid URL needs it. A link
 *       ({@code <a>}) to an absolute http(s) URL gets {@code rel="noopener noreferrer"}.
 *   <li>Characters that may not appear in an HTML document (controls other than white space,
 *       noncharacters, lone surrogates) are written as U+FFFD.
 * </ul>
 *
 * <p>There is deliberately no {@code raw()} method: an escape hatch for unescaped markup would make
 * the guarantee above false for every publisher's renderer, and no built-in renderer needs one.
 *
 * <p>Misuse fails at once: a refused element or attribute, an odd number of attribute arguments, a
 * duplicate attribute, or closing an element that is not the innermost open one throws {@link
 * IllegalArgumentException} or {@link IllegalStateException}. A failing {@code Appendable} surfaces
 * as {@link UncheckedIOException} (the renderer turns it back into the {@link IOException} of
 * {@link dev.caresheet.render.Renderer#render(dev.caresheet.model.Condition, Appendable)}), so that
 * calls chain and fit in lambdas.
 *
 * <p>A writer belongs to one rendering on one thread; it is not thread-safe.
 */
public final class HtmlWriter {

  /** The void elements: they have no content and no end tag. */
  private static final Set<String> VOID_ELEMENTS =
      Set.of("area", "br", "col", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

  /** Elements no part renderer may write (see the class comment). */
  private static final Set<String> REFUSED_ELEMENTS = Set.of(
      "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "portal",
      "fencedframe", "base", "noscript", "noembed", "noframes", "xmp", "plaintext", "svg", "math",
      "param");

  /** Attributes that hold one URL: sanitized, and dropped when unsafe. */
  private static final Set<String> URL_ATTRIBUTES = Set.of(
      "href", "src", "cite", "action", "formaction", "poster", "data", "background", "codebase",
      "longdesc", "manifest", "itemid");

  /** Attributes refused besides event handlers: they carry code, CSS, HTML or URL lists. */
  private static final Set<String> REFUSED_ATTRIBUTES =
      Set.of("style", "srcdoc", "srcset", "imagesrcset", "ping", "http-equiv");

  private static final String[] NO_ATTRIBUTES = new String[0];

  private final Appendable out;
  private final @Nullable Writer writer;
  private final Deque<String> open = new ArrayDeque<>();
  private boolean written;
  private boolean atLineStart = true;

  /**
   * A writer appending to {@code out}.
   *
   * @param out where the HTML goes; a {@link StringBuilder} or a {@link Writer}, typically
   */
  public HtmlWriter(Appendable out) {
    this.out = Objects.requireNonNull(out, "out");
    this.writer = out instanceof Writer ? (Writer) out : null;
  }

  /**
   * Whether a URL would be kept in a link: a relative URL, or one whose scheme is {@code http},
   * {@code https}, {@code mailto} or {@code tel}. A part renderer can use it to write plain text instead of a
   * link whose {@code href} would be dropped.
   *
   * @param url a URL, as a document gives it
   * @return whether a link to it would be kept
   */
  public static boolean isSafeUrl(String url) {
    return Urls.sanitize(Objects.requireNonNull(url, "url")) != null;
  }

  /**
   * Writes {@code <!DOCTYPE html>}.
   *
   * @return this writer
   * @throws IllegalStateException if anything has been written already
   */
  public HtmlWriter doctype() {
    if (written) {
      throw new IllegalStateException("the doctype must come first");
    }
    return raw("<!DOCTYPE html>");
  }

  /**
   * Writes the start tag of an element, with attributes given as name, value pairs: {@code
   * open("a", "href", url, "class", "ref")}.
   *
   * @param tag the element's name, lower case
   * @param attributes names and values, alternating
   * @return this writer
   * @throws IllegalArgumentException if the element or an attribute is refused, the pairs are
   *     uneven or a name repeats
   */
  public HtmlWriter open(String tag, String... attributes) {
    startTag(tag, attributes, false);
    open.push(tag);
    return this;
  }

  /**
   * Writes the start tag of an element, with attributes in the map's iteration order.
   *
   * @param tag the element's name, lower case
   * @param attributes values by name
   * @return this writer
   */
  public HtmlWriter open(String tag, Map<String, String> attributes) {
    return open(tag, pairs(attributes));
  }

  /**
   * Writes the end tag of the innermost open element.
   *
   * @param tag the element's name, as it was opened
   * @return this writer
   * @throws IllegalStateException if {@code tag} is not the innermost open element
   */
  public HtmlWriter close(String tag) {
    String innermost = open.peek();
    if (!Objects.requireNonNull(tag, "tag").equals(innermost)) {
      throw new IllegalStateException(innermost == null
          ? "cannot close <" + tag + ">: no element is open"
          : "cannot close <" + tag + ">: the innermost open element is <" + innermost + ">");
    }
    open.pop();
    return raw("</").raw(tag).raw(">");
  }

  /**
   * Writes a void element ({@code br}, {@code meta}, {@code link}, {@code img}, {@code hr}, …),
   * which has no content and no end tag.
   *
   * @param tag the element's name, lower case
   * @param attributes names and values, alternating
   * @return this writer
   * @throws IllegalArgumentException if {@code tag} is not a void element, or as {@link
   *     #open(String, String...)}
   */
  public HtmlWriter voidElement(String tag, String... attributes) {
    startTag(tag, attributes, true);
    return this;
  }

  /**
   * Writes a void element, with attributes in the map's iteration order.
   *
   * @param tag the element's name, lower case
   * @param attributes values by name
   * @return this writer
   */
  public HtmlWriter voidElement(String tag, Map<String, String> attributes) {
    return voidElement(tag, pairs(attributes));
  }

  /**
   * Writes an element with text content: {@code open(tag, attributes).text(text).close(tag)}.
   *
   * @param tag the element's name, lower case
   * @param text the element's content, escaped
   * @param attributes names and values, alternating
   * @return this writer
   */
  public HtmlWriter element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /**
   * Writes text, escaped. Line feeds stay line feeds, which HTML shows as spaces; use {@link
   * #multilineText(String)} where a line feed in the content is meant as a line break.
   *
   * @param text any text
   * @return this writer
   */
  public HtmlWriter text(String text) {
    escape(Objects.requireNonNull(text, "text"), false, false);
    return this;
  }

  /**
   * Writes text, escaped, with each line feed written as a {@code <br>} line break: how the
   * built-in renderers write every content text, since the model allows line feeds in texts only
   * where an author put one deliberately. Use it only where phrasing content is allowed (not in
   * {@code <title>} or {@code <option>}).
   *
   * @param text any text
   * @return this writer
   */
  public HtmlWriter multilineText(String text) {
    escape(Objects.requireNonNull(text, "text"), false, true);
    return this;
  }

  /**
   * Writes a {@code <br>} line break.
   *
   * @return this writer
   */
  public HtmlWriter lineBreak() {
    return raw("<br>");
  }

  /**
   * Ends the current source line, unless nothing has been written on it: formatting only.
   *
   * @return this writer
   */
  public HtmlWriter newline() {
    if (!atLineStart) {
      append("\n");
      atLineStart = true;
    }
    return this;
  }

  /**
   * Writes a {@code <script type="application/ld+json">} data block holding {@code json}. Safe for
   * any input: every {@code <}, {@code >} and {@code &}, the line terminators U+2028 and U+2029,
   * and every character not allowed in HTML are written as {@code \\uXXXX} JSON escapes. In valid
   * JSON those characters can occur only inside strings, where the escape means the same
   * character, so the JSON is unchanged in meaning; and whatever {@code json} holds, nothing in it
   * can end the script element or start a comment in it.
   *
   * @param json a JSON document
   * @return this writer
   */
  public HtmlWriter jsonLd(String json) {
    Objects.requireNonNull(json, "json");
    raw("<script type=\"application/ld+json\">");
    int n = json.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = json.charAt(i);
      boolean escape;
      if (c >= 0x20 && c < 0x7F) {
        escape = c == '<' || c == '>' || c == '&';
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(json.charAt(i + 1))) {
        char low = json.charAt(i + 1);
        if (low == '\uDFFE' || low == '\uDFFF') {
          appendRange(json, run, i);
          jsonEscape(c);
          jsonEscape(low);
          run = i + 2;
        }
        i++;
        continue;
      } else {
        escape = c == '\u2028' || c == '\u2029' || isForbidden(c) || Character.isSurrogate(c);
      }
      if (escape) {
        appendRange(json, run, i);
        jsonEscape(c);
        run = i + 1;
      }
    }
    appendRange(json, run, n);
    return raw("</script>");
  }

  /** {@return how many elements are open} */
  public int depth() {
    return open.size();
  }

  /**
   * The innermost open element, if any.
   *
   * @return the tag name, or {@code null} when no element is open
   */
  public @Nullable String current() {
    return open.peek();
  }

  /**
   * Elements known to pass the checks of {@link #startTag}, with whether each is void: every
   * element the built-in renderers write. One look-up instead of the checks, on every element.
   */
  private static final Map<String, Boolean> ALLOWED_ELEMENTS = allowedElements();

  /** Attributes known to pass {@link #checkAttribute} that hold no URL. */
  private static final Set<String> PLAIN_ATTRIBUTES = Set.of(
      "class", "id", "lang", "dir", "role", "aria-labelledby", "aria-label", "datetime", "rel",
      "type", "name", "content", "charset");

  private static Map<String, Boolean> allowedElements() {
    Map<String, Boolean> allowed = new java.util.HashMap<>();
    for (String tag : List.of("html", "head", "title", "body", "main", "article", "header",
        "footer", "section", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol",
        "li", "dl", "dt", "dd", "div", "span", "strong", "em", "a", "cite", "time")) {
      allowed.put(tag, false);
    }
    for (String tag : List.of("br", "meta", "link")) {
      allowed.put(tag, true);
    }
    for (String tag : allowed.keySet()) {
      checkName(tag, "element");
      if (REFUSED_ELEMENTS.contains(tag) || allowed.get(tag) != VOID_ELEMENTS.contains(tag)) {
        throw new AssertionError(tag);
      }
    }
    return Map.copyOf(allowed);
  }

  private void startTag(String tag, String[] attributes, boolean isVoid) {
    Boolean knownVoid = ALLOWED_ELEMENTS.get(Objects.requireNonNull(tag, "element"));
    if (knownVoid == null) {
      checkName(tag, "element");
      if (REFUSED_ELEMENTS.contains(tag)) {
        throw new IllegalArgumentException("<" + tag + "> is refused: it would run code, load active"
            + " content or defeat escaping (JSON-LD goes through jsonLd())");
      }
    }
    if (isVoid != (knownVoid != null ? knownVoid : VOID_ELEMENTS.contains(tag))) {
      throw new IllegalArgumentException(isVoid
          ? "<" + tag + "> is not a void element: use open() and close()"
          : "<" + tag + "> is a void element: use voidElement()");
    }
    int n = attributes.length;
    if ((n & 1) != 0) {
      throw new IllegalArgumentException(
          "attributes come in name, value pairs; got " + n + " strings for <" + tag + ">");
    }
    boolean link = tag.equals("a");
    boolean external = false;
    boolean hasRel = false;
    for (int i = 0; i < n; i += 2) {
      String name = attributes[i];
      if (!PLAIN_ATTRIBUTES.contains(Objects.requireNonNull(name, "attribute"))) {
        checkAttribute(tag, name);
      }
      if (attributes[i + 1] == null) {
        throw new NullPointerException("value of attribute " + name);
      }
      for (int j = 0; j < i; j += 2) {
        if (attributes[j].equals(name)) {
          throw new IllegalArgumentException("attribute " + name + " given twice for <" + tag + ">");
        }
      }
      if (link && name.equals("href")) {
        String href = Urls.sanitize(attributes[i + 1]);
        external = href != null && Urls.isExternal(href);
      } else if (name.equals("rel")) {
        hasRel = true;
      }
    }
    raw("<").raw(tag);
    for (int i = 0; i < n; i += 2) {
      String name = attributes[i];
      String value = attributes[i + 1];
      if (PLAIN_ATTRIBUTES.contains(name)) {
        if (external && name.equals("rel")) {
          value = withTokens(value, "noopener", "noreferrer");
        }
      } else if (URL_ATTRIBUTES.contains(name)) {
        value = Urls.sanitize(value);
        if (value == null) {
          continue;
        }
      } else if (external && name.equals("rel")) {
        value = withTokens(value, "noopener", "noreferrer");
      }
      raw(" ").raw(name).raw("=\"");
      escape(value, true, false);
      raw("\"");
    }
    if (external && !hasRel) {
      raw(" rel=\"noopener noreferrer\"");
    }
    raw(">");
  }

  private static void checkName(String name, String what) {
    Objects.requireNonNull(name, what);
    int n = name.length();
    boolean ok = n > 0 && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
    for (int i = 1; ok && i < n; i++) {
      char c = name.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "not a lower-case " + what + " name ([a-z][a-z0-9-]*): \"" + name + "\"");
    }
  }

  private static void checkAttribute(String tag, String name) {
    checkName(name, "attribute");
    if (name.startsWith("on") || REFUSED_ATTRIBUTES.contains(name)) {
      throw new IllegalArgumentException("attribute " + name + " on <" + tag + "> is refused:"
          + " event handlers, inline CSS, embedded HTML and URL lists cannot be written");
    }
  }

  /** The value with each token added unless already there (ASCII case-insensitively). */
  private static String withTokens(String value, String... tokens) {
    StringBuilder sb = new StringBuilder(value);
    for (String token : tokens) {
      if (!hasToken(value, token)) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(token);
      }
    }
    return sb.toString();
  }

  private static boolean hasToken(String value, String token) {
    int n = value.length();
    int i = 0;
    while (i < n) {
      while (i < n && isAsciiSpace(value.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isAsciiSpace(value.charAt(i))) {
        i++;
      }
      if (i - start == token.length() && value.regionMatches(true, start, token, 0, token.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private static String[] pairs(Map<String, String> attributes) {
    if (attributes.isEmpty()) {
      return NO_ATTRIBUTES;
    }
    String[] pairs = new String[attributes.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = e.getValue();
    }
    return pairs;
  }

  /**
   * Whether a character may not appear in an HTML document: a control other than ASCII white
   * space, or a BMP noncharacter. (Astral noncharacters and lone surrogates are handled where
   * surrogates are.)
   */
  private static boolean isForbidden(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }
    if (c < 0x7F) {
      return false;
    }
    return c <= 0x9F || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF;
  }

  /**
   * The ASCII characters that text and attribute values write as they are: printable, and none of
   * {@code & < > "}. (Attribute values also escape {@code "}, which {@link #escape} checks.)
   */
  private static final boolean[] PLAIN_ASCII = new boolean[128];

  static {
    for (char c = 0x20; c < 0x7F; c++) {
      PLAIN_ASCII[c] = c != '&' && c != '<' && c != '>' && c != '"';
    }
  }

  private void escape(String s, boolean attribute, boolean breaks) {
    int n = s.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      // Fast path, nearly every character of real text: plain ASCII, or a BMP character from
      // U+00A0 up to the surrogates (Latin, Cyrillic, Greek, CJK, punctuation such as ’ “ –),
      // none of which is escaped or replaced.
      if (c < 0x80 ? PLAIN_ASCII[c] : c >= 0xA0 && c < 0xD800) {
        continue;
      }
      if (c >= 0x20 && c < 0x7F) {
        String replacement;
        switch (c) {
          case '&':
            replacement = "&amp;";
            break;
          case '<':
            replacement = "&lt;";
            break;
          case '>':
            replacement = "&gt;";
            break;
          case '"':
            replacement = attribute ? "&quot;" : null;
            break;
          default:
            replacement = null;
        }
        if (replacement != null) {
          appendRange(s, run, i);
          append(replacement);
          run = i + 1;
        }
      } else if (c == '\n') {
        if (breaks) {
          appendRange(s, run, i);
          append("<br>");
          run = i + 1;
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        char low = s.charAt(i + 1);
        if (low == '\uDFFE' || low == '\uDFFF') {
          appendRange(s, run, i);
          append("\uFFFD");
          run = i + 2;
        }
        i++;
      } else if (isForbidden(c) || Character.isSurrogate(c)) {
        appendRange(s, run, i);
        append("\uFFFD");
        run = i + 1;
      }
    }
    appendRange(s, run, n);
  }

  private void jsonEscape(char c) {
    char[] escape = {'\\', 'u', hex(c >> 12), hex(c >> 8), hex(c >> 4), hex(c)};
    append(new String(escape));
  }

  private static char hex(int nibble) {
    return "0123456789abcdef".charAt(nibble & 0xF);
  }

  private HtmlWriter raw(String s) {
    append(s);
    return this;
  }

  private void append(String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written = true;
    atLineStart = false;
  }

  private void appendRange(String s, int from, int to) {
    if (from >= to) {
      return;
    }
    try {
      if (writer != null) {
        writer.write(s, from, to - from);
      } else if (from == 0 && to == s.length()) {
        // A whole text, the usual case: append(String) copies arrays, while append(CharSequence,
        // int, int) copies one character at a time.
        out.append(s);
      } else {
        out.append(s, from, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written = true;
    atLineStart = false;
  }
}
