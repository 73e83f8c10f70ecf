package dev.caresheet.importer.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place where source blocks become prose (a part's intro and conclusion, a section's
 * body, the description). Today's model holds prose as paragraph strings, so a list in prose
 * becomes one paragraph per item, a subheading a paragraph of strong text and a table a
 * paragraph per row; with blocks in prose (issue 12) each becomes its block here.
 */
public final class Prose {

  private Prose() {}

  /**
   * The paragraphs of some blocks.
   *
   * @param nodes the blocks, in order
   * @param log the report (a list or table flattened is noted for a person)
   * @return the paragraphs
   */
  public static List<String> paragraphs(List<Doc.Node> nodes, Log log) {
    List<String> out = new ArrayList<>();
    for (Doc.Node node : nodes) {
      if (node instanceof Doc.Para p) {
        out.add(p.text());
      } else if (node instanceof Doc.Heading h) {
        out.add("**" + h.text() + "**");
      } else if (node instanceof Doc.ListNode l) {
        int n = 1;
        for (Doc.Item item : l.items()) {
          out.add(l.ordered() ? (n++) + "\\. " + item.text() : "– " + item.text());
        }
        log.human(l.loc(), "a list in running text became " + l.items().size()
            + " paragraphs (blocks in prose are not in the model yet)");
      } else if (node instanceof Doc.TableNode t) {
        if (t.caption() != null) {
          out.add("**" + t.caption() + "**");
        }
        for (List<String> row : t.rows()) {
          StringBuilder line = new StringBuilder();
          for (int i = 0; i < row.size(); i++) {
            if (row.get(i).isBlank()) {
              continue;
            }
            if (line.length() > 0) {
              line.append("; ");
            }
            if (i < t.header().size() && !t.header().get(i).isBlank()) {
              line.append(t.header().get(i)).append(": ");
            }
            line.append(row.get(i));
          }
          if (line.length() > 0) {
            out.add(line.toString());
          }
        }
        log.human(t.loc(), "a table of " + t.rows().size()
            + " rows became paragraphs (tables in prose are not in the model yet)");
      } else if (node instanceof Doc.CalloutNode c) {
        out.add(c.text());
      } else if (node instanceof Doc.CareCard c) {
        out.add(c.advice());
        for (Doc.Item item : c.situations()) {
          out.add("– " + item.text());
        }
      } else if (node instanceof Doc.DoDont d) {
        for (Doc.Item item : d.dos()) {
          out.add("– " + item.text());
        }
        for (Doc.Item item : d.donts()) {
          out.add("– " + item.text());
        }
      }
    }
    out.removeIf(String::isBlank);
    return out;
  }
}
