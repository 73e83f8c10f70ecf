package dev.caresheet.importer.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The one place where source blocks become prose blocks (a part's intro and conclusion, a section's
 * body, the description), in the document's JSON form: a paragraph is a string; a list, a numbered
 * list, a subheading and a table are one-key objects ({@code list}, {@code numbered}, {@code
 * subheading}, {@code table}), as the model's blocks read them.
 */
public final class Prose {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** What stands in an empty table cell, which the format does not allow. */
  static final String EMPTY_CELL = "–";

  private Prose() {}

  /**
   * The prose blocks of some source blocks.
   *
   * @param nodes the blocks, in order
   * @param log the report
   * @return the blocks, as JSON values
   */
  public static List<JsonNode> blocks(List<Doc.Node> nodes, Log log) {
    List<JsonNode> out = new ArrayList<>();
    for (Doc.Node node : nodes) {
      if (node instanceof Doc.Para p) {
        paragraph(out, p.text());
      } else if (node instanceof Doc.Heading h) {
        String text = Mapper.plain(h.text());
        if (!text.isEmpty()) {
          out.add(JSON.objectNode().put("subheading", text));
        }
      } else if (node instanceof Doc.ListNode l) {
        list(out, l.ordered(), l.items().stream().map(Doc.Item::text).toList());
      } else if (node instanceof Doc.TableNode t) {
        table(out, t, log);
      } else if (node instanceof Doc.CalloutNode c) {
        paragraph(out, c.text());
      } else if (node instanceof Doc.CareCard c) {
        paragraph(out, c.advice());
        list(out, false, c.situations().stream().map(Doc.Item::text).toList());
      } else if (node instanceof Doc.DoDont d) {
        list(out, false, d.dos().stream().map(Doc.Item::text).toList());
        list(out, false, d.donts().stream().map(Doc.Item::text).toList());
      }
    }
    return out;
  }

  /**
   * The plain paragraphs of some blocks, for a field that holds only texts.
   *
   * @param blocks prose blocks
   * @return every text in them
   */
  public static List<String> texts(List<JsonNode> blocks) {
    List<String> out = new ArrayList<>();
    for (JsonNode b : blocks) {
      collect(b, out);
    }
    return out;
  }

  /** Adds every text under a node (a block, a part, a list), in document order. */
  static void collect(JsonNode node, List<String> out) {
    if (node.isString()) {
      out.add(node.asString());
    } else {
      for (JsonNode child : node) {
        collect(child, out);
      }
    }
  }

  private static void paragraph(List<JsonNode> out, String text) {
    if (!text.isBlank()) {
      out.add(StringNode.valueOf(text));
    }
  }

  private static void list(List<JsonNode> out, boolean ordered, List<String> items) {
    List<String> kept = items.stream().filter(i -> !i.isBlank()).toList();
    if (kept.isEmpty()) {
      return;
    }
    ObjectNode block = JSON.objectNode();
    ArrayNode array = block.putArray(ordered ? "numbered" : "list");
    kept.forEach(array::add);
    out.add(block);
  }

  private static void table(List<JsonNode> out, Doc.TableNode t, Log log) {
    List<String> header = new ArrayList<>(t.header());
    List<List<String>> rows = new ArrayList<>(t.rows());
    if (header.isEmpty()) {
      if (rows.size() < 2) {
        rows.forEach(r -> paragraph(out, String.join(" ", r)));
        return;
      }
      header.addAll(rows.remove(0));
      log.human(t.loc(), "a table without header cells: its first row became the header");
    }
    if (rows.isEmpty()) {
      paragraph(out, String.join(" ", header));
      return;
    }
    int width = header.size();
    boolean padded = false;
    ObjectNode table = JSON.objectNode();
    ObjectNode body = table.putObject("table");
    if (t.caption() != null && !t.caption().isBlank()) {
      body.put("caption", t.caption());
    }
    ArrayNode h = body.putArray("header");
    for (String cell : header) {
      padded |= cell.isBlank();
      h.add(cell.isBlank() ? EMPTY_CELL : cell);
    }
    ArrayNode r = body.putArray("rows");
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>(row);
      if (cells.size() > width) {
        List<String> extra = cells.subList(width - 1, cells.size());
        String joined = String.join(" ", extra);
        extra.clear();
        cells.add(joined);
        padded = true;
      }
      while (cells.size() < width) {
        cells.add(EMPTY_CELL);
        padded = true;
      }
      ArrayNode a = r.addArray();
      for (String cell : cells) {
        padded |= cell.isBlank();
        a.add(cell.isBlank() ? EMPTY_CELL : cell);
      }
    }
    if (padded) {
      log.human(t.loc(), "a table with empty or missing cells: filled with “" + EMPTY_CELL + "”");
    }
    out.add(table);
  }
}
