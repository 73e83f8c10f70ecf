package dev.caresheet.schema.internal;

import dev.caresheet.model.Cause;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Inline;
import dev.caresheet.model.Part;
import dev.caresheet.schema.Codes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The rules of inline markup in paragraph texts ({@link Inline#FIELDS}): every link's target is
 * allowed ({@link Codes#RULE_LINK_SCHEME}), and an in-document link names a part or cause the
 * document has and every link has a text ({@link Codes#RULE_LINK_TARGET}). Each problem is located
 * at the first character of the link's target inside the text ({@link SourceMap#inString}). {@code
 * condition:id} links are returned for the rules across the set.
 */
public final class InlineRules {
  private InlineRules() {}

  /** The note of a message whose column is where the text starts. */
  static final String APPROXIMATE =
      " (the column is where the text starts: the exact column in a"
          + " folded YAML text cannot be known)";

  /** Checks the inline texts of a bound document; returns its {@code condition:id} links. */
  public static List<Bound.ConditionLink> check(
      JsonNode tree, Condition c, SourceMap map, Found found) {
    Set<String> keys = new LinkedHashSet<>();
    for (Part p : c.parts()) {
      keys.add(p.key());
    }
    c.causes().ifPresent(causes -> causes.items().stream().map(Cause::id).forEach(keys::add));
    List<Bound.ConditionLink> links = new ArrayList<>();
    walk(tree, "", keys, map, found, links);
    return links;
  }

  private static void walk(
      JsonNode node,
      String pointer,
      Set<String> keys,
      SourceMap map,
      Found found,
      List<Bound.ConditionLink> links) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), Pointers.child(pointer, e.getKey()), keys, map, found, links);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, keys, map, found, links);
      }
    } else if (node.isString() && Inline.isInlineField(pointer)) {
      text(node.stringValue(), pointer, keys, map, found, links);
    }
  }

  private static void text(
      String value,
      String pointer,
      Set<String> keys,
      SourceMap map,
      Found found,
      List<Bound.ConditionLink> links) {
    Inline inline = Inline.parse(value);
    Set<Inline.Link> withText =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    inline.runs().forEach(r -> r.link().ifPresent(withText::add));
    for (Inline.Link link : inline.links()) {
      SourceMap.InString in = map.inString(pointer, value, link.targetIndex());
      String note = in.exact() ? "" : APPROXIMATE;
      String where = Pointers.quoted(pointer);
      String d = link.destination();
      if (!withText.contains(link)) {
        found.error(
            Codes.RULE_LINK_TARGET,
            pointer,
            in.at(),
            where
                + " has a link to `"
                + shown(d)
                + "` with no text, which a reader could not see"
                + note,
            "put the words to click between the brackets: [NHS 111](https://111.nhs.uk/)");
        continue;
      }
      switch (link.kind()) {
        case EXTERNAL:
          break;
        case CONDITION:
          links.add(new Bound.ConditionLink(link.target(), pointer, in.at(), note));
          break;
        case FRAGMENT:
          if (!keys.contains(link.target())) {
            String closest = Text.closest(link.target(), keys);
            found.error(
                Codes.RULE_LINK_TARGET,
                pointer,
                in.at(),
                where
                    + " links to `#"
                    + link.target()
                    + "`, but the document has no part or cause"
                    + " with that id"
                    + note,
                closest != null
                    ? "did you mean `#" + closest + "`?"
                    : "link to a part by its key (`#causes`), a section or a cause by its id");
          }
          break;
        case REFUSED:
        default:
          if (d.startsWith("#") || d.toLowerCase(Locale.ROOT).startsWith("condition:")) {
            found.error(
                Codes.RULE_LINK_TARGET,
                pointer,
                in.at(),
                where + " links to `" + d + "`, which is not an id" + note,
                "ids are slugs: lower-case letters and digits joined by single hyphens, as in"
                    + " `#causes` or `condition:leg-cramps`");
          } else {
            found.error(
                Codes.RULE_LINK_SCHEME,
                pointer,
                in.at(),
                where + " links to `" + shown(d) + "`, which is not an allowed link" + note,
                "a link goes to an https:, http:, mailto: or tel: address written in full, to"
                    + " `#key` in the document or to `condition:id`; to write a literal [, put a"
                    + " backslash before it: \\[");
          }
          break;
      }
    }
  }

  /** A destination as a message shows it: at most 60 characters, with no line break. */
  private static String shown(String d) {
    String one = d.replace('\n', ' ').replace('`', '\'');
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }
}
