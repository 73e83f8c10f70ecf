package dev.caresheet.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Whether a {@link SelfCareTip} is something to do or something not to do. */
public enum Recommendation {
  /** Something the reader should do ("use insect repellent"). */
  @JsonProperty("do")
  DO,
  /** Something the reader should not do ("do not squeeze spots"). */
  @JsonProperty("dont")
  DONT;

  /**
   * The items of a {@link ListStyle#DO_AND_DONT} list that carry this recommendation, or with
   * {@code Optional.empty()} those that carry none (including items that are not tips), in the
   * document's order: how every format groups such a list.
   *
   * @param items the items of the list, in the document's order
   * @param recommendation which items to keep; empty for those without a recommendation
   * @return the items that carry it, in the document's order (unmodifiable)
   */
  public static List<Object> select(List<?> items, Optional<Recommendation> recommendation) {
    List<Object> out = new ArrayList<>();
    for (Object item : items) {
      Optional<Recommendation> kind =
          item instanceof SelfCareTip ? ((SelfCareTip) item).kind() : Optional.empty();
      if (kind.equals(recommendation)) {
        out.add(item);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** {@return the value as written in documents ({@code "do"}, {@code "dont"})} */
  public String value() {
    return this == DO ? "do" : "dont";
  }
}
