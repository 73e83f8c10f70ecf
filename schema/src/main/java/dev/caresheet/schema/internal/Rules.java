package dev.caresheet.schema.internal;

import dev.caresheet.model.Attribution;
import dev.caresheet.model.Block;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Condition;
import dev.caresheet.model.FirstAid;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.ListPart;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.Mechanisms;
import dev.caresheet.model.Part;
import dev.caresheet.model.PartKind;
import dev.caresheet.model.Section;
import dev.caresheet.model.SymptomGroup;
import dev.caresheet.model.Symptoms;
import dev.caresheet.model.Table;
import dev.caresheet.model.Treatment;
import dev.caresheet.model.TreatmentOption;
import dev.caresheet.schema.Codes;
import dev.caresheet.schema.ConditionSchema;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules stage: what the schema cannot say about one document, checked on the bound model. Every
 * problem is located by its JSON pointer in the document's {@link SourceMap}; the model's lists
 * keep the document's order, so an index in the model is the index in the file.
 */
public final class Rules {
  private Rules() {}

  /** A URI scheme ({@code https:}, {@code file:}) or a drive letter: an absolute reference. */
  private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

  /**
   * Checks a bound document.
   *
   * @param today the validator's today, for {@code lastReviewed}
   */
  public static void check(Condition c, SourceMap map, LocalDate today, Found found) {
    Check check = new Check(map, found);
    c.schema().ifPresent(schema -> check.schemaReference(schema));
    // Lists of items: the same item twice in one list is a mistake. Paragraphs are prose, and a
    // repeated lead-in ("The pain or discomfort:") is fine; so is one symptom in two groups.
    check.items("/alternateNames", c.alternateNames(), Function.identity());
    check.items("/affectedAnatomy", c.affectedAnatomy(), Function.identity());
    check.items("/callouts", c.callouts(), Function.identity());
    for (PartKind kind : PartKind.typed()) {
      Optional<ListPart<?>> part = kind.in(c);
      if (part.isPresent()) {
        check.part(kind, part.get(), c);
      }
    }
    check.uniqueIds("/sections", c.sections(), Section::id, "section");
    for (int i = 0; i < c.sections().size(); i++) {
      Section s = c.sections().get(i);
      String base = "/sections/" + i;
      Optional<PartKind> reserved = PartKind.ofKey(s.id());
      if (reserved.isPresent() && reserved.get().in(c).isPresent()) {
        found.error(
            Codes.RULE_RESERVED_ID,
            base + "/id",
            map.valueAt(base + "/id"),
            "section id `"
                + s.id()
                + "` is the name of the document's `"
                + s.id()
                + "` part; the"
                + " outline and the page's anchors could not tell them apart",
            "choose another id, such as `" + s.id() + "-more`");
      } else if (reserved.isPresent()) {
        found.warning(
            Codes.RULE_RESERVED_ID,
            base + "/id",
            map.valueAt(base + "/id"),
            "section id `"
                + s.id()
                + "` is the name of a typed part; it clashes as soon as the"
                + " document gains a `"
                + s.id()
                + "` part",
            "move its text into a `"
                + s.id()
                + "` part, or choose another id, such as `"
                + s.id()
                + "-more`");
      }
      check.items(base + "/callouts", s.callouts(), Function.identity());
    }
    Prose.forEach(c, check::prose);
    check.outline(c);
    c.attribution().ifPresent(a -> check.attribution(a, today));
    check.items("/references", c.references(), Function.identity());
    check.items("/related", c.related(), Function.identity());
    for (int i = 0; i < c.related().size(); i++) {
      if (c.related().get(i).equals(c.id())) {
        String pointer = "/related/" + i;
        found.warning(
            Codes.RULE_RELATED_SELF,
            pointer,
            map.valueAt(pointer),
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

    /**
     * {@code $schema} names Caresheet's schema: its {@code $id}, or a path relative to the file
     * (what editors resolve offline) to a file named {@value ConditionSchema#FILE_NAME}. Neither is
     * ever fetched or opened; the value is only read.
     */
    void schemaReference(String schema) {
      if (schema.equals(ConditionSchema.ID)) {
        return;
      }
      String pointer = "/$schema";
      String hint =
          "name the repository's copy by a path relative to this file, such as `../schemas/"
              + ConditionSchema.FILE_NAME
              + "` (`caresheet init` writes one), or the schema's $id `"
              + ConditionSchema.ID
              + "`";
      if (ABSOLUTE.matcher(schema).lookingAt() || schema.startsWith("//")) {
        found.error(
            Codes.RULE_FOREIGN_SCHEMA,
            pointer,
            map.valueAt(pointer),
            "`$schema` names `"
                + schema
                + "`, which is not Caresheet's schema; editors would"
                + " check this file against it",
            hint);
        return;
      }
      String path = schema;
      int end = indexOfAny(path, "?#");
      if (end >= 0) {
        path = path.substring(0, end);
      }
      String fileName = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
      if (!fileName.equals(ConditionSchema.FILE_NAME)) {
        found.error(
            Codes.RULE_FOREIGN_SCHEMA,
            pointer,
            map.valueAt(pointer),
            "`$schema` names the file `"
                + (fileName.isEmpty() ? schema : fileName)
                + "`, which is not Caresheet's schema (`"
                + ConditionSchema.FILE_NAME
                + "`)",
            hint);
      }
    }

    private static int indexOfAny(String s, String chars) {
      for (int i = 0; i < s.length(); i++) {
        if (chars.indexOf(s.charAt(i)) >= 0) {
          return i;
        }
      }
      return -1;
    }

    /** One part's rules: its callouts and items, and what its kind adds. */
    void part(PartKind kind, ListPart<?> part, Condition c) {
      String base = "/" + part.key();
      items(base + "/callouts", part.callouts(), Function.identity());
      String itemsAt = base + "/items";
      // An exhaustive switch expression: a new kind does not compile until its rules are here.
      Runnable rules =
          switch (kind) {
            case CAUSES -> () -> uniqueIds(itemsAt, ((Causes) part).items(), Cause::id, "cause");
            case MECHANISMS -> () -> mechanisms((Mechanisms) part, c);
            case FIRST_AID ->
                () -> {
                  items(itemsAt, part.items(), Function.identity());
                  List<FirstAidStep> steps = ((FirstAid) part).items();
                  for (int i = 0; i < steps.size(); i++) {
                    items(
                        itemsAt + "/" + i + "/variants",
                        steps.get(i).variants(),
                        Function.identity());
                    items(
                        itemsAt + "/" + i + "/cautions",
                        steps.get(i).cautions(),
                        Function.identity());
                  }
                };
            case TREATMENT ->
                () -> {
                  items(itemsAt, part.items(), Function.identity());
                  List<TreatmentOption> options = ((Treatment) part).items();
                  for (int i = 0; i < options.size(); i++) {
                    items(
                        itemsAt + "/" + i + "/cautions",
                        options.get(i).cautions(),
                        Function.identity());
                  }
                };
            case SYMPTOMS ->
                () -> {
                  items(itemsAt, part.items(), Function.identity());
                  List<SymptomGroup> groups = ((Symptoms) part).groups();
                  for (int i = 0; i < groups.size(); i++) {
                    items(
                        base + "/groups/" + i + "/items",
                        groups.get(i).items(),
                        Function.identity());
                  }
                };
            case TYPES,
                DIFFERENTIAL_DIAGNOSES,
                TRIGGERS,
                DIAGNOSIS,
                SELF_CARE,
                WHEN_TO_SEEK_HELP,
                COMPLICATIONS,
                OUTLOOK,
                PREVENTION,
                LIVING_WITH ->
                () -> items(itemsAt, part.items(), Function.identity());
            case SECTION -> () -> {};
          };
      rules.run();
    }

    private void mechanisms(Mechanisms p, Condition c) {
      uniqueIds("/mechanisms/items", p.items(), Mechanism::id, "mechanism");
      Set<String> causeIds = new LinkedHashSet<>();
      c.causes().ifPresent(causes -> causes.items().forEach(cause -> causeIds.add(cause.id())));
      for (int i = 0; i < p.items().size(); i++) {
        Mechanism m = p.items().get(i);
        String at = "/mechanisms/items/" + i + "/causes";
        items(at, m.causes(), Function.identity());
        causeRefs(at, m.causes(), causeIds, c.causes().isPresent());
      }
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
          found.error(
              Codes.RULE_DUPLICATE_ITEM,
              at,
              map.valueAt(at),
              Pointers.quoted(at)
                  + " repeats "
                  + Pointers.quoted(firstAt)
                  + " (line "
                  + map.valueAt(firstAt).line()
                  + ")",
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
          found.error(
              Codes.RULE_UNIQUE_ID,
              at,
              map.valueAt(at),
              noun
                  + " id `"
                  + id.apply(values.get(i))
                  + "` is already used by "
                  + Pointers.quoted(Pointers.parent(firstAt))
                  + " (line "
                  + map.valueAt(firstAt).line()
                  + ")",
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
          hint =
              closest != null
                  ? "did you mean `" + closest + "`?"
                  : "the causes' ids are " + Text.list(causeIds);
        }
        found.error(
            Codes.RULE_CAUSE_REF,
            at,
            map.valueAt(at),
            Pointers.quoted(at) + " names the cause `" + ref + "`, but no cause has that id",
            hint);
      }
    }

    /** The blocks' rules: every table row as long as the header. */
    void prose(String pointer, List<Block> blocks) {
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i) instanceof Table) {
          Table table = (Table) blocks.get(i);
          int columns = table.header().size();
          for (int r = 0; r < table.rows().size(); r++) {
            int cells = table.rows().get(r).size();
            if (cells != columns) {
              String at = pointer + "/" + i + "/table/rows/" + r;
              found.error(
                  Codes.RULE_TABLE_ROW,
                  at,
                  map.valueAt(at),
                  Pointers.quoted(at)
                      + " has "
                      + cells
                      + (cells == 1 ? " cell" : " cells")
                      + ", but the header has "
                      + columns
                      + (columns == 1 ? " column" : " columns"),
                  cells < columns
                      ? "add the missing cells (write `-` for an empty one)"
                      : "remove the extra cells, or add a column to the header");
            }
          }
        }
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
          found.error(
              Codes.RULE_OUTLINE_DUPLICATE,
              at,
              map.valueAt(at),
              Pointers.quoted(at)
                  + " names `"
                  + key
                  + "` again; "
                  + Pointers.quoted("/outline/" + earlier)
                  + " already places it",
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
              hint =
                  parts.isEmpty()
                      ? "the document has no parts to order; remove the outline"
                      : "the parts are " + Text.list(parts.keySet());
            }
          }
          found.error(
              Codes.RULE_OUTLINE_UNKNOWN,
              at,
              map.valueAt(at),
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
        found.error(
            Codes.RULE_FUTURE_REVIEW,
            at,
            map.valueAt(at),
            "`attribution.lastReviewed` is "
                + reviewed.get()
                + ", which is in the future (today is "
                + today
                + ")",
            "write the day the content was actually reviewed");
      }
    }
  }
}
