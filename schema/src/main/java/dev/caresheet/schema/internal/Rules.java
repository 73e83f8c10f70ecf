package dev.caresheet.schema.internal;

import dev.caresheet.model.Attribution;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Condition;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.ListPart;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.Part;
import dev.caresheet.model.PartKind;
import dev.caresheet.model.Section;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.schema.Codes;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules stage: what the schema cannot say about one document, checked on the bound model.
 * Every problem is located by its JSON pointer in the document's {@link SourceMap}; the model's
 * lists keep the document's order, so an index in the model is the index in the file.
 */
public final class Rules {
  private Rules() {}

  /**
   * Checks a bound document.
   *
   * @param today the validator's today, for {@code lastReviewed}
   */
  public static void check(Condition c, SourceMap map, LocalDate today, Found found) {
    Check check = new Check(map, found);
    check.texts("/alternateNames", c.alternateNames());
    check.texts("/description", c.description());
    check.texts("/affectedAnatomy", c.affectedAnatomy());
    check.items("/callouts", c.callouts(), Function.identity());
    c.differentialDiagnoses().ifPresent(p -> check.listPart(p, true));
    c.causes().ifPresent(p -> {
      check.listPart(p, false);
      check.uniqueIds("/causes/items", p.items(), Cause::id, "cause");
    });
    c.mechanisms().ifPresent(p -> {
      check.listPart(p, false);
      check.uniqueIds("/mechanisms/items", p.items(), Mechanism::id, "mechanism");
      Set<String> causeIds = new LinkedHashSet<>();
      c.causes().ifPresent(causes -> causes.items().forEach(cause -> causeIds.add(cause.id())));
      for (int i = 0; i < p.items().size(); i++) {
        Mechanism m = p.items().get(i);
        String base = "/mechanisms/items/" + i;
        check.texts(base + "/description", m.description());
        check.texts(base + "/causes", m.causes());
        check.causeRefs(base + "/causes", m.causes(), causeIds, c.causes().isPresent());
      }
    });
    c.triggers().ifPresent(p -> check.listPart(p, true));
    c.firstAid().ifPresent(p -> {
      check.listPart(p, true);
      for (int i = 0; i < p.items().size(); i++) {
        FirstAidStep step = p.items().get(i);
        String base = "/firstAid/items/" + i;
        check.items(base + "/variants", step.variants(), Function.identity());
        check.texts(base + "/cautions", step.cautions());
      }
    });
    c.whenToSeekHelp().ifPresent(p -> {
      check.listPart(p, true);
      for (int i = 0; i < p.items().size(); i++) {
        SeekHelpAdvice advice = p.items().get(i);
        check.texts("/whenToSeekHelp/items/" + i + "/advice", advice.advice());
      }
    });
    c.prevention().ifPresent(p -> check.listPart(p, true));
    check.uniqueIds("/sections", c.sections(), Section::id, "section");
    for (int i = 0; i < c.sections().size(); i++) {
      Section s = c.sections().get(i);
      String base = "/sections/" + i;
      if (PartKind.ofKey(s.id()).isPresent()) {
        found.error(Codes.RULE_RESERVED_ID, base + "/id", map.valueAt(base + "/id"),
            "section id `" + s.id() + "` is the name of a typed part; the outline and the page's"
                + " anchors could not tell them apart",
            "choose another id, such as `" + s.id() + "-more`");
      }
      check.items(base + "/callouts", s.callouts(), Function.identity());
      check.texts(base + "/body", s.body());
    }
    check.outline(c);
    c.attribution().ifPresent(a -> check.attribution(a, today));
    check.items("/references", c.references(), Function.identity());
    check.texts("/related", c.related());
    for (int i = 0; i < c.related().size(); i++) {
      if (c.related().get(i).equals(c.id())) {
        String pointer = "/related/" + i;
        found.warning(Codes.RULE_RELATED_SELF, pointer, map.valueAt(pointer),
            Pointers.quoted(pointer) + " names this condition itself (`" + c.id() + "`)",
            "remove it: a page need not link to itself");
      }
    }
  }

  private static final class Check {
    final SourceMap map;
    final Found found;

    Check(SourceMap map, Found found) {
      this.map = map;
      this.found = found;
    }

    void listPart(ListPart<?> part, boolean checkItems) {
      String base = "/" + part.key();
      texts(base + "/intro", part.intro());
      items(base + "/callouts", part.callouts(), Function.identity());
      if (checkItems) {
        items(base + "/items", part.items(), Function.identity());
      }
      texts(base + "/conclusion", part.conclusion());
    }

    void texts(String pointer, List<String> values) {
      items(pointer, values, Function.identity());
    }

