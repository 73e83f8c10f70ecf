package dev.caresheet.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule: a true positive, and a near miss that must not fire. */
class RulesTest {

  @TempDir Path dir;

  private final Linter linter = Linter.builder().clock(LintExamplesTest.CLOCK).build();

  /** A clean document; {@code %s} is replaced by more YAML lines after the description. */
  static final String CLEAN =
      """
      id: example
      language: en
      name: Example
      description:
        - DESCRIPTION
      EXTRA
      attribution:
        authors:
          - name: Ann Example
            credentials: GP
        reviewers:
          - name: Bo Example
            credentials: Consultant
        modified: MODIFIED
        lastReviewed: REVIEWED
        nextReview: NEXT
      references:
        - title: Leg cramps
          url: https://www.nhs.uk/conditions/leg-cramps/
          publisher: NHS
      """;

  private List<Problem> lint(String description, String extra) throws IOException {
    return lint(doc(description, extra, "2026-06-01", "2026-06-01", "2027-06-01"));
  }

  private static String doc(
      String description, String extra, String modified, String reviewed, String next) {
    return CLEAN
        .replace("DESCRIPTION", description)
        .replace("EXTRA", extra)
        .replace("MODIFIED", modified)
        .replace("REVIEWED", reviewed)
        .replace("NEXT", next);
  }

  private List<Problem> lint(String yaml) throws IOException {
    Path file = dir.resolve("doc.yaml");
    Files.writeString(file, yaml);
    LintReport report = linter.lintAll(List.of(file));
    assertThat(report.problems()).allSatisfy(p -> assertThat(p.code()).startsWith("editorial."));
    return report.problems();
  }

  private static List<String> codes(List<Problem> problems) {
    return problems.stream().map(Problem::code).toList();
  }

  @Test
  void theCleanDocumentHasNoFinding() throws IOException {
    assertThat(lint("Cramps are common.", "")).isEmpty();
  }

  @Test
  void spam() throws IOException {
    List<Problem> found = lint("\"Cramps are common: buy followers today.\"", "");
    assertThat(codes(found)).containsExactly("editorial.spam");
    assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(found.get(0).column()).isEqualTo(4 + 1 + "Cramps are common: ".length() + 1);
    assertThat(lint("Do not buy supplements that promise to cure cramps.", "")).isEmpty();
  }

  @Test
  void siteChrome() throws IOException {
    assertThat(codes(lint("Read more", ""))).containsExactly("editorial.site-chrome");
    assertThat(lint("Read the leaflet and more about cramps.", "")).isEmpty();
  }

  @Test
  void reviews() throws IOException {
    assertThat(codes(lint(doc("Text.", "", "2026-06-01", "2026-06-01", "2026-11-30"))))
        .containsExactly("editorial.review-overdue");
    assertThat(lint(doc("Text.", "", "2026-06-01", "2026-06-01", "2026-12-01"))).isEmpty();
    assertThat(codes(lint(doc("Text.", "", "2023-11-30", "2023-11-30", "2027-01-01"))))
        .containsExactly("editorial.review-stale");
    assertThat(lint(doc("Text.", "", "2023-12-01", "2023-12-01", "2027-01-01"))).isEmpty();
    assertThat(codes(lint(doc("Text.", "", "2026-06-02", "2026-06-01", "2027-06-01"))))
        .containsExactly("editorial.modified-after-review");
    String undated =
        doc("Text.", "", "2026-06-01", "2026-06-01", "2027-06-01")
            .replace("  modified: 2026-06-01\n", "")
            .replace("  lastReviewed: 2026-06-01\n", "")
            .replace("  nextReview: 2027-06-01\n", "");
    assertThat(codes(lint(undated))).containsExactly("editorial.no-review-date");
  }

