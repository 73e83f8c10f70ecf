package dev.caresheet.render.text;

import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.text.internal.Bidi;
import dev.caresheet.render.text.internal.Columns;
import dev.caresheet.render.text.internal.Punctuation;
import dev.caresheet.render.text.internal.Wrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes plain text in blocks — headings, paragraphs, list items — wrapped to a width in terminal
 * columns, so that no part renderer wraps, indents or measures by hand.
 *
 * <p><b>Layout.</b> Each block starts on a new line. Headings are underlined ({@code =} for the
 * title, {@code -} for a part) with a blank line before and after; {@link #blankLine()} asks for
 * one blank line before the next block, and several requests make one. A list item starts with its
 * marker ({@code "- "}, {@code "1. "}) and everything written until {@link #end()} is indented
 * beneath it; items nest. Indentation counts toward the width.
 *
 * <p><b>Wrapping.</b> Greedy, at white space, after a zero width space and between ideographs
 * (Chinese and Japanese have no spaces); never inside a word or a grapheme cluster. A word wider
 * than the line stands alone on its line, which is then wider than the width: words are never cut.
 * White space between words is written as one space (a tab too: tab stops mean nothing once text is
 * re-flowed and indented); a text's own line breaks (LF, CR LF, CR, U+2028, U+2029) are kept, with
 * blank lines at a paragraph's start and end dropped.
 *
 * <p><b>Output.</b> Lines end with {@code \n}, never with white space. Control characters in text
 * are written as U+FFFD, so that content cannot send escape sequences to a terminal, and
 * bidirectional overrides a text leaves open are closed at its end. Right-to-left text is written
 * in logical order. The same calls always write the same characters.
 *
 * <p>One writer serves one rendering on one thread; it is not thread-safe.
 */
public final class TextWriter {

  /** The bullet of unordered lists: ASCII, so it survives every mail client and SMS encoding. */
  public static final String BULLET = "- ";

  private static final String SPACES = " ".repeat(64);

  private final Appendable out;
  private final int width;
  private final Wrapper wrapper = new Wrapper();
  private final LineSink sink = new LineSink();
  private final List<Level> levels = new ArrayList<>();
  private final StringBuilder spans = new StringBuilder(256);
  private boolean blankPending;
  private boolean wroteLine;

  /** One level of indentation: a list item or a hanging indent. */
  private static final class Level {
    final String marker;
    final int markerColumns;
    final int indent;
    boolean markerPending = true;

    Level(String marker, int markerColumns, int indent) {
      this.marker = marker;
      this.markerColumns = markerColumns;
      this.indent = indent;
    }
  }

  /**
   * A writer to {@code out}, wrapping at {@code width} columns.
   *
   * @param out where the text goes
   * @param width the width of a line in terminal columns
   * @throws IllegalArgumentException if {@code width} is below {@link RenderOptions#MIN_WIDTH}
   */
  public TextWriter(Appendable out, int width) {
    this.out = Objects.requireNonNull(out, "out");
    if (width < RenderOptions.MIN_WIDTH) {
      throw new IllegalArgumentException(
          "width must be at least " + RenderOptions.MIN_WIDTH + " columns, was " + width);
    }
    this.width = width;
  }

  /**
   * The width of a text in terminal columns, as this writer measures it: by grapheme cluster, East
   * Asian wide and fullwidth characters and emoji two, combining marks and zero-width characters
   * none, everything else one.
   *
   * @param text any text; line breaks count nothing
   * @return its width in columns
   */
  public static int columns(CharSequence text) {
    return Columns.of(text);
  }

  /** {@return the width lines are wrapped at, in columns} */
  public int width() {
    return width;
  }

  /**
   * Writes the document's title, underlined with {@code =}.
   *
   * @param text the title
   * @return this writer
   * @throws IOException if the output fails
   */
  public TextWriter title(String text) throws IOException {
    return heading(text, '=');
  }

  /**
   * Writes a part's heading, underlined with {@code -}.
   *
   * @param text the heading
   * @return this writer
   * @throws IOException if the output fails
   */
  public TextWriter heading(String text) throws IOException {
    return heading(text, '-');
  }

  private TextWriter heading(String text, char underline) throws IOException {
    requireText(text, "heading");
    blankLine();
    write(Bidi.close(text), true);
    int columns = Math.min(Math.max(sink.maxColumns, 1), sink.available());
    StringBuilder rule = new StringBuilder(columns);
    for (int i = 0; i < columns; i++) {
      rule.append(underline);
    }
    writeLine(rule);
    return blankLine();
  }

  /**
   * Writes a paragraph, wrapped. A blank text writes nothing.
   *
   * @param text the paragraph's text
   * @return this writer
   * @throws IOException if the output fails
   */
  public TextWriter paragraph(String text) throws IOException {
    write(Bidi.close(Objects.requireNonNull(text, "text")), true);
    return this;
  }

  /**
   * Writes one paragraph made of several texts written one after the other, such as a name, a
   * separator and a description; each text's bidirectional overrides end with it.
   *
   * @param first the first text
   * @param more the texts that follow it
   * @return this writer
   * @throws IOException if the output fails
   */
  public TextWriter paragraph(String first, String... more) throws IOException {
    Objects.requireNonNull(first, "first");
    spans.setLength(0);
    Bidi.appendClosed(spans, first);
    for (String text : more) {
      Bidi.appendClosed(spans, Objects.requireNonNull(text, "more"));
    }
    write(spans.toString(), true);
    return this;
  }

  /**
   * Writes {@code "label: text"} with the lines after the first indented by two columns. The colon
   * is left out after a label that ends in punctuation ({@code "Important!"}).
   *
   * @param label the label, such as a part's name
   * @param text the text after it
   * @return this writer
   * @throws IOException if the output fails
   */
  public TextWriter labelled(String label, String text) throws IOException {
    requireText(label, "label");
    Objects.requireNonNull(text, "text");
    beginHangingIndent(2);
    paragraph(label, Punctuation.separator(label), text);
    return end();
  }

  /**
   * Writes {@code "label: a, b, c"}, like {@link #labelled(String, String)}.
   *
   * @param label the label
   * @param values the values, joined with {@code ", "}
   * @return this writer
   * @throws IOException if the output fails
   */
  public TextWriter labelled(String label, List<String> values) throws IOException {
    requireText(label, "label");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty");
    }
    spans.setLength(0);
    Bidi.appendClosed(spans, label);
    spans.append(Punctuation.separator(label));
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        spans.append(", ");
      }
      Bidi.appendClosed(spans, Objects.requireNonNull(values.get(i), "values"));
    }
    beginHangingIndent(2);
    write(spans.toString(), true);
    return end();
  }

  /**
   * Writes a URL on a line of its own, never broken, even where it is wider than the line, so that
   * mail clients link it and readers can copy it.
   *
   * @param url the URL
   * @return this writer
   * @throws IOException if the output fails
   */
  public TextWriter link(String url) throws IOException {
    requireText(url, "url");
    write(Bidi.close(url), false);
    return this;
  }

  /**
   * {@return the columns a line has for its text at the current indentation} Used to lay out text
   * written with {@link #line(String)}.
   */
  public int available() {
    return sink.available();
  }

  /**
   * Writes one line exactly as given, at the current indentation and never wrapped: text the caller
   * has laid out itself, such as a table's aligned columns, fitted within {@link #available()}.
   *
   * @param line the line, without line breaks or trailing white space
   * @return this writer
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if the line is blank or holds a line break
   */
  public TextWriter line(String line) throws IOException {
    requireText(line, "line");
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("line must not hold a line break");
    }
    writeLine(line);
    return this;
  }

  /**
   * Asks for one blank line before the next block; none at the start of the output.
   *
   * @return this writer
   */
  public TextWriter blankLine() {
    blankPending = true;
    return this;
  }

  /**
   * Starts a list item: the next line starts with {@code marker}, and every line until {@link
   * #end()} is indented by the marker's width.
   *
   * @param marker the item's marker, such as {@code "- "} or {@code "3. "}
   * @return this writer
   * @throws IllegalArgumentException if the marker is empty or has a line break or control
   *     character
   */
  public TextWriter beginItem(String marker) {
    Objects.requireNonNull(marker, "marker");
    if (marker.isEmpty()) {
      throw new IllegalArgumentException("marker must not be empty");
    }
    for (int i = 0; i < marker.length(); i++) {
      if (Character.getType(marker.charAt(i)) == Character.CONTROL
          || marker.charAt(i) == '\u2028'
          || marker.charAt(i) == '\u2029') {
        throw new IllegalArgumentException(
            "marker must be one line without control characters: \"" + marker + "\"");
      }
    }
    int columns = columns(marker);
    levels.add(new Level(marker, columns, columns));
    return this;
  }

  /**
   * Starts a bulleted list item ({@code "- "}).
   *
   * @return this writer
   */
  public TextWriter beginBullet() {
    return beginItem(BULLET);
  }

  /**
   * Starts a numbered list item ({@code "1. "}).
   *
   * @param number the item's number
   * @return this writer
   */
  public TextWriter beginNumbered(int number) {
    return beginItem(number + ". ");
  }

  /**
   * Indents every line after the next one by {@code columns}, until {@link #end()}.
   *
   * @param columns the indentation in columns
   * @return this writer
   */
  public TextWriter beginHangingIndent(int columns) {
    if (columns < 0) {
      throw new IllegalArgumentException("columns must not be negative, was " + columns);
    }
    levels.add(new Level("", 0, columns));
    return this;
  }

  /**
   * Ends the innermost list item or hanging indent.
   *
   * @return this writer
   * @throws IllegalStateException if none is open
   */
  public TextWriter end() {
    if (levels.isEmpty()) {
      throw new IllegalStateException("no list item or indent is open");
    }
    levels.remove(levels.size() - 1);
    return this;
  }

  /** {@return how many list items and indents are open} */
  public int depth() {
    return levels.size();
  }

  private static void requireText(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private void write(String text, boolean breakIdeographs) throws IOException {
    sink.start();
    wrapper.wrap(text, breakIdeographs, sink);
  }

  /** Writes one line with the current indentation; an empty line gets none. */
  private void writeLine(CharSequence content) throws IOException {
    if (content.length() > 0) {
      startLine().append(content);
    } else {
      separate();
    }
    out.append('\n');
  }

  /** Writes the blank line asked for, if any, and the indentation of a line with content. */
  private Appendable startLine() throws IOException {
    separate();
    for (Level level : levels) {
      if (level.markerPending) {
        out.append(level.marker);
        level.markerPending = false;
      } else {
        indent(level.indent);
      }
    }
    return out;
  }

  private void separate() throws IOException {
    if (blankPending && wroteLine) {
      out.append('\n');
    }
    blankPending = false;
    wroteLine = true;
  }

  private void indent(int columns) throws IOException {
    int left = columns;
    while (left > 0) {
      int n = Math.min(left, SPACES.length());
      out.append(SPACES, 0, n);
      left -= n;
    }
  }

  /** The wrapper's sink: drops a paragraph's leading and trailing empty lines, tracks widths. */
  private final class LineSink implements Wrapper.Sink {
    boolean started;
    int emptyLines;
    int maxColumns;

    void start() {
      started = false;
      emptyLines = 0;
      maxColumns = 0;
    }

    @Override
    public int available() {
      int used = 0;
      for (Level level : levels) {
        used += level.markerPending ? level.markerColumns : level.indent;
      }
      return Math.max(1, width - used);
    }

    @Override
    public void emptyLine() {
      if (started) {
        emptyLines++;
      }
    }

    @Override
    public Appendable startLine() throws IOException {
      for (; emptyLines > 0; emptyLines--) {
        writeLine("");
      }
      started = true;
      return TextWriter.this.startLine();
    }

    @Override
    public void endLine(int columns) throws IOException {
      out.append('\n');
      maxColumns = Math.max(maxColumns, columns);
    }
  }
}
