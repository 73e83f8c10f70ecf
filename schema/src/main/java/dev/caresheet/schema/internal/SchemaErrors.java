package dev.caresheet.schema.internal;

import com.networknt.schema.Error;
import dev.caresheet.codec.Format;
import dev.caresheet.model.PartKind;
import dev.caresheet.schema.Codes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Turns the schema validator's errors into problems a content editor understands: a stable code,
 * the pointer and source position of the offending value, a message that names the field the way an
 * editor reads it ({@code `causes.items[3].name` must not be empty}) and a hint.
 *
 * <p>It knows the published schema's structure by the names of its {@code $defs}: the text rules
 * ({@code notBlank}, {@code noTrailingSpace}...), {@code slug}, {@code webUrl}, the attribution's
 * {@code anyOf}. One wrong value gets one problem: a value of the wrong type is reported only as
 * such, a blank text only as blank, and the branches of an {@code anyOf} as one problem.
 */
final class SchemaErrors {

  /** One translated error, before cascades are removed. */
  private static final class Issue {
    final String code;
    final String pointer;
    final boolean atKey;
    final String message;
    final @Nullable String hint;

    Issue(String code, String pointer, boolean atKey, String message, @Nullable String hint) {
      this.code = code;
      this.pointer = pointer;
      this.atKey = atKey;
      this.message = message;
      this.hint = hint;
    }
  }

  /** What one item of each typed part is called, by the part's property name. */
  private static final Map<String, PartKind> PARTS = parts();

  private static Map<String, PartKind> parts() {
    Map<String, PartKind> parts = new LinkedHashMap<>();
    for (PartKind kind : PartKind.typed()) {
      parts.put(kind.key().orElseThrow(), kind);
    }
    return Map.copyOf(parts);
  }

  /** Codes that a more basic problem with the same text makes redundant. */
  private static final Set<String> FORMAT_CODES =
      Set.of(
          Codes.SCHEMA_SLUG,
          Codes.SCHEMA_LANGUAGE,
          Codes.SCHEMA_URL,
          Codes.SCHEMA_DATE,
          Codes.SCHEMA_MAX_LENGTH);

  private static final Set<String> TEXT_CODES =
      Set.of(Codes.SCHEMA_WHITESPACE, Codes.SCHEMA_CONTROL_CHARACTER, Codes.SCHEMA_SURROGATE);

  private final JsonNode schemaJson;
  private final JsonNode tree;
  private final SourceMap map;
  private final Format format;
  private final Found found;

  SchemaErrors(JsonNode schemaJson, JsonNode tree, SourceMap map, Format format, Found found) {
    this.schemaJson = schemaJson;
    this.tree = tree;
    this.map = map;
    this.format = format;
    this.found = found;
  }

  void report(List<Error> errors) {
    Map<String, List<Issue>> byPointer = new LinkedHashMap<>();
    for (Error error : errors) {
      Issue issue = translate(error);
      byPointer.computeIfAbsent(issue.pointer, p -> new ArrayList<>()).add(issue);
    }
    for (List<Issue> issues : byPointer.values()) {
      Set<String> codes = new HashSet<>();
      for (Issue i : issues) {
        codes.add(i.code);
      }
      Set<String> seen = new HashSet<>();
      for (Issue i : issues) {
        if (redundant(i.code, codes) || !seen.add(i.code + "\n" + i.message)) {
          continue;
        }
        Position at = i.atKey ? map.keyAt(i.pointer) : map.valueAt(i.pointer);
        found.error(i.code, i.pointer, at, i.message, i.hint);
      }
    }
  }

  private static boolean redundant(String code, Set<String> codesHere) {
    if (codesHere.contains(Codes.SCHEMA_TYPE)) {
      return !code.equals(Codes.SCHEMA_TYPE);
    }
    if (codesHere.contains(Codes.SCHEMA_BLANK)) {
      return TEXT_CODES.contains(code) || FORMAT_CODES.contains(code);
    }
    for (String text : TEXT_CODES) {
      if (codesHere.contains(text)) {
        return FORMAT_CODES.contains(code);
      }
    }
    return false;
  }

