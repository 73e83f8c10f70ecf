package dev.caresheet.model.internal;

import dev.caresheet.model.Inline;
import dev.caresheet.model.Inline.Link;
import dev.caresheet.model.Inline.Mark;
import dev.caresheet.model.Inline.Run;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.node.Delimited;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses {@link Inline} markup with commonmark-java, configured with no block types, so that a text
 * is paragraphs of inline content only. commonmark finds the structure (which {@code *} pair up,
 * where a link's text ends); the runs are then taken from the source itself: every character that
 * is not markup syntax (a delimiter, a link's brackets and destination, an escaping backslash) is
 * literal text, in the context (marks, link) of the innermost node that covers it. So raw HTML,
 * entities, code spans, images and anything else commonmark would interpret stay exactly as
 * written, and no white space or line break is lost.
 *
 * <p>Not API. Thread-safe: the parser is immutable, and results go to a small bounded cache.
 */
public final class InlineParser {
  private InlineParser() {}

  private static final Parser PARSER =
      Parser.builder()
          .enabledBlockTypes(Set.of())
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private static final int CACHE_SIZE = 4096;
  private static final ConcurrentHashMap<String, Inline> CACHE = new ConcurrentHashMap<>();

  /** The context of a character: its marks and link. Identity distinguishes two links. */
  private static final class Context {
    static final Context ROOT = new Context(Set.of(), null);
    final Set<Mark> marks;
    final @org.jspecify.annotations.Nullable Link link;

    Context(Set<Mark> marks, @org.jspecify.annotations.Nullable Link link) {
      this.marks = marks;
      this.link = link;
    }

    Context with(Mark mark) {
      EnumSet<Mark> m = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
      m.add(mark);
      return new Context(Set.copyOf(m), link);
    }
  }

  /** Parses a text (from the cache when it was parsed recently). */
  public static Inline parse(String source) {
    Inline cached = CACHE.get(source);
    if (cached != null) {
      return cached;
    }
    Inline parsed = parseUncached(source);
    if (CACHE.size() >= CACHE_SIZE) {
      CACHE.clear();
    }
    CACHE.put(source, parsed);
    return parsed;
  }

  private static Inline parseUncached(String source) {
    int n = source.length();
    Context[] context = new Context[n];
    java.util.Arrays.fill(context, Context.ROOT);
    boolean[] syntax = new boolean[n];
    List<Link> links = new ArrayList<>();
    Node document = PARSER.parse(source);
    walk(document, Context.ROOT, source, context, syntax, links);
    // Backslash escapes, read from the source: a backslash before ASCII punctuation is dropped.
    for (int i = 0; i + 1 < n; i++) {
      if (!syntax[i]
          && source.charAt(i) == '\\'
          && !syntax[i + 1]
          && isAsciiPunctuation(source.charAt(i + 1))) {
        syntax[i] = true;
        i++;
      }
    }
    List<Run> runs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Context current = null;
    for (int i = 0; i < n; i++) {
      if (syntax[i]) {
        continue;
      }
      Context c = context[i];
      if (current != null && !same(current, c) && text.length() > 0) {
        runs.add(run(text, current));
        text.setLength(0);
      }
      current = c;
      text.append(source.charAt(i));
    }
    if (current != null && text.length() > 0) {
      runs.add(run(text, current));
    }
    return Inline.of(source, runs, links);
  }

  private static boolean same(Context a, Context b) {
    return a.link == b.link && a.marks.equals(b.marks);
  }

  private static Run run(StringBuilder text, Context c) {
    return new Run(text.toString(), c.marks, Optional.ofNullable(c.link));
  }

  private static void walk(
      Node node,
      Context ctx,
      String source,
      Context[] context,
      boolean[] syntax,
      List<Link> links) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      Context inner = ctx;
      int[] range = range(child);
      if (range != null && (child instanceof Emphasis || child instanceof StrongEmphasis)) {
        String delimiter = ((Delimited) child).getOpeningDelimiter();
        int d = delimiter.length();
        int start = range[0];
        int end = range[1];
        if (end - start > 2 * d
            && source.startsWith(delimiter, start)
            && source.startsWith(((Delimited) child).getClosingDelimiter(), end - d)) {
          inner = ctx.with(child instanceof Emphasis ? Mark.EMPHASIS : Mark.STRONG);
          mark(context, inner, start, end);
          for (int k = 0; k < d; k++) {
            syntax[start + k] = true;
            syntax[end - 1 - k] = true;
          }
        }
      } else if (range != null && child instanceof org.commonmark.node.Link && ctx.link == null) {
        int textEnd = inlineLinkTextEnd((org.commonmark.node.Link) child, range, source);
        if (textEnd >= 0) {
          int dest = textEnd + 2;
          while (dest < range[1]
              && (source.charAt(dest) == ' '
                  || source.charAt(dest) == '\t'
                  || source.charAt(dest) == '\n')) {
            dest++;
          }
          if (dest < range[1] && source.charAt(dest) == '<') {
            dest++;
          }
          Link link = Inline.link(((org.commonmark.node.Link) child).getDestination(), dest);
          links.add(link);
          inner = new Context(ctx.marks, link);
          mark(context, inner, range[0], range[1]);
          syntax[range[0]] = true;
          for (int k = textEnd; k < range[1]; k++) {
            syntax[k] = true;
          }
        }
      } else if (child instanceof org.commonmark.node.Image) {
        continue; // literal, as written
      }
      walk(child, inner, source, context, syntax, links);
    }
  }

  /**
   * Where the text of an inline link {@code [text](destination)} ends (the index of its {@code ]}),
   * or -1 for a link of another form (an autolink, a reference link), which stays literal.
   */
  private static int inlineLinkTextEnd(org.commonmark.node.Link link, int[] range, String source) {
    if (source.charAt(range[0]) != '[' || source.charAt(range[1] - 1) != ')') {
      return -1;
    }
    int after = range[0] + 1;
    for (Node c = link.getLastChild(); c != null; c = c.getPrevious()) {
      int[] r = range(c);
      if (r != null) {
        after = r[1];
        break;
      }
    }
    // Past a trailing line break or white space the text's last node does not cover.
    while (after < range[1] && source.charAt(after) != ']') {
      char c = source.charAt(after);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\\') {
        return -1;
      }
      after++;
    }
    return after + 1 < range[1] && source.charAt(after + 1) == '(' ? after : -1;
  }

  private static void mark(Context[] context, Context c, int start, int end) {
    for (int i = start; i < end; i++) {
      context[i] = c;
    }
  }

  /** The range of source indices a node covers, from its source spans; null without spans. */
  private static int @org.jspecify.annotations.Nullable [] range(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return null;
    }
    SourceSpan first = spans.get(0);
    SourceSpan last = spans.get(spans.size() - 1);
    int start = first.getInputIndex();
    int end = last.getInputIndex() + last.getLength();
    return start >= 0 && end > start ? new int[] {start, end} : null;
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }
}
