package dev.caresheet.render.html;

import dev.caresheet.model.Inline;
import dev.caresheet.render.html.internal.HtmlEscaper;
import dev.caresheet.render.html.internal.HtmlPolicy;
import dev.caresheet.render.html.internal.WriterHook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes HTML to an {@link Appendable}: the <b>one way</b> every renderer writes markup, built-in
 * or a publisher's, and the one place that escapes. A renderer that writes only through this class
 * cannot produce markup from content, whatever the content is.
 *
 * <pre>{@code
 * HtmlWriter html = ctx.writer();
 * html.open("li", "class", "card");                   // the start tag, attributes as name, value pairs
 * html.element("p", step.instruction(), "class", "card-title");   // open, text, close
 * step.detail().ifPresent(html::inline);              // a paragraph text: <em>, <strong>, <a>
 * html.close("li");                                   // the end tag of the innermost open element
 * }</pre>
 *
 * <p><b>Escaping</b>: {@link #text(String)} escapes {@code & < >}; attribute values are always
 * escaped and double-quoted; characters that may not appear in an HTML document are written as
 * U+FFFD. There is deliberately no {@code raw()} method: an escape hatch for unescaped markup would
 * make this guarantee false for every publisher's renderer.
 *
 * <p><b>Policy</b>: tag and attribute names are lower-case ASCII names the calling code chose.
 * Elements that would run code, load plug-in content or defeat escaping ({@code script}, {@code
 * style}, {@code iframe}, {@code object}, {@code svg}, {@code math}, {@code base}, …), event
 * handlers ({@code on*}), {@code style}, {@code srcdoc}, {@code srcset} and {@code http-equiv} are
 * refused. URL attributes ({@code href}, {@code src}, …) keep relative URLs and the schemes {@code
 * http}, {@code https}, {@code mailto} and {@code tel}, percent-encoded where a valid URL needs it,
 * and are <em>dropped</em> otherwise ({@code javascript:}, {@code data:}, …); a link to an absolute
 * http(s) URL gets {@code rel="noopener noreferrer"}. The only script written is the inert data
 * block of {@link #jsonLd(String)}.
 *
 * <p><b>Structure</b>: the writer keeps the open elements and refuses a child its parent cannot
 * hold: only {@code li} directly inside {@code ul}, {@code ol} and {@code menu}; {@code dt}, {@code
 * dd} and {@code div} inside {@code dl}; rows and row groups inside {@code table}; {@code th} and
 * {@code td} inside {@code tr}; and the reverse ({@code li} only in a list, {@code td} only in a
 * row, {@code figcaption} only in a {@code figure}). Those containers hold no text either.
 *
 * <p><b>Attribute providers</b>: the writer of a rendering ({@link HtmlContext#writer()}) offers
 * every element it writes, void elements included, to the renderer's {@link AttributeProvider}s,
 * with the model value whose part renderer is running.
 *
 * <p><b>Layout</b>: line breaks come from the elements, so every renderer's output is laid out the
 * same way. Containers of blocks ({@code html}, {@code head}, {@code body}, {@code main}, {@code
 * article}, {@code header}, {@code footer}, {@code section}, {@code nav}, {@code aside}, lists,
 * {@code dl}, tables, {@code figure}) hold each child that is not phrasing content on a line of its
 * own; anything else (a paragraph, a heading, a list item, and everything inside them) is written
 * on one line, so no white space is ever added inside text. There is no indentation.
 *
 * <p>Misuse fails at once: a refused element or attribute, an odd number of attribute arguments, a
 * duplicate attribute or a null value throws {@link IllegalArgumentException} (or {@link
 * NullPointerException}); a child its parent cannot hold, or closing an element that is not the
 * innermost open one, throws {@link IllegalStateException} naming both. A failing {@code
 * Appendable} surfaces as {@link UncheckedIOException} (the renderer turns it back into the {@link
 * IOException} of {@link dev.caresheet.render.Renderer#render(dev.caresheet.model.Condition,
 * Appendable)}), so that calls chain and fit in lambdas.
 *
 * <p>A writer belongs to one rendering on one thread; it is not thread-safe.
 */
public final class HtmlWriter {

  private final Appendable out;
  private final @Nullable WriterHook hook;
  private String[] tags = new String[16];

  /** Per open element: whether it holds its children one per line. */
  private boolean[] lines = new boolean[16];

  private int depth;
  private boolean written;
  private boolean atLineStart = true;

  /**
   * A writer appending to {@code out}, on its own: no attribute providers, and in {@link
   * #inline(String)} only links to other sites. Renderers use {@link HtmlContext#writer()}.
   *
   * @param out where the HTML goes; a {@link StringBuilder} or a {@link java.io.Writer}, typically
   */
  public HtmlWriter(Appendable out) {
    this(out, null);
  }

  /** The writer of a rendering, which asks it for attributes and link targets. */
  HtmlWriter(Appendable out, @Nullable WriterHook hook) {
    this.out = Objects.requireNonNull(out, "out");
    this.hook = hook;
  }

  /**
   * Whether a URL would be kept in a link: a relative URL, or one whose scheme is {@code http},
   * {@code https}, {@code mailto} or {@code tel}. A part renderer can use it to write plain text
   * instead of a link whose {@code href} would be dropped.
   *
   * @param url a URL, as a document gives it
   * @return whether a link to it would be kept
   */
  public static boolean isSafeUrl(String url) {
    return HtmlPolicy.isSafeUrl(Objects.requireNonNull(url, "url"));
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
    append("<!DOCTYPE html>");
    endLine();
    return this;
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
   * @throws IllegalStateException if the innermost open element cannot hold this one
   */
  public HtmlWriter open(String tag, String... attributes) {
    boolean byLine = startTag(tag, attributes, false) && HtmlPolicy.isLineContainer(tag);
    if (depth == tags.length) {
      tags = Arrays.copyOf(tags, depth * 2);
      lines = Arrays.copyOf(lines, depth * 2);
    }
    tags[depth] = tag;
    lines[depth] = byLine;
    depth++;
    if (byLine) {
      endLine();
    }
    return this;
  }

  /**
   * Writes the end tag of the innermost open element.
   *
   * @param tag the element's name, as it was opened
   * @return this writer
   * @throws IllegalStateException if {@code tag} is not the innermost open element
   */
  public HtmlWriter close(String tag) {
    String innermost = current();
    if (!Objects.requireNonNull(tag, "tag").equals(innermost)) {
      throw new IllegalStateException(
          innermost == null
              ? "cannot close <" + tag + ">: no element is open"
              : "cannot close <" + tag + ">: the innermost open element is <" + innermost + ">");
    }
    if (lines[depth - 1]) {
      endLine();
    }
    append("</");
    append(tag);
    append(">");
    tags[--depth] = null;
    if (byLine() && !HtmlPolicy.isPhrasing(tag)) {
      endLine();
    }
    return this;
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
    if (startTag(tag, attributes, true) && !HtmlPolicy.isPhrasing(tag)) {
      endLine();
    }
    return this;
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
   * @throws IllegalStateException if the text is not white space and the innermost open element
   *     holds no text ({@code ul}, {@code ol}, {@code dl}, {@code table}, {@code tr} …)
   */
  public HtmlWriter text(String text) {
    escaped(text, false);
    return this;
  }

  /**
   * Writes text, escaped, with each line feed written as a {@code <br>} line break: how the
   * built-in renderers write every plain content text (names, titles), since the model allows line
   * feeds in texts only where an author put one deliberately. Use it only where phrasing content is
   * allowed (not in {@code <title>} or {@code <option>}).
   *
   * @param text any text
   * @return this writer
   * @throws IllegalStateException as {@link #text(String)}
   */
  public HtmlWriter multilineText(String text) {
    escaped(text, true);
    return this;
  }

  /**
   * Writes a paragraph text of the document ({@link Inline#FIELDS}: a description, a detail, an
   * intro …) with its inline markup: {@code <em>}, {@code <strong>} and {@code <a>}, the text
   * escaped and line feeds as {@code <br>}. A link to a part or cause of the document ({@code
   * #key}) points to its element id, a link to another condition ({@code condition:id}) to its page
   * as the renderer was configured; a link that leads nowhere, or to a URL the policy refuses
   * ({@code javascript:}, {@code data:} …, however spelled), is written as its text only, never as
   * an {@code href}. A writer made on its own ({@link #HtmlWriter(Appendable)}) writes only links
   * to other sites.
   *
   * @param source the text as the document holds it
   * @return this writer
   * @throws IllegalStateException as {@link #text(String)}
   */
  public HtmlWriter inline(String source) {
    Objects.requireNonNull(source, "source");
    Inline.Link current = null;
    boolean linked = false;
    for (Inline.Run run : Inline.parse(source).runs()) {
      Inline.Link link = run.link().orElse(null);
      if (link != current) {
        if (linked) {
          close("a");
        }
        current = link;
        Optional<String> href = link == null ? Optional.empty() : href(link);
        linked = href.isPresent();
        if (linked) {
          open("a", "href", href.get());
        }
      }
      boolean strong = run.has(Inline.Mark.STRONG);
      boolean em = run.has(Inline.Mark.EMPHASIS);
      if (strong) {
        open("strong");
      }
      if (em) {
        open("em");
      }
      multilineText(run.text());
      if (em) {
        close("em");
      }
      if (strong) {
        close("strong");
      }
    }
    if (linked) {
      close("a");
    }
    return this;
  }

  private Optional<String> href(Inline.Link link) {
    Optional<String> href =
        hook != null
            ? hook.href(link)
            : link.kind() == Inline.LinkKind.EXTERNAL
                ? Optional.of(link.target())
                : Optional.empty();
    return href.filter(HtmlPolicy::isSafeUrl);
  }

  /**
   * Writes a {@code <script type="application/ld+json">} data block holding {@code json}. Safe for
   * any input: every {@code <}, {@code >} and {@code &}, the line terminators U+2028 and U+2029,
   * and every character not allowed in HTML are written as {@code \\uXXXX} JSON escapes. In valid
   * JSON those characters can occur only inside strings, where the escape means the same character,
   * so the JSON is unchanged in meaning; and whatever {@code json} holds, nothing in it can end the
   * script element or start a comment in it. A script may stand anywhere, a list included.
   *
   * @param json a JSON document
   * @return this writer
   */
  public HtmlWriter jsonLd(String json) {
    Objects.requireNonNull(json, "json");
    boolean byLine = byLine();
    if (byLine) {
      endLine();
    }
    append("<script type=\"application/ld+json\">");
    try {
      HtmlEscaper.json(json, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    append("</script>");
    if (byLine) {
      endLine();
    }
    return this;
  }

  /** {@return how many elements are open} */
  public int depth() {
    return depth;
  }

  /**
   * The innermost open element, if any.
   *
   * @return the tag name, or {@code null} when no element is open
   */
  public @Nullable String current() {
    return depth == 0 ? null : tags[depth - 1];
  }

  /** Whether the innermost open element (or the top of the output) holds its children by line. */
  private boolean byLine() {
    return depth == 0 || lines[depth - 1];
  }

  /**
   * Checks and writes a start tag; {@return whether its parent holds its children by line}, after
   * ending the line before it if so.
   */
  private boolean startTag(String tag, String[] attributes, boolean isVoid) {
    HtmlPolicy.checkElement(tag, isVoid);
    HtmlPolicy.checkChild(current(), tag);
    String[] pairs = attributes;
    if (hook != null) {
      HtmlPolicy.checkPairs(tag, pairs);
      pairs = hook.attributes(tag, pairs);
    }
    pairs = HtmlPolicy.attributes(tag, pairs);
    boolean byLine = byLine();
    if (byLine && !HtmlPolicy.isPhrasing(tag)) {
      endLine();
    }
    append("<");
    append(tag);
    try {
      for (int i = 0; i < pairs.length; i += 2) {
        out.append(' ').append(pairs[i]).append("=\"");
        HtmlEscaper.attribute(pairs[i + 1], out);
        out.append('"');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    append(">");
    return byLine;
  }

  private void escaped(String text, boolean breaks) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return;
    }
    HtmlPolicy.checkText(current(), text);
    try {
      HtmlEscaper.text(text, out, breaks);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written = true;
    atLineStart = false;
  }

  /** Ends the current source line, unless nothing has been written on it. */
  private void endLine() {
    if (!atLineStart) {
      append("\n");
      atLineStart = true;
    }
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
}