  private Issue translate(Error error) {
    String pointer = error.getInstanceLocation().toString();
    String fragment = fragment(error);
    String keyword = String.valueOf(error.getKeyword());
    JsonNode value = error.getInstanceNode();
    String field = Pointers.quoted(pointer);

    int anyOf = fragment.indexOf("/anyOf/");
    if (fragment.startsWith("/$defs/attribution/anyOf/")) {
      String owner = ownerOfAnyOf(pointer, fragment.substring(anyOf + "/anyOf/".length()));
      // Where editors put it: at an empty `authors` (or else `reviewers`) list, the branch that
      // came closest; at the attribution when it has neither. The words name the attribution.
      String at = owner;
      JsonNode attribution = tree.at(JsonPointer.compile(owner));
      for (String list : List.of("authors", "reviewers")) {
        if (at.equals(owner) && attribution.has(list)) {
          at = Pointers.child(owner, list);
        }
      }
      return new Issue(
          Codes.SCHEMA_AUTHOR_OR_REVIEWER,
          at,
          at.equals(owner) && atKeyOfProperty(owner),
          Pointers.quoted(owner) + " must name at least one author, reviewer or publisher",
          format == Format.YAML
              ? "add `authors:` with at least one person, such as `- name: Elena Sovinskaya`"
              : "add \"authors\" with at least one person, such as [{\"name\": \"Elena Sovinskaya\"}]");
    }
    if (anyOf >= 0
        && fragment.startsWith("/$defs/")
        && PARTS.containsKey(fragment.substring("/$defs/".length(), anyOf))) {
      PartKind kind = PARTS.get(fragment.substring("/$defs/".length(), anyOf));
      String owner = ownerOfAnyOf(pointer, fragment.substring(anyOf + "/anyOf/".length()));
      // Where editors put it: at an empty `items` list, else at the part's key.
      boolean hasItems = tree.at(JsonPointer.compile(owner)).has("items");
      return new Issue(
          Codes.SCHEMA_REQUIRED,
          hasItems ? Pointers.child(owner, "items") : owner,
          !hasItems && atKeyOfProperty(owner),
          Pointers.quoted(owner)
              + " has no "
              + kind.itemNounPlural()
              + " and no intro: `items`"
              + " must list at least one, or `intro` must say something",
          "add `items` with at least one "
              + kind.itemNoun()
              + ", or an `intro` (a part may be"
              + " prose only), or leave "
              + Pointers.quoted(owner)
              + " out");
    }
    if (fragment.startsWith("/$defs/figure/then/properties/alt")) {
      return new Issue(
          Codes.SCHEMA_DECORATIVE_ALT,
          pointer,
          true,
          Pointers.quoted(Pointers.parent(pointer))
              + " has an `alt` and says it is `decorative`;"
              + " a decorative image has no alternative text",
          "remove `decorative` if the image says something, or `alt` if it is only decoration");
    }
    switch (keyword) {
      case "type":
        return typeIssue(pointer, value, error.getSchemaNode());
      case "required":
        return requiredIssue(pointer, fragment, String.valueOf(error.getProperty()));
      case "additionalProperties":
        return unknownIssue(pointer, fragment, String.valueOf(error.getProperty()));
      case "minItems":
        return new Issue(
            Codes.SCHEMA_MIN_ITEMS,
            pointer,
            false,
            field + " must have at least one " + itemNoun(pointer),
            null);
      case "enum":
        return enumIssue(pointer, value, error.getSchemaNode());
      case "minProperties":
      case "maxProperties":
        if (fragment.startsWith("/$defs/block/")) {
          return blockIssue(pointer, value);
        }
        break;
      default:
        break;
    }
    String text = value != null && value.isString() ? value.stringValue() : null;
    if (fragment.endsWith("/$defs/notBlank/pattern")) {
      return new Issue(
          Codes.SCHEMA_BLANK,
          pointer,
          false,
          field + " must not be empty",
          "write the text, or leave the property out if it is optional");
    }
    if (fragment.endsWith("/$defs/noLeadingSpace/pattern") && text != null) {
      return new Issue(
          Codes.SCHEMA_WHITESPACE,
          pointer,
          false,
          field + " must not start with " + spaceName(text.charAt(0)),
          "remove the " + bare(spaceName(text.charAt(0))) + " at the start");
    }
    if (fragment.endsWith("/$defs/noTrailingSpace/pattern") && text != null) {
      char last = text.charAt(text.length() - 1);
      String hint;
      if (last == '\n' && format == Format.YAML) {
        hint = "use `|-` or `>-` instead of `|` or `>` so the text does not end in a line break";
      } else if (last == '\n') {
        hint = "remove the `\\n` at the end";
      } else {
        hint = "remove the " + bare(spaceName(last)) + " at the end";
      }
      return new Issue(
          Codes.SCHEMA_WHITESPACE,
          pointer,
          false,
          field + " must not end with " + spaceName(last),
          hint);
    }
    if (fragment.endsWith("/$defs/noControlCharacter/pattern") && text != null) {
      int at = firstControl(text);
      if (text.charAt(at) == '\r') {
        return new Issue(
            Codes.SCHEMA_CONTROL_CHARACTER,
            pointer,
            false,
            field
                + " contains a carriage return (U+000D) at character "
                + (at + 1)
                + "; line breaks are written as a line feed alone",
            format == Format.JSON ? "write `\\n` instead of `\\r\\n`" : "remove the `\\r`");
      }
      return new Issue(
          Codes.SCHEMA_CONTROL_CHARACTER,
          pointer,
          false,
          field
              + " contains the control character "
              + Text.codePoint(text.charAt(at))
              + " at character "
              + (at + 1)
              + "; only line breaks and tabs are allowed",
          "delete it: it is invisible in most editors");
    }
    if (fragment.endsWith("/$defs/noLoneSurrogate/pattern") && text != null) {
      int at = firstLoneSurrogate(text);
      return new Issue(
          Codes.SCHEMA_SURROGATE,
          pointer,
          false,
          field
              + " contains a broken character: the unpaired surrogate "
              + Text.codePoint(text.charAt(at))
              + " at character "
              + (at + 1),
          "write the character itself, or both halves of its `\\u` escape pair");
    }
    if (fragment.endsWith("/$defs/slug/pattern") && text != null) {
      if (text.isEmpty()) {
        return new Issue(Codes.SCHEMA_BLANK, pointer, false, field + " must not be empty", null);
      }
      String slug = slugify(text);
      return new Issue(
          Codes.SCHEMA_SLUG,
          pointer,
          false,
          field
              + " must be an id: lower-case letters and digits joined by single hyphens, like"
              + " `leg-cramps` (was "
              + Text.show(text)
              + ")",
          slug.isEmpty() || slug.equals(text) ? null : "try `" + slug + "`");
    }
    if (fragment.endsWith("/$defs/slug/maxLength") && text != null) {
      return new Issue(
          Codes.SCHEMA_MAX_LENGTH,
          pointer,
          false,
          field
              + " is "
              + text.length()
              + " characters long; an id may have at most "
              + schemaJson.at("/$defs/slug/maxLength").asInt(),
          "shorten the id");
    }
    if (fragment.equals("/properties/language/pattern") && text != null) {
      if (text.isEmpty()) {
        return new Issue(
            Codes.SCHEMA_BLANK,
            pointer,
            false,
            field + " must not be empty",
            "write the document's language, such as `en`");
      }
      return new Issue(
          Codes.SCHEMA_LANGUAGE,
          pointer,
          false,
          field
              + " must be a BCP 47 language tag such as `en` or `pt-BR` (was "
              + Text.show(text)
              + ")",
          null);
    }
    if (fragment.endsWith("/$defs/webUrl/pattern") && text != null) {
      String hint = null;
      if (!text.startsWith("http://")
          && !text.startsWith("https://")
          && !text.contains(":")
          && text.contains(".")) {
        hint = "try `https://" + text + "`";
      } else if (text.chars().anyMatch(TextPatterns::isSpace)) {
        hint = "remove the spaces, or write each as `%20`";
      }
      return new Issue(
          Codes.SCHEMA_URL,
          pointer,
          false,
          field
              + " must be an absolute web address starting with http:// or https:// (was "
              + Text.show(text)
              + ")",
          hint);
    }
    if (fragment.startsWith("/$defs/date/") && text != null) {
      return new Issue(
          Codes.SCHEMA_DATE,
          pointer,
          false,
          field
              + " must be a real date written YYYY-MM-DD, such as `2024-05-01` (was "
              + Text.show(text)
              + ")",
          null);
    }
    return new Issue(Codes.SCHEMA_OTHER, pointer, false, field + ": " + error.getMessage(), null);
  }

