package dev.caresheet.importer.internal;

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
      text = dev.caresheet.codec.internal.Utf8.decode(content, source);
    } catch (ContentException e) {
      String declared = declaredCharset(content);
      if (declared == null) {
        throw new ImportException(e.getMessage(), e);
      }
      text = new String(content, java.nio.charset.Charset.forName(declared));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading();
    String lower = head.toLowerCase(java.util.Locale.ROOT);
    Log log = new Log(source);
    ApiReaders api = new ApiReaders(cleaner);
    if (head.startsWith("{") || head.startsWith("[")) {
      tools.jackson.databind.JsonNode tree = ApiReaders.json(text, source);
      if (ApiReaders.isNhs(tree)) {
        return List.of(new Article(api.nhs(tree, log), log));
      }
      if (ApiReaders.isSummaries(tree)) {
        List<Article> all = api.summaries(tree, source);
        for (Article a : all) {
          a.doc().kind = "medlineplus-json";
        }
        return all;
      }
      throw new ImportException(
          source
              + ": JSON of a shape the importer does not know (neither"
              + " an NHS website content API page nor MedlinePlus summaries)");
    }
    if (lower.startsWith("<?xml") && !lower.contains("<html") || lower.contains("<health-topic")) {
      return api.healthTopics(text, source);
    }
    if (head.startsWith("<")) {
      HtmlReader html = new HtmlReader(cleaner, log, null);
      if (lower.contains("<html")
          || lower.contains("<body")
          || lower.contains("<head")
          || lower.startsWith("<!doctype")) {
        return List.of(new Article(html.page(text), log));
      }
      Doc doc = api.summary(null, text, "", null, null, log);
      doc.kind = "html-fragment";
      return List.of(new Article(doc, log));
    }
    return List.of(new Article(new TextReader(cleaner, headings, markers).read(text, log), log));
  }

  /** The charset an HTML page declares in its first 1,024 bytes, if Java knows it. */
  private static @org.jspecify.annotations.Nullable String declaredCharset(byte[] content) {
    String start =
        new String(
                content,
                0,
                Math.min(content.length, 1024),
                java.nio.charset.StandardCharsets.ISO_8859_1)
            .toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_-]+)")
            .matcher(start);
    if (!m.find() || m.group(1).equals("utf-8") || m.group(1).equals("utf8")) {
      return null;
    }
    try {
      return java.nio.charset.Charset.isSupported(m.group(1)) ? m.group(1) : null;
    } catch (java.nio.charset.IllegalCharsetNameException e) {
      return null;
    }
  }
}
