package dev.caresheet.importer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table of phrases in blocks, the format of {@code headings.txt} and {@code markers.txt}: {@code
 * [block]} then {@code language phrase} lines, {@code #} comments. Immutable.
 */
public final class PhraseTable {

  /**
   * One phrase.
   *
   * @param block the block's name ({@code causes}, {@code callout important}, …)
   * @param language the phrase's language
   * @param phrase the phrase, normalised (lower case, single spaces)
   */
  public record Phrase(String block, String language, String phrase) {}

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<Phrase> phrases;

  private PhraseTable(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  /**
   * Loads a built-in table.
   *
   * @param resource the resource name next to the importer
   * @return the table
   */
  public static PhraseTable resource(String resource) {
    try (InputStream in =
        PhraseTable.class.getResourceAsStream("/dev/caresheet/importer/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new PhraseTable(parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns this table with a user's phrases added.
   *
   * @param reader the user's file
   * @param name the file's name for messages
   * @return the extended table
   * @throws IOException if reading fails
   */
  public PhraseTable with(Reader reader, String name) throws IOException {
    List<Phrase> all = new ArrayList<>(phrases);
    all.addAll(parse(reader, name));
    return new PhraseTable(all);
  }

  /** {@return every phrase} */
  public List<Phrase> phrases() {
    return phrases;
  }

  /**
   * Finds the longest phrase that starts a text, on a word boundary.
   *
   * @param text the text (a heading, a paragraph)
   * @param blockPrefix only blocks whose name starts with this
   * @return the phrase, if any
   */
  public Optional<Phrase> longestPrefix(String text, String blockPrefix) {
    String t = normalise(text);
    Phrase best = null;
    for (Phrase p : phrases) {
      if (!p.block().startsWith(blockPrefix)) {
        continue;
      }
      if (t.startsWith(p.phrase())
          && (t.length() == p.phrase().length()
              || !Character.isLetterOrDigit(t.charAt(p.phrase().length())))
          && (best == null || p.phrase().length() > best.phrase().length())) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether a phrase of a block occurs anywhere in a text, on word boundaries.
   *
   * @param text the text
   * @param block the block
   * @return the phrase found, if any
   */
  public Optional<Phrase> contains(String text, String block) {
    String t = " " + normalise(text).replaceAll("[^\\p{L}\\p{N}'’]+", " ") + " ";
    for (Phrase p : phrases) {
      if (p.block().equals(block) && t.contains(" " + p.phrase() + " ")) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  static String normalise(String text) {
    return SPACES
        .matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip())
        .replaceAll(" ")
        .toLowerCase(Locale.ROOT);
  }

  private static List<Phrase> parse(Reader reader, String name) throws IOException {
    List<Phrase> out = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String block = null;
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.startsWith("[")) {
        if (!trimmed.endsWith("]") || trimmed.length() < 3) {
          throw new IllegalArgumentException(
              name + ":" + number + ": a block starts with `[name]`");
        }
        block = normalise(trimmed.substring(1, trimmed.length() - 1));
        continue;
      }
      if (block == null) {
        throw new IllegalArgumentException(
            name + ":" + number + ": a phrase before the first `[name]` line");
      }
      String[] parts = trimmed.split("\\s+", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException(
            name + ":" + number + ": a line is `language phrase`, as `en causes of`");
      }
      out.add(new Phrase(block, parts[0].toLowerCase(Locale.ROOT), normalise(parts[1])));
    }
    return out;
  }
}
