package dev.caresheet.importer.internal;

import dev.caresheet.lint.EditorialVocabulary;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Drops what is not content from a block's text: the editorial vocabulary's spam and chrome phrases
 * (shared with {@code caresheet lint}), and a site's own SEO link text glued before an item, which
 * no list can know. Every drop goes to the log with its reason and place.
 */
public final class Cleaner {

  /** A block whose text is mostly a vocabulary phrase is dropped whole up to this many words. */
  static final int SHORT_BLOCK_WORDS = 16;

  /** Longer blocks are never dropped whole for a phrase. */
  static final int WHOLE_BLOCK_CHARS = 300;

  /**
   * The SEO heuristic: at the start of a block, 2 to 6 words of letters only, not ending in a
   * function word, glued to a capitalised word that starts the real text ("Seizures what to do
   * Choreoathetoid muscle contractions - …"). Titles of articles on the same site are pasted there
   * as links; the capital in mid-sentence gives them away.
   */
  private static final Pattern GLUED_PHRASE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Ll}'’-]+(?: [\\p{Ll}'’-]+){1,5}) (\\p{Lu}\\p{Ll}[\\p{L}-]*)(?=[ ,.])");

  /** An all-capitals run glued before a capitalised word ("MASSAGE-CIRCULAR Massage of …"). */
  private static final Pattern CAPITALS_RUN =
      Pattern.compile("^(\\p{Lu}{2,}(?:[- ]\\p{Lu}{2,})*) (?=\\p{Lu}\\p{Ll})");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "for", "in", "on", "at", "to", "by", "with", "from", "and", "or",
          "as", "is", "are", "was", "be", "that", "this", "his", "her", "their", "its", "our",
          "your", "my", "into", "about", "than", "like", "de", "la", "el", "los", "las", "y", "en",
          "con", "por", "para", "del", "и", "в", "на", "с", "по", "для", "от", "о");

  private final EditorialVocabulary vocabulary;

  /**
   * A cleaner.
   *
   * @param vocabulary the editorial vocabulary
   */
  public Cleaner(EditorialVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Whether a block is a vocabulary phrase (or little more), to be dropped whole.
   *
   * @param text the block's text
   * @return the phrase's match, if the block is one
   */
  public EditorialVocabulary.@Nullable Match wholeBlock(String text) {
    if (text.length() > WHOLE_BLOCK_CHARS) {
      return null; // phrases are short: they cannot make up half of a longer block
    }
    List<EditorialVocabulary.Match> matches = vocabulary.find(text);
    if (matches.isEmpty()) {
      return null;
    }
    int covered = 0;
    for (EditorialVocabulary.Match m : matches) {
      covered += m.end() - m.start();
    }
    int letters = text.replaceAll("[^\\p{L}\\p{N}]", "").length();
    if (Texts.words(text) <= SHORT_BLOCK_WORDS || covered * 2 >= letters) {
      return matches.get(0);
    }
    return null;
  }

  /**
   * Removes vocabulary phrases inside a longer text.
   *
   * @param text the text
   * @param loc where it is
   * @param log the report
   * @return the text without them
   */
  public String phrases(String text, String loc, Log log) {
    List<EditorialVocabulary.Match> matches = vocabulary.find(text);
    if (matches.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (EditorialVocabulary.Match m : matches) {
      if (m.start() < at) {
        continue;
      }
      out.append(text, at, m.start());
      log.dropped(loc, m.entry().category().key() + " phrase", text.substring(m.start(), m.end()));
      at = m.end();
      while (at < text.length() && ":!".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }
    out.append(text.substring(at));
    return Texts.tidy(out.toString());
  }

  /**
   * Drops a site's SEO link text glued before the text of an item or paragraph.
   *
   * @param text the text
   * @param loc where it is
   * @param log the report
   * @return the text without it
   */
  public String gluedLinkText(String text, String loc, Log log) {
    Matcher caps = CAPITALS_RUN.matcher(text);
    if (caps.find() && caps.group(1).length() < text.length() / 2) {
      log.dropped(
          loc, "capitals glued before the item (a site's link or label; heuristic)", caps.group(1));
      text = text.substring(caps.end());
    }
    Matcher m = GLUED_PHRASE.matcher(text);
    if (m.find()) {
      String phrase = m.group(1);
      String[] words = phrase.split(" ");
      String last = words[words.length - 1].toLowerCase(Locale.ROOT);
      String rest = text.substring(m.start(2));
      if (!FUNCTION_WORDS.contains(last) && Texts.words(rest) >= 4) {
        log.dropped(
            loc,
            "link text glued before a capitalised word (a site's SEO link; heuristic)",
            phrase);
        return rest;
      }
    }
    return text;
  }
}
