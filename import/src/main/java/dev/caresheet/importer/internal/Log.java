package dev.caresheet.importer.internal;

import dev.caresheet.importer.ImportReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the entries of one import's report and gives them in source order: the readers log as
 * they go, and a later stage (the mapper, the teaser and author passes) logs about earlier lines.
 */
public final class Log {

  /** The maximum number of characters of source text quoted in an entry. */
  static final int QUOTE = 80;

  private final String source;
  private final List<ImportReport.Entry> entries = new ArrayList<>();
  private final List<long[]> positions = new ArrayList<>();

  /**
   * Starts a log.
   *
   * @param source the source's name, the first part of every location
   */
  public Log(String source) {
    this.source = source;
  }

  /** {@return the source's name} */
  public String source() {
    return source;
  }

  /**
   * Notes what became which part.
   *
   * @param loc where in the source
   * @param message what
   */
  public void mapped(String loc, String message) {
    add(ImportReport.Kind.MAPPED, loc, message);
  }

  /**
   * Notes a drop.
   *
   * @param loc where in the source
   * @param reason why
   * @param text what was dropped
   */
  public void dropped(String loc, String reason, String text) {
    add(ImportReport.Kind.DROPPED, loc, reason + ": " + quote(text));
  }

  /**
   * Notes what a person should look at.
   *
   * @param loc where in the source, or empty
   * @param message what
   */
  public void human(String loc, String message) {
    add(ImportReport.Kind.NEEDS_HUMAN, loc, message);
  }

  private void add(ImportReport.Kind kind, String loc, String message) {
    positions.add(new long[] {position(loc), entries.size()});
    entries.add(new ImportReport.Entry(kind, loc.isEmpty() ? source : source + ":" + loc, message));
  }

  /**
   * The sort key of a location: line and column for {@code line:column}; a JSON pointer keeps the
   * order in which it was logged (the readers walk JSON in document order); no location (the whole
   * document) comes last.
   */
  private static long position(String loc) {
    if (loc.isEmpty()) {
      return Long.MAX_VALUE;
    }
    Matcher m = LINE_COLUMN.matcher(loc);
    if (!m.matches()) {
      return -1;
    }
    try {
      return Long.parseLong(m.group(1)) << 24 | Math.min(Long.parseLong(m.group(2)), (1 << 24) - 1);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static final Pattern LINE_COLUMN = Pattern.compile("(\\d{1,9}):(\\d{1,9})");

  /** {@return the entries so far, in source order (stable for entries at the same place)} */
  public List<ImportReport.Entry> entries() {
    return positions.stream()
        .sorted(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]))
        .map(p -> entries.get((int) p[1]))
        .toList();
  }

  /**
   * Quotes a text for the report, shortened.
   *
   * @param text the text
   * @return it in quotes, at most {@link #QUOTE} characters of it
   */
  public static String quote(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() > QUOTE) {
      int cut = QUOTE;
      if (Character.isHighSurrogate(t.charAt(cut - 1))) {
        cut--;
      }
      t = t.substring(0, cut) + "…";
    }
    return "“" + t + "”";
  }
}
