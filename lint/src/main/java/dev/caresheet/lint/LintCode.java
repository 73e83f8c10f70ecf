package dev.caresheet.lint;

import dev.caresheet.schema.Severity;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The editorial rules of {@code caresheet lint}, each with its stable code ({@code editorial.*}),
 * its default severity, its thresholds and their defaults, and the help text that SARIF output
 * carries. This enum is the one list of them: the configuration schema, the README's table and the
 * examples under {@code examples/lint} are checked against it.
 *
 * <p>A code does not change when the wording of its messages does, so that CI configurations and
 * the suppressions written in documents may rely on it.
 */
public enum LintCode {
  /** A link-farm, SEO or advertising phrase, or a commercial call to action, in the text. */
  SPAM(
      "editorial.spam",
      Severity.ERROR,
      Map.of(),
      "Spam or advertising in the text",
      "A phrase of the editorial vocabulary's spam list (link farms, SEO phrases, advertising,"
          + " commercial calls to action) is in the text. Health content keeps advertising apart"
          + " (HONcode): delete the phrase."),
  /** Site furniture left in the text: "Read more", "Recommended to read:", "click here". */
  SITE_CHROME(
      "editorial.site-chrome",
      Severity.WARNING,
      Map.of(),
      "Site chrome left in the text",
      "A phrase of the editorial vocabulary's chrome list (teasers, navigation, share and video"
          + " prompts, a pasted \"Table of contents:\") is in the text: it belonged to the page"
          + " the text was copied from. Delete it; the renderer writes the page's own navigation."),
  /** The document has no {@code attribution.lastReviewed} date. */
  NO_REVIEW_DATE(
      "editorial.no-review-date",
      Severity.WARNING,
      Map.of(),
      "No review date",
      "The NHS standard for creating health information asks for a visible last-checked date."
          + " Add attribution.lastReviewed (and nextReview) once the content has been reviewed."),
  /** {@code attribution.nextReview} is before today. */
  REVIEW_OVERDUE(
      "editorial.review-overdue",
      Severity.WARNING,
      Map.of(),
      "Review overdue",
      "attribution.nextReview is in the past: review the content against current evidence, then"
          + " update lastReviewed and nextReview."),
  /** {@code attribution.lastReviewed} is older than {@code max-age-years} (3). */
  REVIEW_STALE(
      "editorial.review-stale",
      Severity.WARNING,
      Map.of("max-age-years", 3),
      "Last review too long ago",
      "attribution.lastReviewed is older than the configured limit (max-age-years, 3 by"
          + " default): review the content and update the date."),
  /** {@code attribution.modified} is after {@code attribution.lastReviewed}. */
  MODIFIED_AFTER_REVIEW(
      "editorial.modified-after-review",
      Severity.WARNING,
      Map.of(),
      "Modified after its last review",
      "The content changed after its last review (attribution.modified is after lastReviewed):"
          + " have the change reviewed, then update lastReviewed."),
  /** The document lists no references. */
  NO_REFERENCES(
      "editorial.no-references",
      Severity.WARNING,
      Map.of(),
      "No references",
      "Health information records the sources of its evidence (NHS standard, HONcode): list the"
          + " sources under references, each with a title, a URL and a publisher."),
  /** A reference lacks a URL or a publisher. */
  REFERENCE_SOURCE(
      "editorial.reference-source",
      Severity.WARNING,
      Map.of(),
      "Reference without a URL or publisher",
      "A reference names a title only partly: give its URL and its publisher, so that a reader"
          + " and a reviewer can find and judge the source."),
  /** A person among the authors has no credentials. */
  AUTHOR_CREDENTIALS(
      "editorial.author-credentials",
      Severity.WARNING,
      Map.of(),
      "Author without credentials",
      "HONcode asks for the author and their qualifications: give the person's credentials"
          + " (\"GP\", \"Registered nurse\")."),
  /** The document names no reviewer. */
  NO_MEDICAL_REVIEWER(
      "editorial.no-medical-reviewer",
      Severity.WARNING,
      Map.of(),
      "No medical reviewer",
      "The NHS standard asks for clinical approval of health information: name the clinician"
          + " who reviewed it under attribution.reviewers, with their credentials."),
  /** The SMOG grade of the document or one of its parts is above {@code max-grade} (9). */
  READING_LEVEL(
      "editorial.reading-level",
      Severity.WARNING,
      Map.of("max-grade", 9, "min-sentences", 10),
      "Reading level above the target",
      "The SMOG grade (McLaughlin 1969) of the document or of a part is above the target"
          + " (max-grade, 9 by default; NHS health-literacy guidance: at SMOG 7-9, 93% of UK"
          + " adults can read a text). Use shorter words and sentences. English only; texts"
          + " with fewer than min-sentences sentences (10) are not measured."),
  /** A sentence has more than {@code max-words} words (25). */
  LONG_SENTENCE(
      "editorial.long-sentence",
      Severity.WARNING,
      Map.of("max-words", 25),
      "Sentence too long",
      "A sentence has more words than the limit (max-words, 25 by default, as plain-English"
          + " guidance advises): split it."),
  /** A link's text says nothing of where it goes ("here", "this page"). */
  VAGUE_LINK_TEXT(
      "editorial.vague-link-text",
      Severity.WARNING,
      Map.of(),
      "Link text that says nothing",
      "A link's text (\"here\", \"this page\", \"read more\") does not say where it goes, which"
          + " screen-reader users hear out of context: name the destination instead."),
  /** An abbreviation is used before the text spells it out. */
  ABBREVIATION(
      "editorial.abbreviation",
      Severity.WARNING,
      Map.of(),
      "Abbreviation used before it is spelled out",
      "An abbreviation is spelled out, as \"Full Words (FW)\", only after its first use: spell it"
          + " out where it first appears."),
  /** The same paragraph is in several documents. */
  DUPLICATE_PARAGRAPH(
      "editorial.duplicate-paragraph",
      Severity.WARNING,
      Map.of("min-words", 12),
      "The same paragraph in several documents",
      "A paragraph of at least min-words words (12) is in another document too: copied text"
          + " goes out of date in one place. Keep one copy and link to it (condition:id)."),
  /** A suppression in a document names a code that is not one of these. */
  UNKNOWN_SUPPRESSION(
      "editorial.unknown-suppression",
      Severity.WARNING,
      Map.of(),
      "Suppression of an unknown code",
      "lint.suppress names a code that caresheet lint does not have: correct it to one of the"
          + " editorial.* codes, or remove it."),
  /** {@code caresheet.yaml} does not follow its schema. Always an error; cannot be configured. */
  CONFIG(
      "editorial.config",
      Severity.ERROR,
      Map.of(),
      "Invalid lint configuration",
      "caresheet.yaml does not follow schemas/lint-config.schema.json: correct it at the place"
          + " reported.");