  @Test
  void evidenceAndAuthorship() throws IOException {
    String clean = doc("Text.", "", "2026-06-01", "2026-06-01", "2027-06-01");
    assertThat(codes(lint(clean.substring(0, clean.indexOf("references:")))))
        .containsExactly("editorial.no-references");
    assertThat(codes(lint(clean.replace("    publisher: NHS\n", ""))))
        .containsExactly("editorial.reference-source");
    assertThat(codes(lint(clean.replace("      credentials: GP\n", ""))))
        .containsExactly("editorial.author-credentials");
    // An organization as author needs no credentials.
    assertThat(lint(clean.replace("      credentials: GP\n", "      kind: organization\n")))
        .isEmpty();
    String noReviewer =
        clean.replace(
            "  reviewers:\n    - name: Bo Example\n" + "      credentials: Consultant\n", "");
    assertThat(codes(lint(noReviewer))).containsExactly("editorial.no-medical-reviewer");
  }

  @Test
  void readingLevel() throws IOException {
    String hard = "Pharmacological intervention is occasionally appropriate. ".repeat(10).strip();
    List<Problem> found = lint(hard, "");
    assertThat(codes(found)).containsExactly("editorial.reading-level");
    assertThat(found.get(0).message()).contains("SMOG grade is 14.6");
    String easy = "Stretch the calf when a cramp starts. ".repeat(10).strip();
    assertThat(lint(easy, "")).isEmpty();
    // Nine hard sentences are too few to measure.
    assertThat(
            lint(
                "Pharmacological intervention is occasionally appropriate. ".repeat(9).strip(), ""))
        .isEmpty();
    // Russian is not measured.
    assertThat(
            lint(
                doc(hard, "", "2026-06-01", "2026-06-01", "2027-06-01")
                    .replace("language: en", "language: ru")))
        .isEmpty();
  }

  @Test
  void longSentence() throws IOException {
    String words26 =
        "one two three four five six seven eight nine ten eleven twelve thirteen"
            + " fourteen fifteen sixteen seventeen eighteen nineteen twenty a b c d e f.";
    assertThat(codes(lint(words26, ""))).containsExactly("editorial.long-sentence");
    assertThat(lint(words26.replace(" f.", "."), "")).isEmpty();
    // e.g. does not end a sentence, a full stop does.
    assertThat(lint("Drink water, e.g. a glass. Stretch.", "")).isEmpty();
  }

  @Test
  void vagueLinkText() throws IOException {
    List<Problem> found = lint("\"See [here](https://www.nhs.uk/).\"", "");
    assertThat(codes(found)).containsExactly("editorial.vague-link-text");
    assertThat(found.get(0).column()).isEqualTo(4 + 1 + "See [".length() + 1);
    assertThat(lint("\"See [leg cramps on the NHS website](https://www.nhs.uk/).\"", "")).isEmpty();
  }

  @Test
  void abbreviation() throws IOException {
    assertThat(codes(lint("Ask your GP. A general practitioner (GP) knows.", "")))
        .containsExactly("editorial.abbreviation");
    assertThat(lint("A general practitioner (GP) knows. Ask your GP.", "")).isEmpty();
  }

  @Test
  void suppressionWithAReason() throws IOException {
    String suppressed =
        "lint:\n  suppress:\n    - code: editorial.site-chrome\n"
            + "      reason: The phrase is quoted as an example.\n";
    assertThat(lint("Read more", suppressed)).isEmpty();
    List<Problem> unknown = lint("Text.", suppressed.replace("site-chrome", "site-chrom"));
    assertThat(codes(unknown)).containsExactly("editorial.unknown-suppression");
    assertThat(unknown.get(0).pointer()).isEqualTo("/lint/suppress/0/code");
  }

  @Test
  void duplicateParagraphAcrossFiles() throws IOException {
    String same = "When a cramp starts, stretch the muscle gently and hold it until it eases.";
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Files.writeString(a, doc(same, "", "2026-06-01", "2026-06-01", "2027-06-01"));
    Files.writeString(
        b,
        doc(same, "", "2026-06-01", "2026-06-01", "2027-06-01")
            .replace("id: example", "id: other"));
    assertThat(codes(linter.lintAll(List.of(a, b)).problems()))
        .containsExactly("editorial.duplicate-paragraph", "editorial.duplicate-paragraph");
    Files.writeString(
        b,
        doc(same.replace("gently", "slowly"), "", "2026-06-01", "2026-06-01", "2027-06-01")
            .replace("id: example", "id: other"));
    assertThat(linter.lintAll(List.of(a, b)).problems()).isEmpty();
  }
}
