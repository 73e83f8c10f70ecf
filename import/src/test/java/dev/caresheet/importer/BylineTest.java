package dev.caresheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.model.Attribution;
import dev.caresheet.model.Contributor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A saved page's byline and review-date lines become attribution and leave the content. */
class BylineTest {
  private static final Importer IMPORTER = Importer.builder().build();

  private static ImportResult page(String article) throws ImportException {
    String html =
        "<!DOCTYPE html><html lang=en><head><title>Hiccups</title></head><body><main><h1>Hiccups</h1>"
            + article
            + "<h2>Causes of hiccups</h2><ul><li>Fizzy drinks</li></ul></main></body></html>";
    List<ImportResult> results = IMPORTER.importSource(html.getBytes(StandardCharsets.UTF_8), "p");
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  private static List<Contributor> authors(ImportResult r) {
    return r.condition().attribution().map(Attribution::authors).orElse(List.of());
  }

  @Test
  void aBylineWithTheNameFirstOrLastIsAnAuthorWithCredentials() throws ImportException {
    ImportResult first =
        page("<p class=byline>By Ada Example, general practitioner</p><p>Text.</p>");
    assertThat(authors(first))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("Ada Example");
              assertThat(a.credentials()).contains("general practitioner");
            });
    ImportResult last = page("<p>Author: Physician therapist, Elena Example</p><p>Text.</p>");
    assertThat(authors(last))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("Elena Example");
              assertThat(a.credentials()).contains("Physician therapist");
            });
    assertThat(first.condition().description().toString()).doesNotContain("Ada Example");
  }

  @Test
  void aParagraphThatOnlyStartsLikeABylineStaysContent() throws ImportException {
    ImportResult r =
        page(
            "<p>Bypass surgery, Heart Valves and more are not causes.</p><p>By the way, rest.</p>");
    assertThat(authors(r)).isEmpty();
    assertThat(r.condition().description().toString())
        .contains("Bypass surgery")
        .contains("By the way");
  }

  @Test
  void reviewDatesInWordsOrDigitsAreReadAndTheirLineLeavesTheContent() throws ImportException {
    ImportResult words =
        page("<p class=author>Ada Example</p><p>Text.</p><p>Page last reviewed: 3 March 2025</p>");
    assertThat(words.condition().attribution().flatMap(Attribution::lastReviewed))
        .isEqualTo(Optional.of(LocalDate.of(2025, 3, 3)));
    assertThat(words.condition().description().toString()).doesNotContain("reviewed");
    ImportResult digits =
        page(
            "<p>Written by Ada Example</p><p>Last reviewed: 13/06/2016. Next review due: 13/06/2018</p>");
    assertThat(digits.condition().attribution().flatMap(Attribution::lastReviewed))
        .isEqualTo(Optional.of(LocalDate.of(2016, 6, 13)));
    assertThat(digits.condition().attribution().flatMap(Attribution::nextReview))
        .isEqualTo(Optional.of(LocalDate.of(2018, 6, 13)));
    ImportResult anonymous = page("<p>Text.</p><p>Page last reviewed: 3 March 2025</p>");
    assertThat(anonymous.condition().attribution()).isEmpty();
    assertThat(anonymous.report().toText())
        .contains(
            "no author or publisher (attribution): add one, and the dates found"
                + " (lastReviewed 2025-03-03)");
    ImportResult mention = page("<p>Guidance was last reviewed by the panel in 2019.</p>");
    assertThat(mention.condition().description().toString()).contains("last reviewed by the panel");
  }
}
