package dev.caresheet.lint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that are not content: spam and advertising, and site chrome left in the text ("Read
 * more", "Recommended to read:"). The one list that {@code caresheet lint} flags in documents and
 * {@code caresheet import} drops from sources.
 *
 * <p>The built-in list is {@link #defaults()}; a publisher extends it with {@link #with(Reader)},
 * in the same format: {@code [category language]} starts a block, each following line is a phrase,
 * {@code #} starts a comment. Phrases match case-insensitively on word boundaries, and any run of
 * white space in a phrase matches any run in the text. Instances are immutable and thread-safe.
 */
public final class EditorialVocabulary {

  /** What a phrase is, and so why it is not content. */
  public enum Category {
    /** Link farms, SEO phrases, advertising and commercial calls to action. */
    SPAM("spam"),
    /** Site furniture left in the text: teasers, navigation, share and video prompts. */
    CHROME("chrome");

    private final String key;

    Category(String key) {
      this.key = key;
    }

    /** {@return the category's name in vocabulary files: {@code spam} or {@code chrome}} */
    public String key() {
      return key;
    }

    static Category of(String key) {
      for (Category category : values()) {
        if (category.key.equals(key)) {
          return category;
        }
      }
      throw new IllegalArgumentException("unknown category `" + key + "` (spam or chrome)");
    }
  }

  /**
   * One phrase of the vocabulary.
   *
   * @param category what the phrase is
   * @param language the BCP 47 primary language of the phrase ({@code en}, {@code ru}, …)
   * @param phrase the phrase as written in the vocabulary
   */
  public record Entry(Category category, String language, String phrase) {
    /**
     * Checks the components.
     *
     * @param category what the phrase is
     * @param language the primary language of the phrase
     * @param phrase the phrase as written
     */
    public Entry {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(phrase, "phrase");
    }
  }

  /**
   * Where a phrase occurs in a text.
   *
   * @param entry the phrase that matched
   * @param start the index of the first matched character in the text
   * @param end the index after the last matched character
   */
  public record Match(Entry entry, int start, int end) {
    /**
     * Checks the components.
     *
     * @param entry the phrase that matched
     * @param start the index of the first matched character
     * @param end the index after the last matched character
     */
    public Match {
      Objects.requireNonNull(entry, "entry");
    }
  }

  private static final String RESOURCE = "vocabulary.txt";
  private static final EditorialVocabulary DEFAULTS = loadDefaults();

  private final List<Entry> entries;
  private final List<Pattern> patterns;

  /**
   * The patterns by the case-folded first code point of their phrase: a match can start only where
   * the text has that code point, so {@link #find} tries the few phrases that can match there
   * instead of scanning the whole text once per phrase.
   */
  private final Map<Integer, int[]> byFirst;

  private EditorialVocabulary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    List<Pattern> compiled = new ArrayList<>(entries.size());
    Map<Integer, List<Integer>> first = new HashMap<>();
    for (int i = 0; i < this.entries.size(); i++) {
      String phrase = this.entries.get(i).phrase().trim();
      compiled.add(compile(phrase));
      first.computeIfAbsent(fold(phrase.codePointAt(0)), k -> new ArrayList<>()).add(i);
    }
    this.patterns = List.copyOf(compiled);
    Map<Integer, int[]> index = new HashMap<>();
    first.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.byFirst = Map.copyOf(index);
  }

  /** A code point as the patterns' case-insensitive Unicode matching compares it. */
  private static int fold(int codePoint) {
    return Character.toLowerCase(Character.toUpperCase(codePoint));
  }

  /** {@return the built-in vocabulary, in English, Russian and Spanish} */
  public static EditorialVocabulary defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this vocabulary with the phrases of a vocabulary file added.
   *
   * @param vocabulary the file's text, in the format of the class description
   * @return a new vocabulary with every phrase of this one and of the file
   * @throws IOException if the reader fails
   * @throws IllegalArgumentException if the file is malformed, naming the line
   */
  public EditorialVocabulary with(Reader vocabulary) throws IOException {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(parse(vocabulary));
    return new EditorialVocabulary(all);
  }

  /** {@return every phrase, in file order} */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Finds every phrase in a text, whatever its language, in text order; overlapping matches are all
   * reported.
   *
   * @param text a plain text (markup already removed)
   * @return the matches, possibly none
   */
  public List<Match> find(String text) {
    Objects.requireNonNull(text, "text");
    List<Match> matches = new ArrayList<>();
    // One pass: at each place where a phrase can start (no letter or digit before it), the phrases
    // whose first code point is there are tried in place. Per phrase, matches do not overlap and
    // the next is looked for after the last one's end, as Matcher.find would.
    Matcher[] matchers = new Matcher[patterns.size()];
    int[] lastEnd = new int[patterns.size()];
    int previous = -1;
    for (int at = 0; at < text.length(); ) {
      int codePoint = text.codePointAt(at);
      int[] candidates =
          previous >= 0 && Character.isLetterOrDigit(previous)
              ? null
              : byFirst.get(fold(codePoint));
      if (candidates != null) {
        for (int i : candidates) {
          if (at < lastEnd[i]) {
            continue;
          }
          Matcher m = matchers[i];
          if (m == null) {
            m = patterns.get(i).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[i] = m;
          }
          m.region(at, text.length());
          if (m.lookingAt()) {
            matches.add(new Match(entries.get(i), m.start(), m.end()));
            lastEnd[i] = Math.max(m.end(), at + 1);
          }
        }
      }
      previous = codePoint;
      at += Character.charCount(codePoint);
    }
    matches.sort(Comparator.comparingInt(Match::start).thenComparingInt(m -> -m.end()));
    return List.copyOf(matches);
  }

  private static Pattern compile(String phrase) {
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String[] words = phrase.trim().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        regex.append("\\s+");
      }
      regex.append(Pattern.quote(words[i]));
    }
    regex.append("(?![\\p{L}\\p{N}])");
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static List<Entry> parse(Reader reader) throws IOException {
    List<Entry> entries = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    Category category = null;
    String language = null;
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.startsWith("[")) {
        String[] header =
            trimmed
                .substring(1, trimmed.endsWith("]") ? trimmed.length() - 1 : 1)
                .strip()
                .split("\\s+");
        if (!trimmed.endsWith("]") || header.length != 2) {
          throw new IllegalArgumentException(
              "line " + number + ": a block starts with `[category language]`, as `[spam en]`");
        }
        try {
          category = Category.of(header[0].toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
        }
        language = header[1].toLowerCase(Locale.ROOT);
        continue;
      }
      if (category == null) {
        throw new IllegalArgumentException(
            "line " + number + ": a phrase before the first `[category language]` line");
      }
      entries.add(new Entry(category, language, trimmed));
    }
    return entries;
  }

  private static EditorialVocabulary loadDefaults() {
    try (InputStream in = EditorialVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new EditorialVocabulary(parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
