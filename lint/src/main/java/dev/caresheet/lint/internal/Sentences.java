package dev.caresheet.lint.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a plain paragraph into sentences and words, as {@link dev.caresheet.lint.Readability}
 * describes: a sentence ends at {@code . ! ? …} followed by white space, at a line break and at the
 * end of the text; "e.g.", "i.e.", "etc.", "Dr." end none. A word is a run of letters, digits and
 * apostrophes; a hyphen inside a word splits it.
 */
public final class Sentences {
  private Sentences() {}

  private static final Set<String> NO_END =
      Set.of("e.g", "i.e", "etc", "dr", "mr", "mrs", "ms", "prof", "vs", "approx", "fig", "cf");

  /**
   * A sentence of a text.
   *
   * @param start the index of its first word in the text
   * @param words its words
   */
  public record Sentence(int start, List<String> words) {}

  /** The sentences of a text that have words, in order. */
  public static List<Sentence> of(String text) {
    List<Sentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    int start = -1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (isWordChar(c)) {
        int j = i;
        while (j < n
            && (isWordChar(text.charAt(j))
                || (text.charAt(j) == '\'' || text.charAt(j) == '’')
                    && j + 1 < n
                    && Character.isLetter(text.charAt(j + 1)))) {
          j++;
        }
        if (start < 0) {
          start = i;
        }
        words.add(text.substring(i, j));
        i = j;
        continue;
      }
      boolean end = false;
      if (c == '\n') {
        end = true;
      } else if (c == '.' || c == '!' || c == '?' || c == '…') {
        int j = i;
        while (j < n && ".!?…".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        boolean spaceAfter =
            j >= n
                || Character.isWhitespace(text.charAt(j))
                || text.charAt(j) == '"'
                || text.charAt(j) == '”'
                || text.charAt(j) == ')';
        if (spaceAfter && !(c == '.' && j == i + 1 && abbreviationBefore(text, i, words))) {
          end = true;
        }
        i = j - 1;
      }
      if (end && !words.isEmpty()) {
        sentences.add(new Sentence(start, List.copyOf(words)));
        words.clear();
        start = -1;
      }
      i++;
    }
    if (!words.isEmpty()) {
      sentences.add(new Sentence(start, List.copyOf(words)));
    }
    return sentences;
  }

  /** The words of a text, in order. */
  public static List<String> words(String text) {
    List<String> all = new ArrayList<>();
    for (Sentence s : of(text)) {
      all.addAll(s.words());
    }
    return all;
  }

  private static boolean abbreviationBefore(String text, int dot, List<String> words) {
    int k = dot;
    while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
      k--;
    }
    String before = text.substring(k, dot).toLowerCase(java.util.Locale.ROOT);
    return NO_END.contains(before);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
