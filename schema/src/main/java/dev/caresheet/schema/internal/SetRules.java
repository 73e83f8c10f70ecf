package dev.caresheet.schema.internal;

import dev.caresheet.schema.Codes;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules across a set of documents: condition ids are unique (an error at each duplicate's
 * {@code /id}), and every {@code related} id names a condition of the set (a warning: a publisher
 * may link to pages that live elsewhere), and so does every {@code condition:id} link of a
 * paragraph text.
 */
public final class SetRules {
  private SetRules() {}

  /** Checks a set of bound documents, in the given order. */
  public static List<Problem> check(List<Bound> documents) {
    return check(documents, Set.of());
  }

  /**
   * Checks some documents of a larger set, in the given order: {@code otherIds} are the ids of the
   * set's other documents, which count for the related ids and links of these, and which these must
   * not reuse.
   */
  public static List<Problem> check(List<Bound> documents, Set<String> otherIds) {
    List<Problem> problems = new ArrayList<>();
    Map<String, List<Bound>> byId = new LinkedHashMap<>();
    for (Bound b : documents) {
      byId.computeIfAbsent(b.id(), id -> new ArrayList<>()).add(b);
    }
    Set<String> known = new HashSet<>(byId.keySet());
    known.addAll(otherIds);
    for (Map.Entry<String, List<Bound>> e : byId.entrySet()) {
      List<Bound> same = e.getValue();
      boolean elsewhere = otherIds.contains(e.getKey());
      if (same.size() < 2 && !elsewhere) {
        continue;
      }
      for (Bound b : same) {
        List<String> others = new ArrayList<>();
        for (Bound o : same) {
          if (o != b) {
            others.add(
                o.source().isEmpty() ? "another document" : o.source() + ":" + o.idAt().line());
          }
        }
        if (elsewhere) {
          others.add("another document of the set");
        }
        problems.add(
            Problems.create(
                b.source(),
                b.idAt().line(),
                b.idAt().column(),
                "/id",
                Severity.ERROR,
                Codes.RULE_UNIQUE_CONDITION_ID,
                "condition id `" + e.getKey() + "` is also used by " + String.join(", ", others),
                "give each condition an id of its own; the id names its page"));
      }
    }
    for (Bound b : documents) {
      List<String> related = b.related();
      for (int i = 0; i < related.size(); i++) {
        String id = related.get(i);
        if (known.contains(id) || id.equals(b.id())) {
          continue;
        }
        String closest = Text.closest(id, known);
        Position at = b.relatedAt().get(i);
        problems.add(
            Problems.create(
                b.source(),
                at.line(),
                at.column(),
                "/related/" + i,
                Severity.WARNING,
                Codes.RULE_RELATED_UNKNOWN,
                "`related[" + i + "]` names `" + id + "`, which is not a condition of this set",
                closest != null
                    ? "did you mean `" + closest + "`?"
                    : "fine if the page lives elsewhere; otherwise add the condition or fix the id"));
      }
    }
    for (Bound b : documents) {
      for (Bound.ConditionLink link : b.conditionLinks()) {
        if (known.contains(link.id()) || link.id().equals(b.id())) {
          continue;
        }
        String closest = Text.closest(link.id(), known);
        problems.add(
            Problems.create(
                b.source(),
                link.at().line(),
                link.at().column(),
                link.pointer(),
                Severity.WARNING,
                Codes.RULE_LINK_CONDITION_UNKNOWN,
                Pointers.quoted(link.pointer())
                    + " links to `condition:"
                    + link.id()
                    + "`, which is"
                    + " not a condition of this set"
                    + link.note(),
                closest != null
                    ? "did you mean `condition:" + closest + "`?"
                    : "fine if the page lives elsewhere (the link is then shown as text); otherwise add"
                        + " the condition or fix the id"));
      }
    }
    return problems;
  }
}