  private final String code;
  private final Severity severity;
  private final Map<String, Integer> thresholds;
  private final String title;
  private final String help;

  LintCode(
      String code, Severity severity, Map<String, Integer> thresholds, String title, String help) {
    this.code = code;
    this.severity = severity;
    this.thresholds = thresholds;
    this.title = title;
    this.help = help;
  }

  /** {@return the stable code, such as {@code editorial.spam}} */
  public String code() {
    return code;
  }

  /** {@return the severity of the rule when the configuration says nothing of it} */
  public Severity defaultSeverity() {
    return severity;
  }

  /** {@return the rule's thresholds and their default values, by name ({@code max-grade})} */
  public Map<String, Integer> thresholds() {
    return thresholds;
  }

  /** {@return a short title, for SARIF's rule name and the README's table} */
  public String title() {
    return title;
  }

  /** {@return what the rule checks and how to fix what it finds} */
  public String help() {
    return help;
  }

  /** {@return whether the configuration and document suppressions may change the rule} */
  public boolean configurable() {
    return this != CONFIG;
  }

  /**
   * {@return the rule of a code}
   *
   * @param code a code such as {@code editorial.spam}
   */
  public static Optional<LintCode> of(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(find(code));
  }

  private static @Nullable LintCode find(String code) {
    for (LintCode c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    return null;
  }
}
