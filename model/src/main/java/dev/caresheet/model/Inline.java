package dev.caresheet.model;

import dev.caresheet.model.internal.InlineParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parsed view of a paragraph text's inline markup: runs of text with marks (emphasis, strong
 * emphasis) and links. The model stores and writes the source string unchanged, so a document's
 * round trip stays byte-exact; renderers and the validator read this view of it.
 *
 * <p><b>Which texts are inline markup.</b> The paragraph-like texts, named by their JSON property:
 * {@code description}, {@code intro}, {@code conclusion}, {@code detail}, {@code advice}, {@code
 * body}, and the {@code text} of a callout; in prose, the items of lists, the cells and caption of
 * a table and the caption of a figure ({@link #isInlineField(String)}). Names, titles, headings,
 * subheadings, the summary, a figure's alt and credit and every other text are plain: a {@code *}
 * there is a star.
 *
 * <p><b>Syntax.</b> The CommonMark inline subset, parsed with commonmark-java: {@code *emphasis*}
 * or {@code _emphasis_}, {@code **strong**} or {@code __strong__}, links {@code [text](target)} and
 * backslash escapes of ASCII punctuation ({@code \*} is a literal star, {@code \\} a literal
 * backslash). A link's target is an {@code https:}, {@code http:}, {@code mailto:} or {@code tel:}
 * URL, {@code #key} for a part or cause of the same document ({@code #causes}, {@code
 * #low-magnesium}) or {@code condition:id} for another condition ({@code condition:migraine}).
 * Everything else is literal text, exactly as written: raw HTML, images, autolinks, code spans,
 * entities, reference links and block syntax (lists, headings, quotes).
 *
 * <p>Immutable and thread-safe. {@link #parse(String)} returns a cached view for a text parsed
 * recently, and parses nothing for a text without {@code * _ [ \}.
 */
public final class Inline {

  /**
   * The JSON property names whose texts are inline markup (a {@code text} only in a callout): the
   * paragraph texts, and inside prose ({@link Block}) a list's items ({@code list}, {@code
   * numbered}), a table's {@code header} and {@code rows} cells and a table's or figure's {@code
   * caption}.
   */
  public static final Set<String> FIELDS =
      Set.of(
          "description",
          "intro",
          "conclusion",
          "detail",
          "advice",
          "body",
          "text",
          "list",
          "numbered",
          "header",
          "rows",
          "caption");

  /** The characters that {@link #escape(String)} escapes: all that can start markup. */
  private static final String SPECIAL = "\\*_[]";

  private static final Pattern SLUG = Checks.SLUG;

  /** A part key ({@code firstAid}) or a slug id: what {@code #key} may name. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*");

  /** A mark on a run. */
  public enum Mark {
    /** Emphasis: {@code *text*}, HTML {@code <em>}. */
    EMPHASIS,
    /** Strong emphasis: {@code **text**}, HTML {@code <strong>}. */
    STRONG
  }

  /** What a link points to. */
  public enum LinkKind {
    /** An {@code https:}, {@code http:}, {@code mailto:} or {@code tel:} URL. */
    EXTERNAL,
    /** A part or cause of the same document: {@code #key}. */
    FRAGMENT,
    /** Another condition, by its id: {@code condition:id}. */
    CONDITION,
    /**
     * A target that is none of the above ({@code javascript:}, a relative path, a malformed id):
     * the validator reports it and renderers show only the link's text.
     */
    REFUSED
  }

  /**
   * A link of the text.
   *
   * @param kind what it points to
   * @param target the URL ({@code EXTERNAL}, {@code REFUSED}), the key without {@code #} ({@code
   *     FRAGMENT}) or the condition id ({@code CONDITION})
   * @param destination the destination as written, unescaped
   * @param targetIndex the index in the source string where the destination starts, for located
   *     errors
   */
  public record Link(LinkKind kind, String target, String destination, int targetIndex) {
    /**
     * A link; {@code kind}, {@code target} and {@code destination} must not be null.
     *
     * @param kind what it points to
     * @param target the URL, key or condition id
     * @param destination the destination as written, unescaped
     * @param targetIndex where the destination starts in the source string
     */
    public Link {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(destination, "destination");
    }
  }

  /**
   * A run of text with the same marks and link. Consecutive runs of one link share the same {@link
   * Link} instance (compare links with {@code ==} to group them).
   *
   * @param text the literal text, never empty; line feeds are the source's
   * @param marks its marks
   * @param link the link it is part of, if any
   */
  public record Run(String text, Set<Mark> marks, Optional<Link> link) {
    /**
     * A run; every component must be non-null and the text non-empty.
     *
     * @param text the literal text
     * @param marks its marks
     * @param link the link it is part of, if any
     */
    public Run {
      Objects.requireNonNull(text, "text");
      if (text.isEmpty()) {
        throw new IllegalArgumentException("a run has text");
      }
      marks = Set.copyOf(marks);
      Objects.requireNonNull(link, "link");
    }

    /**
     * {@return whether the run has this mark}
     *
     * @param mark the mark
     */
    public boolean has(Mark mark) {
      return marks.contains(mark);
    }
  }

  private final String source;
  private final List<Run> runs;
  private final List<Link> links;
  private final String plainText;

  private Inline(String source, List<Run> runs, List<Link> links) {
    this.source = source;
    this.runs = List.copyOf(runs);
    this.links = List.copyOf(links);
    StringBuilder sb = new StringBuilder(source.length());
    for (Run r : runs) {
      sb.append(r.text());
    }
    this.plainText = sb.toString();
  }

  /**
   * Builds a view; for the parser.
   *
   * @param source the source string
   * @param runs its runs, in order
   * @param links its links, in order
   * @return the view
   */
  public static Inline of(String source, List<Run> runs, List<Link> links) {
    return new Inline(Objects.requireNonNull(source, "source"), runs, links);
  }

  /**
   * {@return the parsed view of a text} Views of texts parsed recently are cached.
   *
   * @param source the text as stored
   */
  public static Inline parse(String source) {
    Objects.requireNonNull(source, "source");
    if (!hasSpecial(source)) {
      return new Inline(
          source,
          source.isEmpty() ? List.of() : List.of(new Run(source, Set.of(), Optional.empty())),
          List.of());
    }
    return InlineParser.parse(source);
  }

  /**
   * {@return the plain text of a text: its runs' texts, without markup}
   *
   * @param source the text as stored
   */
  public static String plain(String source) {
    return parse(source).plainText();
  }

  /**
   * Writes a literal text as inline markup that means exactly that text: every {@code \}, {@code
   * *}, {@code _}, {@code [} and {@code ]} gets a backslash. {@code plain(escape(s))} is {@code s}.
   *
   * @param literal the text as it should read
   * @return the text as inline markup
   */
  public static String escape(String literal) {
    if (!hasSpecial(literal) && literal.indexOf(']') < 0) {
      return literal;
    }
    StringBuilder sb = new StringBuilder(literal.length() + 8);
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Whether the string at a JSON pointer of a document is inline markup: its last property name is
   * one of {@link #FIELDS}, and a {@code text} only in a callout ({@code /callouts/0/text}, {@code
   * /causes/callouts/1/text}). Array indices after the name are skipped ({@code /description/2},
   * {@code /description/1/list/0}, {@code /sections/0/body/2/table/rows/1/0}).
   *
   * @param pointer a JSON pointer into a document
   * @return whether the string there is inline markup
   */
  public static boolean isInlineField(String pointer) {
    List<String> tokens = new ArrayList<>(List.of(pointer.split("/", -1)));
    int i = tokens.size() - 1;
    while (i > 0 && isIndex(tokens.get(i))) {
      i--;
    }
    if (i <= 0) {
      return false;
    }
    String name = tokens.get(i);
    if (!FIELDS.contains(name)) {
      return false;
    }
    return !name.equals("text")
        || (i >= 2 && isIndex(tokens.get(i - 1)) && tokens.get(i - 2).equals("callouts"));
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Classifies a link destination: what it points to and, for {@code #key} and {@code
   * condition:id}, the key or id.
   *
   * @param destination the destination as written, unescaped
   * @param targetIndex where it starts in the source string
   * @return the link
   */
  public static Link link(String destination, int targetIndex) {
    String d = destination;
    if (d.startsWith("#")) {
      String key = d.substring(1);
      boolean ok = KEY.matcher(key).matches();
      return new Link(ok ? LinkKind.FRAGMENT : LinkKind.REFUSED, ok ? key : d, d, targetIndex);
    }
    int colon = d.indexOf(':');
    String scheme = colon > 0 ? d.substring(0, colon) : "";
    if (!scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      return new Link(LinkKind.REFUSED, d, d, targetIndex);
    }
    String rest = d.substring(colon + 1);
    switch (scheme.toLowerCase(java.util.Locale.ROOT)) {
      case "https":
      case "http":
        return new Link(
            Checks.WEB_URL.matcher(d).matches() && noControl(d)
                ? LinkKind.EXTERNAL
                : LinkKind.REFUSED,
            d,
            d,
            targetIndex);
      case "mailto":
      case "tel":
        return new Link(
            !rest.isEmpty() && noSpaceOrControl(rest) ? LinkKind.EXTERNAL : LinkKind.REFUSED,
            d,
            d,
            targetIndex);
      case "condition":
        return SLUG.matcher(rest).matches() && scheme.equals("condition")
            ? new Link(LinkKind.CONDITION, rest, d, targetIndex)
            : new Link(LinkKind.REFUSED, d, d, targetIndex);
      default:
        return new Link(LinkKind.REFUSED, d, d, targetIndex);
    }
  }

  private static boolean noControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        return false;
      }
    }
    return true;
  }

  private static boolean noSpaceOrControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 0x20 || (c >= 0x7F && c <= 0xA0) || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasSpecial(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '_' || c == '[' || c == '\\') {
        return true;
      }
    }
    return false;
  }

  /** {@return the source string, exactly as stored} */
  public String source() {
    return source;
  }

  /** {@return the runs, in order} */
  public List<Run> runs() {
    return runs;
  }

  /** {@return every link, in order, including one whose text is empty (which has no run)} */
  public List<Link> links() {
    return links;
  }

  /** {@return the text without markup: the runs' texts, concatenated} */
  public String plainText() {
    return plainText;
  }

  /** {@return whether the text has any mark or link} */
  public boolean hasMarkup() {
    return !links.isEmpty()
        || runs.size() > 1
        || (runs.size() == 1 && !runs.get(0).marks().isEmpty());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Inline && ((Inline) o).source.equals(source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return "Inline[" + source + "]";
  }
}
