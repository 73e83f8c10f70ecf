package dev.caresheet.schema.internal;

import dev.caresheet.model.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cross-file rules need of a document that bound to the model: its id, its {@code related}
 * ids, and where they are in the source. Kept instead of the document and its {@link SourceMap}, so
 * that a report on a large set stays small (a few hundred bytes a document, not the document).
 *
 * @param source the source name
 * @param id the condition's id
 * @param related the condition's {@code related} ids
 * @param idAt where the value of {@code /id} starts
 * @param relatedAt where each {@code /related/i} starts
 * @param conditionLinks the {@code condition:id} links of its paragraph texts
 */
public record Bound(
    String source,
    String id,
    List<String> related,
    Position idAt,
    List<Position> relatedAt,
    List<ConditionLink> conditionLinks) {

  /**
   * A {@code condition:id} link of a paragraph text, where the set rules check that the id names a
   * condition of the set.
   *
   * @param id the condition id
   * @param pointer the text's pointer
   * @param at where the link's target is
   * @param note what to add to a message about it (empty, or that the column is approximate)
   */
  public record ConditionLink(String id, String pointer, Position at, String note) {}

  /** Captures what the rules across files need of a bound document, without condition links. */
  public static Bound of(String source, Condition condition, SourceMap map) {
    return of(source, condition, map, List.of());
  }

  /** Captures what the rules across files need of a bound document. */
  public static Bound of(
      String source, Condition condition, SourceMap map, List<ConditionLink> conditionLinks) {
    List<Position> related = new ArrayList<>();
    for (int i = 0; i < condition.related().size(); i++) {
      related.add(map.valueAt("/related/" + i));
    }
    return new Bound(
        source,
        condition.id(),
        condition.related(),
        map.valueAt("/id"),
        List.copyOf(related),
        List.copyOf(conditionLinks));
  }
}
