package dev.caresheet.render.html.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@link dev.caresheet.render.html.HtmlWriter} may write, and where (as jsoup's {@code
 * Safelist} stands apart from its {@code Entities}: this class decides, {@link HtmlEscaper}
 * escapes). Every table of the writer is here, once:
 *
 * <ul>
 *   <li>names: elements and attributes are lower-case ASCII names ({@code [a-z][a-z0-9-]*});
 *   <li>{@linkplain #REFUSED_ELEMENTS refused elements}: those that would run code, load plug-in
 *       content, change the whole document or switch the HTML parser into a mode where escaping no
 *       longer protects;
 *   <li>refused attributes: event handlers ({@code on*}) and {@linkplain #REFUSED_ATTRIBUTES those
 *       that carry CSS, HTML or lists of URLs};
 *   <li>{@linkplain #URL_ATTRIBUTES URL attributes}, sanitized by {@link Urls}, and dropped unless
 *       relative or of one of the {@linkplain #SCHEMES allowed schemes};
 *   <li>the {@code rel} tokens every link to another site gets ({@link #EXTERNAL_REL});
 *   <li>the content model the writer enforces: which children some elements may have ({@link
 *       #checkChild(String, String)}; a list holds only {@code li}), and which hold no text;
 *   <li>the layout: which elements hold their children one per line ({@link #LINE_CONTAINERS}) and
 *       which are phrasing content, written inside a line ({@link #PHRASING}).
 * </ul>
 */
public final class HtmlPolicy {
  private HtmlPolicy() {}

  /** The URL schemes a link or any other URL attribute may have; any other scheme is dropped. */
  public static final List<String> SCHEMES = List.of("http", "https", "mailto", "tel");

  /** The {@code rel} tokens added to a link ({@code <a>}) to an absolute http(s) URL. */
  public static final List<String> EXTERNAL_REL = List.of("noopener", "noreferrer");

  /** The void elements: they have no content and no end tag. */
  static final Set<String> VOID_ELEMENTS =
      Set.of("area", "br", "col", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

  /** Elements no renderer may write. JSON-LD goes through the writer's {@code jsonLd}. */
  static final Set<String> REFUSED_ELEMENTS =
      Set.of(
          "script",
          "style",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "portal",
          "fencedframe",
          "base",
          "noscript",
          "noembed",
          "noframes",
          "xmp",
          "plaintext",
          "svg",
          "math",
          "param");

  /** Attributes that hold one URL: sanitized, and dropped when unsafe. */
  static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "cite",
          "action",
          "formaction",
          "poster",
          "data",
          "background",
          "codebase",
          "longdesc",
          "manifest",
          "itemid");

  /** Attributes refused besides event handlers: they carry code, CSS, HTML or URL lists. */
  static final Set<String> REFUSED_ATTRIBUTES =
      Set.of("style", "srcdoc", "srcset", "imagesrcset", "ping", "http-equiv");

  /**
   * Elements whose children the writer checks, with the children they may have: a list holds only
   * list items (and the writer's JSON-LD script, which is script-supporting), a table only its rows
   * and row groups, and so on. These elements hold no text either, only white space.
   */
  static final Map<String, Set<String>> CHILDREN =
      Map.of(
          "ul", Set.of("li"),
          "ol", Set.of("li"),
          "menu", Set.of("li"),
          "dl", Set.of("dt", "dd", "div"),
          "table", Set.of("caption", "colgroup", "thead", "tbody", "tfoot", "tr"),
          "thead", Set.of("tr"),
          "tbody", Set.of("tr"),
          "tfoot", Set.of("tr"),
          "tr", Set.of("td", "th"),
          "colgroup", Set.of("col"));

  /** Elements that may appear only inside certain parents, with those parents. */
  static final Map<String, Set<String>> PARENTS =
      Map.ofEntries(
          Map.entry("li", Set.of("ul", "ol", "menu")),
          Map.entry("dt", Set.of("dl", "div")),
          Map.entry("dd", Set.of("dl", "div")),
          Map.entry("caption", Set.of("table")),
          Map.entry("colgroup", Set.of("table")),
          Map.entry("thead", Set.of("table")),
          Map.entry("tbody", Set.of("table")),
          Map.entry("tfoot", Set.of("table")),
          Map.entry("tr", Set.of("table", "thead", "tbody", "tfoot")),
          Map.entry("td", Set.of("tr")),
          Map.entry("th", Set.of("tr")),
          Map.entry("col", Set.of("colgroup")),
          Map.entry("figcaption", Set.of("figure")));

  /**
   * Elements that hold their children one per line: in such an element (when it is itself on a line
   * of its own), the writer ends a line after its start tag, before its end tag, and around every
   * child that is not {@linkplain #PHRASING phrasing content}. Everything else is written on one
   * line, so the layout never adds white space inside a paragraph, a heading or a list item.
   */
  static final Set<String> LINE_CONTAINERS =
      Set.of(
          "html",
          "head",
          "body",
          "main",
          "article",
          "header",
          "footer",
          "section",
          "nav",
          "aside",
          "ul",
          "ol",
          "menu",
          "dl",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "figure",
          "details",
          "blockquote");

  /** Phrasing content: written inside a line, never on a line of its own. */
  static final Set<String> PHRASING =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i",
          "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
          "time", "u", "var", "wbr");

  /**
   * Elements known to pass {@link #checkElement}, with whether each is void: every element the
   * built-in renderers write. One look-up instead of the checks, on every element.
   */
  private static final Map<String, Boolean> KNOWN_ELEMENTS = knownElements();

  /** Attributes known to pass {@link #checkAttribute} that hold no URL. */
  private static final Set<String> PLAIN_ATTRIBUTES =
      Set.of(
          "class",
          "id",
          "lang",
          "dir",
          "role",
          "aria-labelledby",
          "aria-label",
          "datetime",
          "rel",
          "type",
          "name",
          "content",
          "charset",
          "tabindex");

  private static Map<String, Boolean> knownElements() {
    Map<String, Boolean> known = new HashMap<>();
    for (String tag :
        List.of(
            "html", "head", "title", "body", "main", "article", "header", "footer", "section",
            "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "dl", "dt",
            "dd", "div", "span", "strong", "em", "a", "cite", "time")) {
      known.put(tag, false);
    }
    for (String tag : List.of("br", "meta", "link")) {
      known.put(tag, true);
    }
    for (Map.Entry<String, Boolean> e : known.entrySet()) {
      checkName(e.getKey(), "element");
      if (REFUSED_ELEMENTS.contains(e.getKey())
          || e.getValue() != VOID_ELEMENTS.contains(e.getKey())) {
        throw new AssertionError(e.getKey());
      }
    }
    return Map.copyOf(known);
  }

  /**
   * Checks that an element may be written, as a void element or not.
   *
   * @throws IllegalArgumentException if the name is malformed or refused, or {@code isVoid} is
   *     wrong
   */
  public static void checkElement(String tag, boolean isVoid) {
    Boolean knownVoid = KNOWN_ELEMENTS.get(Objects.requireNonNull(tag, "element"));
    if (knownVoid == null) {
      checkName(tag, "element");
      if (REFUSED_ELEMENTS.contains(tag)) {
        throw new IllegalArgumentException(
            "<"
                + tag
                + "> is refused: it would run code, load active"
                + " content or defeat escaping (JSON-LD goes through jsonLd())");
      }
      knownVoid = VOID_ELEMENTS.contains(tag);
    }
    if (isVoid != knownVoid) {
      throw new IllegalArgumentException(
          isVoid
              ? "<" + tag + "> is not a void element: use open() and close()"
              : "<" + tag + "> is a void element: use voidElement()");
    }
  }

  /**
   * Checks that {@code child} may be written directly inside {@code parent}.
   *
   * @param parent the innermost open element, or {@code null} at the top of the output
   * @throws IllegalStateException naming both if the content model does not allow it
   */
  public static void checkChild(@Nullable String parent, String child) {
    if (parent == null) {
      return;
    }
    Set<String> children = CHILDREN.get(parent);
    if (children != null && !children.contains(child)) {
      throw new IllegalStateException(
          "<"
              + child
              + "> cannot be written directly inside <"
              + parent
              + ">: a <"
              + parent
              + "> holds only "
              + names(children)
              + (parent.endsWith("l") || parent.equals("menu")
                  ? " (write the content inside the item's <li>)"
                  : ""));
    }
    Set<String> parents = PARENTS.get(child);
    if (parents != null && !parents.contains(parent)) {
      throw new IllegalStateException(
          "<"
              + child
              + "> cannot be written directly inside <"
              + parent
              + ">: a <"
              + child
              + "> belongs directly inside "
              + names(parents));
    }
  }

  /**
   * Checks that text may be written directly inside {@code parent}: anything but white space is
   * refused in the elements whose children are checked (a list, a table, a row).
   *
   * @param parent the innermost open element, or {@code null}
   * @param text the text about to be written
   * @throws IllegalStateException naming the parent if the text is not white space only
   */
  public static void checkText(@Nullable String parent, String text) {
    if (parent == null || !CHILDREN.containsKey(parent)) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isAsciiSpace(text.charAt(i))) {
        throw new IllegalStateException(
            "text cannot be written directly inside <"
                + parent
                + ">: a <"
                + parent
                + "> holds only "
                + names(CHILDREN.get(parent)));
      }
    }
  }

  private static String names(Set<String> tags) {
    StringBuilder sb = new StringBuilder();
    tags.stream()
        .sorted()
        .forEach(t -> sb.append(sb.length() == 0 ? "" : ", ").append('<').append(t).append('>'));
    return sb.toString();
  }

  /** {@return whether an element holds its children one per line} See {@link #LINE_CONTAINERS}. */
  public static boolean isLineContainer(String tag) {
    return LINE_CONTAINERS.contains(tag);
  }

  /** {@return whether an element is phrasing content, written inside a line} */
  public static boolean isPhrasing(String tag) {
    return PHRASING.contains(tag);
  }

  /**
   * The attributes to write for an element, as name, value pairs: checked, with every URL attribute
   * sanitized (and dropped when unsafe), and {@link #EXTERNAL_REL} added to the {@code rel} of a
   * link to another site. The array given is returned when nothing changes.
   *
   * @param tag the element, already checked
   * @param attributes names and values, alternating
   * @return the pairs to write, escaped by the writer
   * @throws IllegalArgumentException if an attribute is refused or malformed, the pairs are uneven
   *     or a name repeats
   */
  public static String[] attributes(String tag, String[] attributes) {
    checkPairs(tag, attributes);
    int n = attributes.length;
    if (n == 0) {
      return attributes;
    }
    boolean external = false;
    int rel = -1;
    boolean change = false;
    for (int i = 0; i < n; i += 2) {
      String name = attributes[i];
      if (URL_ATTRIBUTES.contains(name)) {
        String url = Urls.sanitize(attributes[i + 1]);
        change |= url == null || !url.equals(attributes[i + 1]);
        if (url != null && name.equals("href") && tag.equals("a")) {
          external = Urls.isExternal(url);
        }
      } else if (name.equals("rel")) {
        rel = i;
      }
    }
    if (!change && !external) {
      return attributes;
    }
    List<String> out = new java.util.ArrayList<>(n + 2);
    for (int i = 0; i < n; i += 2) {
      String name = attributes[i];
      String value = attributes[i + 1];
      if (URL_ATTRIBUTES.contains(name)) {
        value = Urls.sanitize(value);
        if (value == null) {
          continue;
        }
      } else if (external && i == rel) {
        value = withTokens(value, EXTERNAL_REL);
      }
      out.add(name);
      out.add(value);
    }
    if (external && rel < 0) {
      out.add("rel");
      out.add(String.join(" ", EXTERNAL_REL));
    }
    return out.toArray(new String[0]);
  }

  /**
   * Checks name, value pairs: an even number, names allowed on {@code tag}, no null value, no
   * repeated name.
   *
   * @throws IllegalArgumentException if they are not
   */
  public static void checkPairs(String tag, String[] attributes) {
    int n = attributes.length;
    if ((n & 1) != 0) {
      throw new IllegalArgumentException(
          "attributes come in name, value pairs; got " + n + " strings for <" + tag + ">");
    }
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
          throw new IllegalArgumentException(
              "attribute " + name + " given twice for <" + tag + ">");
        }
      }
    }
  }

  /**
   * Whether a URL may be written: relative, or with one of the {@link #SCHEMES}.
   *
   * @param url a URL as given
   * @return whether {@link Urls#sanitize(String)} keeps it
   */
  public static boolean isSafeUrl(String url) {
    return Urls.sanitize(url) != null;
  }

  /** Whether the text before {@code url}'s first colon, at {@code colon}, is an allowed scheme. */
  static boolean isAllowedScheme(String url, int colon) {
    for (String scheme : SCHEMES) {
      if (colon == scheme.length() && url.regionMatches(true, 0, scheme, 0, colon)) {
        return true;
      }
    }
    return false;
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
      throw new IllegalArgumentException(
          "attribute "
              + name
              + " on <"
              + tag
              + "> is refused:"
              + " event handlers, inline CSS, embedded HTML and URL lists cannot be written");
    }
  }

  /** The value with each token added unless already there (ASCII case-insensitively). */
  private static String withTokens(String value, List<String> tokens) {
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
      if (i - start == token.length()
          && value.regionMatches(true, start, token, 0, token.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
