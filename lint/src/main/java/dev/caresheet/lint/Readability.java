package dev.caresheet.lint;

import dev.caresheet.lint.internal.Sentences;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The SMOG readability grade of English text (G. Harry McLaughlin, "SMOG Grading: a New Readability
 * Formula", Journal of Reading, 1969), as NHS health-literacy guidance uses it:
 *
 * <pre>grade = 1.0430 × √(polysyllables × 30 / sentences) + 3.1291</pre>
 *
 * where polysyllables are words of three or more syllables. The formula was fitted on samples of 30
 * sentences; shorter texts are scaled to 30, as the formula's {@code 30 / sentences} term does.
 *
 * <p><b>Syllables</b> are counted by {@link #syllables(String)}, a rule-based count of vowel groups
 * (described there) whose results are tested against the CMU Pronouncing Dictionary. No library on
 * Maven Central counts English syllables and is kept up; this one is small and documented.
 *
 * <p><b>Sentences</b> end at {@code .}, {@code !}, {@code ?} or {@code …} followed by white space,
 * at a line break, and at the end of each paragraph; "e.g.", "i.e.", "etc." and "Dr." end none.
 * Words are runs of letters (and digits, apostrophes, inner hyphens splitting them into words).
 *
 * <p>Only English is measured: SMOG counts English syllables, and no published adaptation to
 * Russian or Spanish is as simple and as established, so other languages are "not measured".
 */
public final class Readability {
  private Readability() {}

  /**
   * The SMOG grade of paragraphs of English text.
   *
   * @param paragraphs plain texts (markup removed), each ending a sentence
   * @return the grade, or empty when the texts hold no sentence
   */
  public static OptionalDouble smog(List<String> paragraphs) {
    Objects.requireNonNull(paragraphs, "paragraphs");
    int sentences = 0;
    int polysyllables = 0;
    for (String p : paragraphs) {
      for (Sentences.Sentence s : Sentences.of(p)) {
        sentences++;
        for (String w : s.words()) {
          if (syllables(w) >= 3) {
            polysyllables++;
          }
        }
      }
    }
    return sentences == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(grade(polysyllables, sentences));
  }

  /**
   * {@return the SMOG grade of counts}
   *
   * @param polysyllables the words of three or more syllables
   * @param sentences the sentences, at least 1
   */
  public static double grade(int polysyllables, int sentences) {
    if (sentences < 1 || polysyllables < 0) {
      throw new IllegalArgumentException("sentences >= 1 and polysyllables >= 0");
    }
    return 1.0430 * Math.sqrt(polysyllables * 30.0 / sentences) + 3.1291;
  }

  /**
   * Counts the syllables of an English word: the groups of vowels ({@code a e i o u y}), less a
   * silent final {@code e} (not after a consonant in {@code -le}: "ta-ble"), a silent {@code -ed}
   * (not after {@code t} or {@code d}: "want-ed") and a silent {@code -es} (not after {@code s x z
   * ch sh ce ge}, or a consonant and {@code l}: "box-es", "ta-bles"); plus one for the vowel pairs
   * that are two syllables: {@code ia} (not in {@code -cial -tial}: "di-al"), {@code io} (not in
   * {@code -tion -sion -cion -xion}: "ra-di-o"), {@code iu}, {@code ua}, {@code uo} (so {@code
   * -ious} but not {@code -cious}: "se-ri-ous"), {@code -eous} and a final {@code -ism}. At least
   * one for any word with a letter; 0 for none.
   *
   * @param word a word; letters other than a to z are ignored
   * @return its syllables
   */
  public static int syllables(String word) {
    String w = letters(word);
    if (w.isEmpty()) {
      return 0;
    }
    if (w.length() <= 3) {
      return 1;
    }
    int count = 0;
    boolean inVowel = false;
    for (int i = 0; i < w.length(); i++) {
      boolean v = isVowel(w, i);
      if (v && !inVowel) {
        count++;
      }
      inVowel = v;
    }
    int n = w.length();
    if (w.endsWith("e")
        && !w.endsWith("ee")
        && !w.endsWith("ie")
        && !w.endsWith("ye")
        && !(w.endsWith("le") && n > 2 && !isVowel(w, n - 3))) {
      count--;
    } else if (w.endsWith("ed")
        && n > 2
        && "td".indexOf(w.charAt(n - 3)) < 0
        && !isVowel(w, n - 3)) {
      count--;
    } else if (w.endsWith("es") && n > 3 && !silentEsKept(w)) {
      count--;
    }
    count += pairs(w, "ia", "cia", "tia");
    count += pairs(w, "io", "tio", "sio", "cio", "xio");
    count += pairs(w, "iu");
    count += pairs(w, "ua", "qua", "gua");
    count += pairs(w, "uo", "quo");
    if (w.endsWith("eous")) {
      count++;
    }
    if (w.endsWith("ism")) {
      count++;
    }
    return Math.max(1, count);
  }

  private static boolean silentEsKept(String w) {
    int n = w.length();
    char before = w.charAt(n - 3);
    if ("sxz".indexOf(before) >= 0) {
      return true;
    }
    String two = w.substring(n - 4, n - 2);
    if (two.equals("ch") || two.equals("sh")) {
      return true;
    }
    if (before == 'c' || before == 'g') {
      return true;
    }
    return before == 'l' && !isVowel(w, n - 4);
  }

  /** Occurrences of a vowel pair that is two syllables, except after the given prefixes. */
  private static int pairs(String w, String pair, String... not) {
    int count = 0;
    int from = 0;
    while (true) {
      int at = w.indexOf(pair, from);
      if (at < 0) {
        return count;
      }
      boolean excluded = false;
      for (String x : not) {
        int start = at - (x.length() - pair.length());
        if (start >= 0 && w.startsWith(x, start)) {
          excluded = true;
        }
      }
      if (!excluded) {
        count++;
      }
      from = at + 1;
    }
  }

  private static boolean isVowel(String w, int i) {
    char c = w.charAt(i);
    if ("aeiou".indexOf(c) >= 0) {
      return true;
    }
    // y is a vowel except at the start of a word or after a vowel ("yes", "play").
    return c == 'y' && i > 0 && "aeiou".indexOf(w.charAt(i - 1)) < 0;
  }

  private static String letters(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z') {
        sb.append(c);
      } else if (c == 'é' || c == 'è') {
        sb.append('e');
      }
    }
    return sb.toString();
  }
}