  private Issue typeIssue(String pointer, @Nullable JsonNode value, @Nullable JsonNode schemaNode) {
    String expected =
        schemaNode == null ? "" : schemaNode.isArray() ? "block" : schemaNode.asString();
    String actual = typeOf(value);
    if (pointer.isEmpty()) {
      return new Issue(
          Codes.SCHEMA_TYPE,
          pointer,
          false,
          "the document must be an object holding the condition's properties (`id`, `language`,"
              + " `name`...), not "
              + actual,
          format == Format.YAML
              ? "write one `key: value` line per property"
              : "write the document as { \"id\": ..., \"language\": ..., \"name\": ... }");
    }
    String hint = null;
    if (value != null && value.isNull()) {
      String raw = format == Format.YAML ? map.plainScalarAt(pointer) : "";
      hint =
          format == Format.JSON
              ? "leave the property out instead of writing null"
              : !List.of("~", "null", "Null", "NULL").contains(raw)
                  ? "write a value after the colon, or leave the property out"
                  : "YAML reads "
                      + raw
                      + " as null; write the text (in quotes if it is \""
                      + raw
                      + "\"), or leave it out";
    } else if (expected.equals("string")
        && value != null
        && format == Format.YAML
        && (value.isNumber() || value.isBoolean())) {
      String raw = map.plainScalarAt(pointer);
      raw = raw.isEmpty() ? value.asString() : raw;
      hint = "YAML reads " + raw + " as " + actual + "; put it in quotes: \"" + raw + "\"";
    } else if (expected.equals("string")
        && value != null
        && (value.isNumber() || value.isBoolean())) {
      hint = "put it in double quotes: \"" + value.asString() + "\"";
    } else if (expected.equals("array") && value != null && value.isString()) {
      hint =
          format == Format.YAML
              ? "write it as a list, one `- item` per line"
              : "write it as a list: [" + Text.show(value.stringValue()).replace('`', '"') + "]";
    }
    return new Issue(
        Codes.SCHEMA_TYPE,
        pointer,
        false,
        Pointers.quoted(pointer) + " must be " + describe(expected) + ", not " + actual,
        hint);
  }

