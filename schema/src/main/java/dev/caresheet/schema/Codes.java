package dev.caresheet.schema;

import java.util.Set;

/**
 * The stable rule codes of {@link Problem}s. A code names the rule a document breaks; it does not
 * change when the message's wording does, so scripts and CI configurations may rely on it. Codes
 * are grouped by the stage that reports them: {@code syntax.*} (reading the file), {@code schema.*}
 * (the JSON Schema), {@code model} and {@code rule.*} (what a schema cannot say).
 */
public final class Codes {
  private Codes() {}

  /** The file could not be read (missing, unreadable, a directory). */
  public static final String IO = "io";

  /** The file's name ends in neither {@code .json}, {@code .yaml} nor {@code .yml}. */
  public static final String FILE_TYPE = "file-type";

  /** Malformed JSON or YAML. */
  public static final String SYNTAX = "syntax";

  /** The file is not valid UTF-8. */
  public static final String SYNTAX_ENCODING = "syntax.encoding";

  /** The file holds no document at all. */
  public static final String SYNTAX_EMPTY = "syntax.empty";

  /** A key appears twice in one object. */
  public static final String SYNTAX_DUPLICATE_KEY = "syntax.duplicate-key";

  /** The document breaks a read limit (size, nesting, text or number length). */
  public static final String SYNTAX_LIMIT = "syntax.limit";

  /** More content after the document: a second JSON value or a second YAML document. */
  public static final String SYNTAX_TRAILING_CONTENT = "syntax.trailing-content";

  /** A YAML alias ({@code *name}); content must be written out in full. */
  public static final String SYNTAX_YAML_ALIAS = "syntax.yaml-alias";

  /** A YAML tag ({@code !name}, {@code !!str}); documents are plain data. */
  public static final String SYNTAX_YAML_TAG = "syntax.yaml-tag";

  /** A value of the wrong type: a number where a text belongs, a text where a list belongs. */
  public static final String SCHEMA_TYPE = "schema.type";

  /** A required property is missing. */
  public static final String SCHEMA_REQUIRED = "schema.required";

  /** A property the schema does not know, usually a misspelling. */
  public static final String SCHEMA_UNKNOWN_PROPERTY = "schema.unknown-property";

  /** A list that must have items is empty. */
  public static final String SCHEMA_MIN_ITEMS = "schema.min-items";

  /** A text is too long (ids: at most 100 characters). */
  public static final String SCHEMA_MAX_LENGTH = "schema.max-length";

  /** A value that is not one of the allowed words (a callout kind, an urgency). */
  public static final String SCHEMA_ENUM = "schema.enum";

  /** A text is empty or only white space. */
  public static final String SCHEMA_BLANK = "schema.blank";

  /** A text starts or ends with white space or a line break. */
  public static final String SCHEMA_WHITESPACE = "schema.whitespace";

  /** A text contains a control character other than a line break or a tab. */
  public static final String SCHEMA_CONTROL_CHARACTER = "schema.control-character";

  /** A text contains an unpaired UTF-16 surrogate (a broken {@code \\u} escape). */
  public static final String SCHEMA_SURROGATE = "schema.surrogate";

  /** An id that is not a slug ({@code leg-cramps}). */
  public static final String SCHEMA_SLUG = "schema.slug";

  /** A language that is not a BCP 47 tag ({@code en}, {@code pt-BR}). */
  public static final String SCHEMA_LANGUAGE = "schema.language";

  /** A web address that is not an absolute http(s) URL. */
  public static final String SCHEMA_URL = "schema.url";

  /** A date that is not a real date written {@code YYYY-MM-DD}. */
  public static final String SCHEMA_DATE = "schema.date";

  /** An attribution that names neither an author nor a reviewer. */
  public static final String SCHEMA_AUTHOR_OR_REVIEWER = "schema.author-or-reviewer";

  /**
   * A block of prose that is an object without exactly one key ({@code list}, {@code numbered},
   * {@code subheading}, {@code table} or {@code figure}).
   */
  public static final String SCHEMA_BLOCK = "schema.block";

  /** A figure that has an {@code alt} and says it is {@code decorative}: it is one or the other. */
  public static final String SCHEMA_DECORATIVE_ALT = "schema.decorative-alt";

  /**
   * Any other schema violation. The validator translates every keyword the published schema uses,
   * so this code means the schema grew a keyword the validator does not yet explain.
   */
  public static final String SCHEMA_OTHER = "schema.other";

  /**
   * The document passed the schema but the model refused it. The schema and the model are meant to
   * accept exactly the same documents, so this is a bug in the schema: please report it.
   */
  public static final String MODEL = "model";

  /** Two causes, two mechanisms or two sections of one document share an id. */
  public static final String RULE_UNIQUE_ID = "rule.unique-id";

  /** A section's id is the name of a typed part ({@code causes}, {@code prevention}...). */
  public static final String RULE_RESERVED_ID = "rule.reserved-id";

  /** A mechanism names a cause id that no cause of the document has. */
  public static final String RULE_CAUSE_REF = "rule.cause-ref";

  /** An outline entry names no part of the document. */
  public static final String RULE_OUTLINE_UNKNOWN = "rule.outline-unknown";

  /** An outline entry names a part that an earlier entry already names. */
  public static final String RULE_OUTLINE_DUPLICATE = "rule.outline-duplicate";

