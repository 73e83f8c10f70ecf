package dev.caresheet.schema.internal;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Small helpers for wording messages: quoting values, suggesting the closest word. */
public final class Text {
  private Text() {}

  private static final int SHOWN = 60;

  /**
   * A value as shown in a message, in back-quotes: line breaks, tabs and other invisible characters
   * spelled out as escapes, cut to a readable length.
   */
  public static String show(String value) {
    StringBuilder sb = new StringBuilder("`");
    int shown = 0;
    for (int i = 0; i < value.length(); i++) {
      if (shown >= SHOWN) {
        sb.append('…');
        break;
      }
      char c = value.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (Character.getType(c) == Character.CONTROL
          || isSpaceOtherThanBlank(c)
          || (Character.isSurrogate(c) && !isPaired(value, i))) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
      shown++;
    }
    return sb.append('`').toString();
  }

  /** {@code U+0007}. */
  public static String codePoint(int c) {
    return String.format("U+%04X", c);
  }

  /**
   * The candidate closest to {@code word} by Damerau–Levenshtein distance (optimal string
   * alignment, ignoring case), if it is close enough to be a likely misspelling.
   */
  public static @Nullable String closest(String word, Collection<String> candidates) {
    String lower = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    // Only a candidate within MAX_SUGGESTED edits can be suggested (the allowance below is at most
    // that), so the others are skipped by length, or as soon as their distance must exceed it: the
    // same answer as comparing with every candidate in full, in a fraction of the time for a set of
    // thousands of ids.
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - lower.length()) > Math.min(MAX_SUGGESTED, bestDistance)) {
        continue;
      }
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT), MAX_SUGGESTED);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    if (best == null || bestDistance > MAX_SUGGESTED) {
      return null;
    }
    int allowed = Math.max(1, Math.min(3, Math.max(word.length(), best.length()) / 3));
    return bestDistance <= allowed ? best : null;
  }

  /** The most edits a suggestion may be away from the word. */
  private static final int MAX_SUGGESTED = 3;

  /**
   * The optimal-string-alignment distance, or any number above {@code limit} once the distance is
   * known to exceed it (two consecutive rows of the table above the limit: every later cell is
   * built from one of those rows, plus at least zero).
   */
  static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    int previousMin = 0;
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, before[j - 2] + 1);
        }
        current[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit && previousMin > limit) {
        return limit + 1;
      }
      previousMin = rowMin;
      int[] t = before;
      before = previous;
      previous = current;
      current = t;
    }
    return previous[m];
  }

  /** The optimal-string-alignment distance: insertions, deletions, substitutions, swaps. */
  public static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3 && Math.max(a.length(), b.length()) > 40) {
      return Math.abs(a.length() - b.length());
    }
    return distance(a, b, Integer.MAX_VALUE - 1);
  }

  /** A list of words in back-quotes: {@code `a`, `b` or `c`}. */
  public static String either(Collection<String> words) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (String w : words) {
      if (i > 0) {
        sb.append(i == words.size() - 1 ? " or " : ", ");
      }
      sb.append('`').append(w).append('`');
      i++;
    }
    return sb.toString();
  }

  /** A list of words in back-quotes, joined by commas. */
  public static String list(Collection<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append('`').append(w).append('`');
    }
    return sb.toString();
  }

  private static boolean isSpaceOtherThanBlank(char c) {
    return c != ' ' && TextPatterns.isSpace(c);
  }

  private static boolean isPaired(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
