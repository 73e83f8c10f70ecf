package dev.caresheet.schema.internal;

import dev.caresheet.model.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * A document that bound to the model, with what the cross-file rules need: where its id and its
 * {@code related} entries are in the source. Kept instead of the whole {@link SourceMap}, so that
 * validating a large set stays light.
 *
 * @param source the source name
 * @param condition the bound model
 * @param idAt where the value of {@code /id} starts
 * @param relatedAt where each {@code /related/i} starts
 */
public record Bound(String source, Condition condition, Position idAt, List<Position> relatedAt) {

  /** Captures a bound document. */
  public static Bound of(String source, Condition condition, SourceMap map) {
    List<Position> related = new ArrayList<>();
    for (int i = 0; i < condition.related().size(); i++) {
      related.add(map.valueAt("/related/" + i));
    }
    return new Bound(source, condition, map.valueAt("/id"), List.copyOf(related));
  }
}