  /** A block object without exactly one key. */
  private Issue blockIssue(String pointer, @Nullable JsonNode value) {
    List<String> keys = new ArrayList<>();
    if (value != null) {
      value.propertyNames().forEach(keys::add);
    }
    List<String> kinds = dev.caresheet.model.Block.Kind.keys();
    String hint =
        format == Format.YAML
            ? "write each block as its own `- list:` (or `numbered:`, `subheading:`, `table:`, `figure:`) entry"
            : "write each block as its own {\"list\": [...]} (or numbered, subheading, table, figure) entry";
    return new Issue(
        Codes.SCHEMA_BLOCK,
        pointer,
        false,
        keys.isEmpty()
            ? Pointers.quoted(pointer)
                + " is an empty block; a block has one key: "
                + Text.either(kinds)
            : Pointers.quoted(pointer)
                + " has "
                + keys.size()
                + " keys ("
                + Text.list(keys)
                + "); a block has exactly one: "
                + Text.either(kinds),
        hint);
  }

  private Issue requiredIssue(String pointer, String fragment, String property) {
    String owner = Pointers.last(pointer);
    String where = pointer.isEmpty() ? "the document" : Pointers.quoted(pointer);
    String owning = Pointers.parent(fragment);
    if (owning.endsWith("/then") || owning.endsWith("/else")) {
      owning = Pointers.parent(owning); // a conditional requirement: the properties are above
    }
    JsonNode description =
        schemaJson.at(
            JsonPointer.compile(owning + "/properties")
                .appendProperty(property)
                .appendProperty("description"));
    String hint = description.isString() ? "`" + property + "`: " + description.asString() : null;
    // At the key of an object that is a property's value, as editors put it; at the object itself
    // for the document and for a list's item, which have no key.
    return new Issue(
        Codes.SCHEMA_REQUIRED,
        pointer,
        atKeyOfProperty(pointer),
        where + " is missing the required property `" + property + "`",
        hint);
  }

  private Issue unknownIssue(String pointer, String fragment, String property) {
    List<String> known = new ArrayList<>();
    schemaJson
        .at(JsonPointer.compile(Pointers.parent(fragment) + "/properties"))
        .propertyNames()
        .forEach(known::add);
    String closest = Text.closest(property, known);
    String hint =
        closest != null ? "did you mean `" + closest + "`?" : "allowed here: " + Text.list(known);
    String where = pointer.isEmpty() ? "" : " in " + Pointers.quoted(pointer);
    return new Issue(
        Codes.SCHEMA_UNKNOWN_PROPERTY,
        Pointers.child(pointer, property),
        true,
        "unknown property `" + property + "`" + where,
        hint);
  }

