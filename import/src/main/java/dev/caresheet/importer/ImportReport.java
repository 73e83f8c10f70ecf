package dev.caresheet.importer;

import java.util.List;
import java.util.Objects;

/**
 * What one import did, entry by entry, each with its place in the source ({@code
 * source:line:column} for text and HTML, {@code source:/json/pointer} for JSON). Immutable.
 */
public final class ImportReport {

  /** What an entry is about. */
  public enum Kind {
    /** What became which part. */
    MAPPED("mapped"),
    /** Text that is not content, left out, with the reason. */
    DROPPED("dropped"),
    /** Something a person should check or supply. */
    NEEDS_HUMAN("check");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** {@return the word the text form of the report uses} */
    public String label() {
      return label;
    }
  }

  /**
   * One entry.
   *
   * @param kind what it is about
   * @param location where in the source
   * @param message what happened, in words
   */
  public record Entry(Kind kind, String location, String message) {
    /**
     * Checks the components.
     *
     * @param kind what it is about
     * @param location where in the source
     * @param message what happened
     */
    public Entry {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(message, "message");
    }

    /** {@return the entry as one line: label, location, message} */
    public String toText() {
      return String.format("  %-8s %s: %s", kind.label(), location, message);
    }
  }

  private final String source;
  private final String inputKind;
  private final List<Entry> entries;

  /**
   * A report.
   *
   * @param source the source's name
   * @param inputKind the kind of input detected ({@code text}, {@code html}, …)
   * @param entries its entries, in source order
   */
  public ImportReport(String source, String inputKind, List<Entry> entries) {
    this.source = Objects.requireNonNull(source, "source");
    this.inputKind = Objects.requireNonNull(inputKind, "inputKind");
    this.entries = List.copyOf(entries);
  }

  /** {@return the source's name} */
  public String source() {
    return source;
  }

  /**
   * {@return the kind of input detected by content: text, html, nhs-json, medlineplus-json,
   * medlineplus-xml}
   */
  public String inputKind() {
    return inputKind;
  }

  /** {@return every entry} */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The entries of one kind.
   *
   * @param kind the kind
   * @return those entries, in order
   */
  public List<Entry> entries(Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }

  /** {@return the report as text: a line per entry, mapped first, then dropped, then to check} */
  public String toText() {
    StringBuilder out = new StringBuilder();
    for (Kind kind : Kind.values()) {
      for (Entry e : entries(kind)) {
        out.append(e.toText()).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return toText();
  }
}
