package dev.caresheet.importer.internal;

import dev.caresheet.importer.ImportReport;
import java.util.ArrayList;
import java.util.List;

/** Collects the entries of one import's report, in order. */
public final class Log {

  /** The maximum number of characters of source text quoted in an entry. */
  static final int QUOTE = 80;

  private final String source;
  private final List<ImportReport.Entry> entries = new ArrayList<>();

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
    entries.add(new ImportReport.Entry(kind, loc.isEmpty() ? source : source + ":" + loc, message));
  }

  /** {@return the entries so far} */
  public List<ImportReport.Entry> entries() {
    return List.copyOf(entries);
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
