package dev.caresheet.importer.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the readers and the mapper. */
public final class Texts {

  private Texts() {}

  private static final Pattern GLUED_SENTENCE =
      Pattern.compile("(?<=[\\p{Ll}\\p{N})»”\"])([.!?])(?=[\\p{Lu}])");
  private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([.,;:!?)])");
  private static final Pattern SPACE_AFTER_PAREN = Pattern.compile("\\(\\s+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
  private static final Pattern DOUBLE_PUNCT = Pattern.compile("([.!?])\\s*\\.(?!\\.)");
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\\p{N}«“\"(])");

  /**
   * Escapes plain text as inline markup: {@code \ * _ [} get a backslash.
   *
   * @param plain a plain text
   * @return the markup that reads as that text
   */
  public static String escape(String plain) {
    return dev.caresheet.model.Inline.escape(plain);
  }

  /**
   * Tidies the spacing of scraped text: one space between words, a space after a sentence's full
   * stop glued to the next ("pain.The"), none before punctuation or after "(".
   *
   * @param text the text
   * @return the tidied text
   */
  public static String tidy(String text) {
    String t = SPACES.matcher(withoutControls(text)).replaceAll(" ").strip();
    t = SPACE_BEFORE_PUNCT.matcher(t).replaceAll("$1");
    t = GLUED_SENTENCE.matcher(t).replaceAll("$1 ");
    t = SPACE_AFTER_PAREN.matcher(t).replaceAll("(");
    t = DOUBLE_PUNCT.matcher(t).replaceAll("$1");
    t = t.replaceAll(",\\s*,", ",").replaceAll("^[,;:]\\s*", "");
    return t.strip();
  }

  /**
   * Removes what no document text may hold: control characters (a line feed or tab becomes a
   * space), soft hyphens, byte-order marks and unpaired surrogates.
   *
   * @param text the text
   * @return the text without them
   */
  public static String withoutControls(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)
          || c == '\u00ad'
          || c == '\ufeff'
          || c == '\ufffe'
          || c == '\uffff') {
        continue;
      } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Splits a text into sentences at a full stop, question or exclamation mark followed by a capital
   * letter.
   *
   * @param text the text
   * @return its sentences, at least one
   */
  public static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text.strip())) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    if (out.isEmpty()) {
      out.add(text.strip());
    }
    return out;
  }

  /**
   * Upper-cases a text's first letter.
   *
   * @param text the text
   * @return it with a capital first letter
   */
  public static String capitalise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int cp = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(cp))
        .append(text.substring(Character.charCount(cp)))
        .toString();
  }

  /** {@return the number of words of a text} */
  static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static final Map<Character, String> CYRILLIC = cyrillic();

  private static Map<Character, String> cyrillic() {
    String[] from =
        "а б в г д е ё ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я і ї є ґ".split(" ");
    String[] to =
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya i yi ye g"
            .split(" ", -1);
    Map<Character, String> map = new java.util.HashMap<>();
    int j = 0;
    for (String f : from) {
      map.put(f.charAt(0), to[j++]);
    }
    return Map.copyOf(map);
  }

  /**
   * Makes an id from a text: ASCII lower case and hyphens (Cyrillic transliterated, accents
   * dropped), at most 60 characters on a word boundary.
   *
   * @param text the text
   * @param fallback the id when nothing is left
   * @return a slug
   */
  public static String slug(String text, String fallback) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      String r = CYRILLIC.get(c);
      t.append(r != null ? r : String.valueOf(c));
    }
    String ascii = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String s = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 60) {
      int cut = s.lastIndexOf('-', 60);
      s = s.substring(0, cut > 10 ? cut : 60).replaceAll("-+$", "");
    }
    return s.isEmpty() ? fallback : s;
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final List<String> EN =
      List.of(
          "the", "and", "of", "is", "to", "in", "with", "that", "are", "for", "it", "you", "this",
          "your", "be", "can", "or");
  private static final List<String> ES =
      List.of(
          "el", "la", "los", "las", "de", "del", "que", "y", "en", "es", "un", "una", "por", "con",
          "para", "se");

  /**
   * Guesses a text's language: {@code ru} where Cyrillic letters dominate, else {@code es} or
   * {@code en} by their commonest words.
   *
   * @param text a sample of the text
   * @return the BCP 47 primary language
   */
  public static String guessLanguage(String text) {
    int cyr = 0;
    int lat = 0;
    int en = 0;
    int es = 0;
    Matcher m = WORD.matcher(text.length() > 200_000 ? text.substring(0, 200_000) : text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      char c = w.charAt(0);
      if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
        cyr++;
      } else {
        lat++;
        if (EN.contains(w)) {
          en++;
        }
        if (ES.contains(w)) {
          es++;
        }
      }
    }
    if (cyr > lat) {
      return "ru";
    }
    return es > en ? "es" : "en";
  }
}