    /** The same value twice in one list: reported at each repetition. */
    <T> void items(String pointer, List<T> values, Function<T, ?> key) {
      if (values.size() < 2) {
        return;
      }
      Map<Object, Integer> first = new HashMap<>();
      for (int i = 0; i < values.size(); i++) {
        Integer earlier = first.putIfAbsent(key.apply(values.get(i)), i);
        if (earlier != null) {
          String at = Pointers.child(pointer, i);
          String firstAt = Pointers.child(pointer, earlier);
          found.error(Codes.RULE_DUPLICATE_ITEM, at, map.valueAt(at),
              Pointers.quoted(at) + " repeats " + Pointers.quoted(firstAt)
                  + " (line " + map.valueAt(firstAt).line() + ")",
              "remove one of the two");
        }
      }
    }

    <T> void uniqueIds(String pointer, List<T> values, Function<T, String> id, String noun) {
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < values.size(); i++) {
        Integer earlier = first.putIfAbsent(id.apply(values.get(i)), i);
        if (earlier != null) {
          String at = Pointers.child(pointer, i) + "/id";
          String firstAt = Pointers.child(pointer, earlier) + "/id";
          found.error(Codes.RULE_UNIQUE_ID, at, map.valueAt(at),
              noun + " id `" + id.apply(values.get(i)) + "` is already used by "
                  + Pointers.quoted(Pointers.parent(firstAt)) + " (line "
                  + map.valueAt(firstAt).line() + ")",
              "give each " + noun + " an id of its own");
        }
      }
    }

    void causeRefs(String pointer, List<String> refs, Set<String> causeIds, boolean hasCauses) {
      for (int j = 0; j < refs.size(); j++) {
        String ref = refs.get(j);
        if (causeIds.contains(ref)) {
          continue;
        }
        String at = Pointers.child(pointer, j);
        String hint;
        if (!hasCauses) {
          hint = "the document has no `causes` part; add the cause there";
        } else {
          String closest = Text.closest(ref, causeIds);
          hint = closest != null ? "did you mean `" + closest + "`?"
              : "the causes' ids are " + Text.list(causeIds);
        }
        found.error(Codes.RULE_CAUSE_REF, at, map.valueAt(at),
            Pointers.quoted(at) + " names the cause `" + ref + "`, but no cause has that id",
            hint);
      }
    }

    void outline(Condition c) {
      Map<String, Part> parts = new LinkedHashMap<>();
      for (Part p : c.parts()) {
        parts.putIfAbsent(p.key(), p);
      }
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < c.outline().size(); i++) {
        String key = c.outline().get(i);
        String at = "/outline/" + i;
        Integer earlier = first.putIfAbsent(key, i);
        if (earlier != null) {
          found.error(Codes.RULE_OUTLINE_DUPLICATE, at, map.valueAt(at),
              Pointers.quoted(at) + " names `" + key + "` again; " + Pointers.quoted("/outline/"
                  + earlier) + " already places it",
              "name each part once");
        } else if (!parts.containsKey(key)) {
          String hint;
          if (PartKind.ofKey(key).isPresent()) {
            hint = "the document has no `" + key + "` part; add it or remove this entry";
          } else {
            Set<String> candidates = new LinkedHashSet<>(parts.keySet());
            for (PartKind kind : PartKind.values()) {
              kind.key().ifPresent(candidates::add);
            }
            String closest = Text.closest(key, candidates);
            if (closest != null && parts.containsKey(closest)) {
              hint = "did you mean `" + closest + "`?";
            } else if (closest != null) {
              hint = "did you mean `" + closest + "`? the document has no such part yet";
            } else {
              hint = parts.isEmpty() ? "the document has no parts to order; remove the outline"
                  : "the parts are " + Text.list(parts.keySet());
            }
          }
          found.error(Codes.RULE_OUTLINE_UNKNOWN, at, map.valueAt(at),
              Pointers.quoted(at) + " names `" + key + "`, but the document has no such part",
              hint);
        }
      }
    }

    void attribution(Attribution a, LocalDate today) {
      items("/attribution/authors", a.authors(), Function.identity());
      items("/attribution/reviewers", a.reviewers(), Function.identity());
      Optional<LocalDate> reviewed = a.lastReviewed();
      if (reviewed.isPresent() && reviewed.get().isAfter(today)) {
        String at = "/attribution/lastReviewed";
        found.error(Codes.RULE_FUTURE_REVIEW, at, map.valueAt(at),
            "`attribution.lastReviewed` is " + reviewed.get() + ", which is in the future (today is "
                + today + ")",
            "write the day the content was actually reviewed");
      }
    }
  }

}
