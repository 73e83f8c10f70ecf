package dev.caresheet.lint.internal;

import dev.caresheet.lint.EditorialVocabulary;
import dev.caresheet.lint.LintCode;
import dev.caresheet.lint.Readability;
import dev.caresheet.model.Attribution;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.Reference;
import dev.caresheet.schema.internal.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The editorial rules of one document (the rules across files are {@link SetRules}). */
public final class DocumentRules {
  private DocumentRules() {}

  /** Link texts that say nothing of where a link goes, by language, compared in lower case. */
  static final Set<String> VAGUE_LINK_TEXTS =
      Set.of(
          "here",
          "click here",
          "this page",
          "this link",
          "link",
          "more",
          "read more",
          "this",
          "page",
          "website",
          "this website",
          "go",
          "see here",
          "there",
          "learn more",
          "more info",
          "здесь",
          "тут",
          "по ссылке",
          "ссылка",
          "подробнее",
          "читать далее",
          "aquí",
          "aqui",
          "este enlace",
          "más",
          "leer más",
          "más información");

  /** An abbreviation: two to six capitals and digits, starting with a capital, maybe a plural s. */
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Lu}\\p{N}]{1,5})s?(?![\\p{L}\\p{N}])");

  /**
   * A paragraph kept for the rule across files.
   *
   * @param hash a 64-bit hash of its normalized text
   * @param pointer its pointer
   * @param at where it starts
   * @param preview its first words, for messages
   */
  public record Paragraph(long hash, String pointer, Position at, String preview) {}

  /** Checks a document; returns the paragraphs long enough for the rule across files. */
  public static List<Paragraph> check(
      Condition c,
      List<Prose.Text> texts,
      LocalDate today,
      EditorialVocabulary vocabulary,
      Findings f) {
    vocabulary(texts, vocabulary, f);
    reviews(c, today, f);
    evidence(c, f);
    if (english(c.language())) {
      readingLevel(texts, f);
    }
    for (Prose.Text t : texts) {
      if (t.paragraph()) {
        sentences(t, f);
        links(t, vocabulary, f);
      }
    }
    abbreviations(texts, f);
    return paragraphs(texts, f);
  }

  /** Whether SMOG measures a language: English only. */
  public static boolean english(String language) {
    String primary = language.toLowerCase(Locale.ROOT);
    int dash = primary.indexOf('-');
    return (dash < 0 ? primary : primary.substring(0, dash)).equals("en");
  }

  private static void vocabulary(
      List<Prose.Text> texts, EditorialVocabulary vocabulary, Findings f) {
    if (!f.on(LintCode.SPAM) && !f.on(LintCode.SITE_CHROME)) {
      return;
    }
    for (Prose.Text t : texts) {
      int covered = -1;
      for (EditorialVocabulary.Match m : vocabulary.find(t.plain())) {
        if (m.start() < covered) {
          continue; // inside a longer phrase already reported
        }
        covered = m.end();
        String phrase = t.plain().substring(m.start(), m.end());
        if (m.entry().category() == EditorialVocabulary.Category.SPAM) {
          f.inText(
              LintCode.SPAM,
              t,
              m.start(),
              "`" + phrase + "` is spam or advertising, not" + " content",
              "delete it: health content keeps advertising apart");
        } else {
          f.inText(
              LintCode.SITE_CHROME,
              t,
              m.start(),
              "`" + phrase + "` is site chrome left in" + " the text",
              "delete it: the page's navigation is the renderer's job");
        }
      }
    }
  }

  private static void reviews(Condition c, LocalDate today, Findings f) {
    Attribution a = c.attribution().orElse(null);
    String where = a == null ? "" : "/attribution";
    if (a == null || a.lastReviewed().isEmpty()) {
      add(
          f,
          LintCode.NO_REVIEW_DATE,
          where,
          "the document has no review date" + " (attribution.lastReviewed)",
          "once the content is reviewed, add lastReviewed and"
              + " nextReview: readers and the NHS standard expect last-checked and next-check dates");
    }
    if (a == null) {
      return;
    }
    a.nextReview()
        .filter(next -> next.isBefore(today))
        .ifPresent(
            next ->
                f.atValue(
                    LintCode.REVIEW_OVERDUE,
                    "/attribution/nextReview",
                    "the next review was due on " + next + "; today is " + today,
                    "review the content, then update lastReviewed and" + " nextReview"));
    int years = f.settings().threshold(LintCode.REVIEW_STALE, "max-age-years");
    a.lastReviewed()
        .filter(last -> last.plusYears(years).isBefore(today))
        .ifPresent(
            last ->
                f.atValue(
                    LintCode.REVIEW_STALE,
                    "/attribution/lastReviewed",
                    "the last review, on "
                        + last
                        + ", is more than "
                        + years
                        + (years == 1 ? " year" : " years")
                        + " old",
                    "review the content against current evidence and update lastReviewed"));
    if (a.modified().isPresent()
        && a.lastReviewed().isPresent()
        && a.modified().get().isAfter(a.lastReviewed().get())) {
      f.atValue(
          LintCode.MODIFIED_AFTER_REVIEW,
          "/attribution/modified",
          "the document was"
              + " modified on "
              + a.modified().get()
              + ", after its last review on "
              + a.lastReviewed().get(),
          "have the change reviewed, then update lastReviewed");
    }
  }

  private static void evidence(Condition c, Findings f) {
    if (c.references().isEmpty()) {
      f.atValue(
          LintCode.NO_REFERENCES,
          "",
          "the document lists no references",
          "add the sources of its evidence under references, each with a title, url and"
              + " publisher");
    }
    for (int i = 0; i < c.references().size(); i++) {
      Reference r = c.references().get(i);
      List<String> missing = new ArrayList<>();
      if (r.url().isEmpty()) {
        missing.add("url");
      }
      if (r.publisher().isEmpty()) {
        missing.add("publisher");
      }
      if (!missing.isEmpty()) {
        f.atValue(
            LintCode.REFERENCE_SOURCE,
            "/references/" + i,
            "the reference `" + r.title() + "` has no " + String.join(" and no ", missing),
            "give its "
                + String.join(" and its ", missing)
                + ", so that a reader can find and judge it");
      }
    }
    Attribution a = c.attribution().orElse(null);
    if (a != null) {
      for (int i = 0; i < a.authors().size(); i++) {
        Contributor author = a.authors().get(i);
        if (!author.isOrganization() && author.credentials().isEmpty()) {
          f.atValue(
              LintCode.AUTHOR_CREDENTIALS,
              "/attribution/authors/" + i,
              "the author `" + author.name() + "` has no credentials",
              "give their qualification in credentials,"
                  + " such as \"GP\" or \"Registered nurse\"");
        }
      }
    }
    if (a == null || a.reviewers().isEmpty()) {
      add(
          f,
          LintCode.NO_MEDICAL_REVIEWER,
          a == null ? "" : "/attribution",
          "no medical reviewer is named (attribution.reviewers)",
          "name the clinician who" + " approved the content, with their credentials");
    }
  }

  private static void add(Findings f, LintCode code, String pointer, String message, String hint) {
    if (pointer.isEmpty()) {
      f.atValue(code, pointer, message, hint);
    } else {
      f.atKey(code, pointer, message, hint);
    }
  }

  private static void readingLevel(List<Prose.Text> texts, Findings f) {
    if (!f.on(LintCode.READING_LEVEL)) {
      return;
    }
    int max = f.settings().threshold(LintCode.READING_LEVEL, "max-grade");
    int min = f.settings().threshold(LintCode.READING_LEVEL, "min-sentences");
    Map<String, int[]> parts = new LinkedHashMap<>();
    int[] all = new int[2];
    for (Prose.Text t : texts) {
      if (!t.paragraph() && !t.pointer().equals("/summary")) {
        continue;
      }
      int[] part = parts.computeIfAbsent(t.part(), k -> new int[2]);
      for (Sentences.Sentence s : Sentences.of(t.plain())) {
        int poly = 0;
        for (String w : s.words()) {
          if (Readability.syllables(w) >= 3) {
            poly++;
          }
        }
        part[0] += poly;
        part[1]++;
        all[0] += poly;
        all[1]++;
      }
    }
    if (all[1] >= min) {
      double g = Readability.grade(all[0], all[1]);
      if (g > max) {
        f.atValue(
            LintCode.READING_LEVEL,
            "",
            "the document's SMOG grade is "
                + grade(g)
                + ", above "
                + max
                + " ("
                + all[1]
                + " sentences, "
                + all[0]
                + " words of three or more"
                + " syllables)",
            "use shorter words and sentences; the parts above the target are" + " reported too");
      }
    }
    for (Map.Entry<String, int[]> e : parts.entrySet()) {
      int[] p = e.getValue();
      if (p[1] < min
          || e.getKey().equals("/summary")
          || e.getKey().equals("/description")
          || e.getKey().equals("/callouts")) {
        continue;
      }
      double g = Readability.grade(p[0], p[1]);
      if (g > max) {
        f.atKey(
            LintCode.READING_LEVEL,
            e.getKey(),
            "the SMOG grade of this part is "
                + grade(g)
                + ", above "
                + max
                + " ("
                + p[1]
                + " sentences, "
                + p[0]
                + " words of three or more"
                + " syllables)",
            "use shorter words and sentences");
      }
    }
  }

  /** A grade as messages and docs write it: one decimal. */
  public static String grade(double g) {
    return String.format(Locale.ROOT, "%.1f", g);
  }

  private static void sentences(Prose.Text t, Findings f) {
    if (!f.on(LintCode.LONG_SENTENCE)) {
      return;
    }
    int max = f.settings().threshold(LintCode.LONG_SENTENCE, "max-words");
    for (Sentences.Sentence s : Sentences.of(t.plain())) {
      if (s.words().size() > max) {
        f.inText(
            LintCode.LONG_SENTENCE,
            t,
            s.start(),
            "this sentence has " + s.words().size() + " words; the limit is " + max,
            "split it into shorter sentences");
      }
    }
  }

  private static void links(Prose.Text t, EditorialVocabulary vocabulary, Findings f) {
    for (Prose.LinkText link : t.links()) {
      String normal =
          link.text()
              .strip()
              .replaceAll("[\\p{P}\\s]+$", "")
              .replaceAll("\\s+", " ")
              .toLowerCase(Locale.ROOT);
      if (!VAGUE_LINK_TEXTS.contains(normal)) {
        continue;
      }
      boolean chrome = false;
      for (EditorialVocabulary.Match m : vocabulary.find(link.text())) {
        chrome |= m.start() == 0 && m.end() >= link.text().strip().length();
      }
      if (!chrome || !f.on(LintCode.SITE_CHROME)) {
        f.inText(
            LintCode.VAGUE_LINK_TEXT,
            t,
            link.start(),
            "the link text `" + link.text().strip() + "` does not say where the link goes",
            "name the destination:" + " [leg cramps on the NHS website](https://...)");
      }
    }
  }

  private static void abbreviations(List<Prose.Text> texts, Findings f) {
    if (!f.on(LintCode.ABBREVIATION)) {
      return;
    }
    Map<String, Object[]> firstUse = new HashMap<>();
    Map<String, Boolean> reported = new HashMap<>();
    for (Prose.Text t : texts) {
      if (!t.paragraph() && !t.pointer().equals("/summary")) {
        continue;
      }
      Matcher m = ABBREVIATION.matcher(t.plain());
      while (m.find()) {
        String abbr = m.group(1);
        if (!hasTwoCapitals(abbr)) {
          continue;
        }
        boolean definition = definedAt(t.plain(), m.start(), m.end());
        Object[] first = firstUse.get(abbr);
        if (first == null) {
          firstUse.put(abbr, new Object[] {t, m.start(), definition});
        } else if (definition && !(Boolean) first[2] && reported.putIfAbsent(abbr, true) == null) {
          Prose.Text ft = (Prose.Text) first[0];
          f.inText(
              LintCode.ABBREVIATION,
              ft,
              (Integer) first[1],
              "`" + abbr + "` is used here," + " but spelled out only later, in " + t.pointer(),
              "spell it out where it first" + " appears, as \"Full Words (" + abbr + ")\"");
        }
      }
    }
  }

  private static boolean hasTwoCapitals(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        n++;
      }
    }
    return n >= 2;
  }

  /** "Full Words (FW)" or "FW (full words)". */
  private static boolean definedAt(String text, int start, int end) {
    boolean inParentheses =
        start > 0
            && text.charAt(start - 1) == '('
            && text.indexOf(')', end) >= end
            && text.indexOf(')', end) <= end + 1;
    boolean followedByParentheses = text.startsWith(" (", end) || text.startsWith("(", end);
    return inParentheses || followedByParentheses;
  }

  private static List<Paragraph> paragraphs(List<Prose.Text> texts, Findings f) {
    if (!f.on(LintCode.DUPLICATE_PARAGRAPH)) {
      return List.of();
    }
    int min = f.settings().threshold(LintCode.DUPLICATE_PARAGRAPH, "min-words");
    List<Paragraph> out = new ArrayList<>();
    for (Prose.Text t : texts) {
      if (!t.paragraph()) {
        continue;
      }
      List<String> words = Sentences.words(t.plain());
      if (words.size() < min) {
        continue;
      }
      String normal = String.join(" ", words).toLowerCase(Locale.ROOT);
      out.add(new Paragraph(hash(normal), t.pointer(), f.where(t, 0), preview(t.plain())));
    }
    return out;
  }

  /** The start of a text, cut after a word, for messages. */
  private static String preview(String plain) {
    String one = plain.replace('\n', ' ').replace('`', '\'');
    if (one.length() <= 40) {
      return one;
    }
    int cut = one.lastIndexOf(' ', 40);
    return one.substring(0, cut > 10 ? cut : 40) + "…";
  }

  /** FNV-1a, 64 bits. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
