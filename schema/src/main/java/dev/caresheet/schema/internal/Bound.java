package dev.caresheet.schema.internal;

import dev.caresheet.model.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cross-file rules need of a document that bound to the model: its id, its {@code
 * related} ids, and where they are in the source. Kept instead of the document and its {@link
 * SourceMap}, so that a report on a large set stays small (a few hundred bytes a document, not the
 * document).
 *
 * @param source the source name
 * @param id the condition's id
 * @param related the condition's {@code related} ids
 * @param idAt where the value of {@code /id} starts
 * @param relatedAt where each {@code /related/i} starts
 */
public record Bound(String source, String id, List<String> related, Position idAt,
    List<Position> relatedAt) {

  /** Captures what the rules across files need of a bound document. */
  public static Bound of(String source, Condition condition, SourceMap map) {
    List<Position> related = new ArrayList<>();
    for (int i = 0; i < condition.related().size(); i++) {
      related.add(map.valueAt("/related/" + i));
    }
    return new Bound(source, condition.id(), condition.related(), map.valueAt("/id"),
        List.copyOf(related));
  }
}
