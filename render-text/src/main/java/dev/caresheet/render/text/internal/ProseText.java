package dev.caresheet.render.text.internal;

import dev.caresheet.model.Block;
import dev.caresheet.model.Figure;
import dev.caresheet.model.ListBlock;
import dev.caresheet.model.NumberedList;
import dev.caresheet.model.Paragraph;
import dev.caresheet.model.Subheading;
import dev.caresheet.model.Table;
import dev.caresheet.render.Labels;
import dev.caresheet.render.text.TextWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prose blocks as plain text. A paragraph is wrapped; a list is wrapped like a part's list ({@code
 * - } or {@code 1. }); a subheading is a paragraph of its own; a table is aligned columns (its
 * caption above, the header underlined) when its widest cells fit the line, and otherwise a list of
 * rows, the header first, cells joined by {@code " | "}; a figure is {@code [Figure: alt —
 * caption]}, then its credit and licence. Inline texts are written by {@link
 * DefaultPartRenderers#inline(String)}: links as {@code text (url)}.
 */
final class ProseText {
  private ProseText() {}

  /** Between two aligned columns. */
  private static final String GAP = "  ";

  /** Between two cells of a row written as a list item. */
  private static final String JOIN = " | ";

  static void block(TextWriter w, Labels labels, Block block) throws IOException {
    switch (block.kind()) {
      case PARAGRAPH -> w.paragraph(inline(((Paragraph) block).text())).blankLine();
      case BULLET_LIST, NUMBERED_LIST -> {
        int number = 1;
        for (String item : ((ListBlock) block).items()) {
          if (block instanceof NumberedList) {
            w.beginNumbered(number++);
          } else {
            w.beginBullet();
          }
          w.paragraph(inline(item)).end();
        }
        w.blankLine();
      }
      case SUBHEADING -> w.paragraph(((Subheading) block).text()).blankLine();
      case TABLE -> table(w, (Table) block);
      case FIGURE -> figure(w, labels, (Figure) block);
    }
  }

  private static void table(TextWriter w, Table t) throws IOException {
    if (t.caption().isPresent()) {
      w.paragraph(inline(t.caption().get()));
    }
    int columns = t.header().size();
    for (List<String> row : t.rows()) {
      columns = Math.max(columns, row.size());
    }
    List<List<String>> cells = new ArrayList<>();
    cells.add(cells(t.header(), columns));
    for (List<String> row : t.rows()) {
      cells.add(cells(row, columns));
    }
    int[] widths = new int[columns];
    for (List<String> row : cells) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], TextWriter.columns(row.get(c)));
      }
    }
    int total = GAP.length() * (columns - 1);
    for (int width : widths) {
      total += width;
    }
    if (total <= w.available()) {
      for (int r = 0; r < cells.size(); r++) {
        String line = aligned(cells.get(r), widths);
        w.line(line.isEmpty() ? "-" : line);
        if (r == 0) {
          List<String> rules = new ArrayList<>(columns);
          for (int width : widths) {
            rules.add("-".repeat(Math.max(1, width)));
          }
          w.line(aligned(rules, widths));
        }
      }
    } else {
      w.paragraph(String.join(JOIN, nonEmpty(cells.get(0))));
      for (int r = 1; r < cells.size(); r++) {
        w.beginBullet().paragraph(String.join(JOIN, cells.get(r))).end();
      }
    }
    w.blankLine();
  }

  /** A row's cells as one-line plain texts, padded with empty cells to {@code columns}. */
  private static List<String> cells(List<String> row, int columns) {
    List<String> out = new ArrayList<>(columns);
    for (String cell : row) {
      out.add(Bidi.close(oneLine(inline(cell))));
    }
    while (out.size() < columns) {
      out.add("");
    }
    return out;
  }

  private static List<String> nonEmpty(List<String> cells) {
    List<String> out = new ArrayList<>(cells);
    out.replaceAll(c -> c.isEmpty() ? "-" : c);
    return out;
  }

  /** The cells, each padded to its column's width, the line's end trimmed. */
  private static String aligned(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        sb.append(GAP);
      }
      String cell = cells.get(c);
      sb.append(cell);
      if (c + 1 < cells.size()) {
        sb.append(" ".repeat(widths[c] - TextWriter.columns(cell)));
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    return sb.substring(0, end);
  }

  /** Every run of white space (line breaks, tabs) as one space, the ends trimmed. */
  private static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void figure(TextWriter w, Labels labels, Figure f) throws IOException {
    List<String> said = new ArrayList<>(2);
    f.alt().ifPresent(said::add);
    f.caption().ifPresent(c -> said.add(inline(c)));
    if (!said.isEmpty()) {
      w.paragraph("[" + labels.get("figure") + ": " + String.join(" — ", said) + "]");
    }
    if (f.credit().isPresent()) {
      w.paragraph(f.credit().get());
    }
    if (f.license().isPresent()) {
      w.labelled(labels.get("license"), f.license().get().name());
      if (f.license().get().url().isPresent()) {
        w.link(f.license().get().url().get());
      }
    }
    w.blankLine();
  }

  private static String inline(String text) {
    return DefaultPartRenderers.inline(text);
  }
}
