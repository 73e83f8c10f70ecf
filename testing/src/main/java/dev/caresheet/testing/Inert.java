package dev.caresheet.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a browser could execute in parsed HTML: script elements other than JSON-LD, event-handler
 * attributes, URLs with a scheme other than http(s), mailto or tel, elements that load or run
 * content, and JSON-LD that a parser would end early or that is not JSON. Shared by the XSS corpus
 * test and the fuzz test, and the importer's hostile-input tests; a publisher's renderer can be
 * held to it.
 */
public final class Inert {
  private Inert() {}

  /** Elements that run, embed or redirect, which the renderer never writes. */
  private static final Set<String> ACTIVE =
      Set.of(
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "base",
          "form",
          "svg",
          "math",
          "template",
          "style",
          "noscript",
          "meta-refresh",
          "portal",
          "video",
          "audio",
          "input",
          "button",
          "textarea",
          "select",
          "xmp",
          "plaintext",
          "noembed",
          "noframes",
          "xml");

  /** Attributes whose value is a URL that a browser may follow or load. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "data",
          "poster",
          "background",
          "cite",
          "srcset",
          "ping");

  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

  /**
   * Everything executable in a parsed document, one description each; empty if it is inert.
   *
   * @param doc the page, parsed with jsoup
   * @return what a browser could execute, possibly nothing
   */
  public static List<String> executable(Document doc) {
    List<String> found = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("script")) {
        if (!e.attr("type").equals("application/ld+json")) {
          found.add("a script element: " + e.outerHtml());
        } else {
          checkJsonLd(e.data(), found);
        }
      }
      if (ACTIVE.contains(tag)) {
        found.add("an active element: " + e.outerHtml());
      }
      if (tag.equals("img") && !figureImage(e.attr("src"))) {
        found.add("an image that is not a figure's PNG, JPEG or WebP: " + e.outerHtml());
      }
      if (tag.equals("meta") && !e.attr("http-equiv").isEmpty()) {
        found.add("a meta http-equiv: " + e.outerHtml());
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          found.add("an event handler: " + name + "=" + a.getValue());
        }
        if (name.equals("style") && a.getValue().toLowerCase(Locale.ROOT).contains("url(")) {
          found.add("a style with a URL: " + a.getValue());
        }
        if (URL_ATTRIBUTES.contains(name) && !safeUrl(a.getValue())) {
          found.add("a URL a browser could run: " + name + "=" + a.getValue());
        }
      }
    }
    return found;
  }

  /**
   * Whether an image's src is what a figure may show: a relative path or an https URL, not SVG (by
   * its name) and never a data: or other scheme. Images of a renderer are figures only.
   *
   * @param src the image's address
   * @return whether a figure may show it
   */
  public static boolean figureImage(String src) {
    String lower = src.strip().toLowerCase(Locale.ROOT);
    int end = lower.length();
    for (char c : new char[] {'?', '#'}) {
      int at = lower.indexOf(c);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    String path = lower.substring(0, end);
    boolean https = lower.startsWith("https://");
    return !src.isEmpty()
        && safeUrl(src)
        && (https || !SCHEME.matcher(lower).find())
        && !path.endsWith(".svg")
        && !path.endsWith(".svgz");
  }

  /**
   * Whether a URL attribute's value (as the browser sees it, entities decoded) is http(s), mailto,
   * tel, or relative. Browsers drop ASCII white space and control characters inside a scheme
   * ({@code java\tscript:}), so the check does too.
   *
   * @param value the attribute's value
   * @return whether a browser following it runs nothing
   */
  public static boolean safeUrl(String value) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0x20) {
        sb.append(c);
      }
    }
    String compact = sb.toString().toLowerCase(Locale.ROOT);
    var m = SCHEME.matcher(compact);
    if (!m.find()) {
      return true; // relative, or a fragment
    }
    String scheme = m.group(1);
    return scheme.equals("http")
        || scheme.equals("https")
        || scheme.equals("mailto")
        || scheme.equals("tel");
  }

  private static void checkJsonLd(String data, List<String> found) {
    String lower = data.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--") || lower.contains("<script")) {
      found.add("JSON-LD that a parser would end early: " + data);
    }
    try {
      JsonMapper.shared().readTree(data);
    } catch (RuntimeException e) {
      found.add("JSON-LD that is not JSON (" + e.getMessage() + "): " + data);
    }
  }
}
