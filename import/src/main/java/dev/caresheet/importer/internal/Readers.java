package dev.caresheet.importer.internal;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.ContentException;
import dev.caresheet.importer.ImportException;
import java.util.List;

/** Detects a source's kind by its content and hands it to its reader. */
public final class Readers {

  /**
   * One article of a source, as read, with its report so far.
   *
   * @param doc what the reader found
   * @param log the report
   */
  public record Article(Doc doc, Log log) {}

  private final Cleaner cleaner;
  private final PhraseTable headings;
  private final PhraseTable markers;

  /**
   * Readers sharing the vocabularies.
   *
   * @param cleaner drops spam and chrome
   * @param headings the heading vocabulary
   * @param markers the markers
   */
  public Readers(Cleaner cleaner, PhraseTable headings, PhraseTable markers) {
    this.cleaner = cleaner;
    this.headings = headings;
    this.markers = markers;
  }

  /**
   * Reads a source.
   *
   * @param content its bytes
   * @param source its name
   * @return its articles
   * @throws ImportException if it cannot be read
   */
  public List<Article> read(byte[] content, String source) throws ImportException {
    String text;
    try {
      text = ConditionCodec.decode(content, source);
    } catch (ContentException e) {
      throw new ImportException(e.getMessage(), e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Log log = new Log(source);
    return List.of(new Article(new TextReader(cleaner, headings, markers).read(text, log), log));
  }
}