  private Issue enumIssue(
      String pointer, @Nullable JsonNode value, @Nullable JsonNode allowedNode) {
    List<String> allowed = new ArrayList<>();
    if (allowedNode != null) {
      allowedNode.forEach(n -> allowed.add(n.asString()));
    }
    String shown =
        value == null
            ? "nothing"
            : value.isString() ? Text.show(value.stringValue()) : value.toString();
    String hint = null;
    if (value != null && value.isString()) {
      String lower = value.stringValue().strip().toLowerCase(Locale.ROOT);
      if (allowed.contains(lower)) {
        hint = "write it as `" + lower + "`";
      } else {
        String closest = Text.closest(value.stringValue(), allowed);
        hint = closest == null ? null : "did you mean `" + closest + "`?";
      }
    }
    return new Issue(
        Codes.SCHEMA_ENUM,
        pointer,
        false,
        Pointers.quoted(pointer) + " must be " + Text.either(allowed) + " (was " + shown + ")",
        hint);
  }

  /**
   * Whether the value at {@code pointer} is a property's (it has a key), not the document or an
   * item.
   */
  private static boolean atKeyOfProperty(String pointer) {
    return !pointer.isEmpty() && !Pointers.last(pointer).chars().allMatch(Character::isDigit);
  }

  /** The instance pointer that an {@code anyOf} applies to, from the path inside its branch. */
  private static String ownerOfAnyOf(String pointer, String branchPath) {
    List<String> tokens = Pointers.tokens("/" + branchPath);
    int levels = 0;
    for (int i = 1; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t.equals("properties") && i + 1 < tokens.size()) {
        levels++;
        i++;
      } else if (t.equals("items")) {
        levels++;
      }
    }
    String owner = pointer;
    for (int i = 0; i < levels; i++) {
      owner = Pointers.parent(owner);
    }
    return owner;
  }

  private String itemNoun(String pointer) {
    String last = Pointers.last(pointer);
    String parent = Pointers.last(Pointers.parent(pointer));
    if (last.equals("items") && PARTS.containsKey(parent)) {
      return PARTS.get(parent).itemNoun();
    }
    if (last.equals("body") || last.equals("description")) {
      return "paragraph";
    }
    if (last.equals("authors")) {
      return "author";
    }
    if (last.equals("reviewers")) {
      return "reviewer";
    }
    return "item";
  }

  private static String fragment(Error error) {
    String location = error.getSchemaLocation().toString();
    int hash = location.indexOf('#');
    return hash < 0 ? "" : location.substring(hash + 1);
  }

  private static String typeOf(@Nullable JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isString()) {
      return "a text";
    }
    if (value.isNumber()) {
      return "a number";
    }
    if (value.isBoolean()) {
      return "true or false";
    }
    if (value.isArray()) {
      return "a list";
    }
    return "an object";
  }

  private String describe(String schemaType) {
    switch (schemaType) {
      case "string":
        return "a text";
      case "array":
        return "a list";
      case "block":
        return "a paragraph (a text) or a block ("
            + Text.either(dev.caresheet.model.Block.Kind.keys())
            + ")";
      case "object":
        return format == Format.YAML
            ? "an object (indented `key: value` lines)"
            : "an object ({ \"key\": value, ... })";
      default:
        return schemaType;
    }
  }

  private static String spaceName(char c) {
    switch (c) {
      case '\n':
      case '\r':
      case '\u2028':
      case '\u2029':
        return "a line break";
      case '\t':
        return "a tab";
      case ' ':
        return "a space";
      default:
        return "white space (" + Text.codePoint(c) + ")";
    }
  }

  /** "a space" without its article. */
  private static String bare(String name) {
    return name.startsWith("a ") ? name.substring(2) : name;
  }

  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
        return i;
      }
    }
    return 0;
  }

  private static int firstLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return 0;
  }

  /** A slug made from a text: lower case, runs of other characters turned into one hyphen. */
  static String slugify(String text) {
    StringBuilder sb = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < text.length() && sb.length() < 100; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && sb.length() > 0) {
          sb.append('-');
        }
        sb.append(c);
        hyphen = false;
      } else {
        hyphen = true;
      }
    }
    return sb.toString();
  }
}