  /** The same value twice in one list. */
  public static final String RULE_DUPLICATE_ITEM = "rule.duplicate-item";

  /** {@code attribution.lastReviewed} is after today. */
  public static final String RULE_FUTURE_REVIEW = "rule.future-review";

  /** A condition lists its own id under {@code related} (a warning). */
  public static final String RULE_RELATED_SELF = "rule.related-self";

  /**
   * A link in a paragraph text has a target that is not allowed: a scheme other than {@code
   * https:}, {@code http:}, {@code mailto:} and {@code tel:} ({@code javascript:}, {@code data:}),
   * or no scheme at all (a relative path). Located at the target's first character.
   */
  public static final String RULE_LINK_SCHEME = "rule.link-scheme";

  /**
   * A link in a paragraph text points into the document ({@code #key}) at no part or cause it has,
   * its {@code #key} or {@code condition:id} is not an id, or it has no text.
   */
  public static final String RULE_LINK_TARGET = "rule.link-target";

  /** A {@code condition:id} link names no condition of the set (a warning, as {@code related}). */
  public static final String RULE_LINK_CONDITION_UNKNOWN = "rule.link-condition-unknown";

  /** A table's row does not have as many cells as the header has columns. */
  public static final String RULE_TABLE_ROW = "rule.table-row";

  /**
   * A figure's {@code src} is neither a path relative to the document nor an {@code https:} URL
   * ({@code javascript:}, {@code data:}, an absolute path, {@code http:}).
   */
  public static final String RULE_FIGURE_SRC = "rule.figure-src";

  /** A figure's image file does not exist next to the document (or is not a file). */
  public static final String RULE_FIGURE_MISSING = "rule.figure-missing";

  /** A figure's image is not PNG, JPEG or WebP, by its name or by its bytes. */
  public static final String RULE_FIGURE_TYPE = "rule.figure-type";

  /** A figure's image file is one format and its name says another. */
  public static final String RULE_FIGURE_MISMATCH = "rule.figure-mismatch";

  /** A figure's image is SVG, by its name or by its content; SVG can carry script. */
  public static final String RULE_FIGURE_SVG = "rule.figure-svg";

  /** A figure's image file is larger than {@link dev.caresheet.model.ImageInfo#MAX_BYTES}. */
  public static final String RULE_FIGURE_SIZE = "rule.figure-size";

  /** A figure's {@code alt} is a file name, which tells a reader nothing. */
  public static final String RULE_FIGURE_ALT = "rule.figure-alt";

  /** Two files of a set have the same condition id. */
  public static final String RULE_UNIQUE_CONDITION_ID = "rule.unique-condition-id";

  /** A {@code related} id names no condition of the set (a warning). */
  public static final String RULE_RELATED_UNKNOWN = "rule.related-unknown";

  /**
   * {@code $schema} names a schema that is not Caresheet's: an absolute address other than {@link
   * ConditionSchema#ID}, or a relative path to a file not named {@value ConditionSchema#FILE_NAME}.
   */
  public static final String RULE_FOREIGN_SCHEMA = "rule.foreign-schema";

  /** Every code above. */
  public static final Set<String> ALL =
      Set.of(
          IO,
          FILE_TYPE,
          SYNTAX,
          SYNTAX_ENCODING,
          SYNTAX_EMPTY,
          SYNTAX_DUPLICATE_KEY,
          SYNTAX_LIMIT,
          SYNTAX_TRAILING_CONTENT,
          SYNTAX_YAML_ALIAS,
          SYNTAX_YAML_TAG,
          SCHEMA_TYPE,
          SCHEMA_REQUIRED,
          SCHEMA_UNKNOWN_PROPERTY,
          SCHEMA_MIN_ITEMS,
          SCHEMA_MAX_LENGTH,
          SCHEMA_ENUM,
          SCHEMA_BLANK,
          SCHEMA_WHITESPACE,
          SCHEMA_CONTROL_CHARACTER,
          SCHEMA_SURROGATE,
          SCHEMA_SLUG,
          SCHEMA_LANGUAGE,
          SCHEMA_URL,
          SCHEMA_DATE,
          SCHEMA_AUTHOR_OR_REVIEWER,
          SCHEMA_BLOCK,
          SCHEMA_DECORATIVE_ALT,
          SCHEMA_OTHER,
          MODEL,
          RULE_UNIQUE_ID,
          RULE_RESERVED_ID,
          RULE_CAUSE_REF,
          RULE_OUTLINE_UNKNOWN,
          RULE_OUTLINE_DUPLICATE,
          RULE_DUPLICATE_ITEM,
          RULE_FUTURE_REVIEW,
          RULE_RELATED_SELF,
          RULE_UNIQUE_CONDITION_ID,
          RULE_RELATED_UNKNOWN,
          RULE_LINK_SCHEME,
          RULE_LINK_TARGET,
          RULE_LINK_CONDITION_UNKNOWN,
          RULE_FOREIGN_SCHEMA,
          RULE_TABLE_ROW,
          RULE_FIGURE_SRC,
          RULE_FIGURE_MISSING,
          RULE_FIGURE_TYPE,
          RULE_FIGURE_MISMATCH,
          RULE_FIGURE_SVG,
          RULE_FIGURE_SIZE,
          RULE_FIGURE_ALT);
}
