package dev.caresheet.importer.internal;

import dev.caresheet.lint.EditorialVocabulary;
import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.Contributor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads scraped plain text (the seed's kind): blocks separated by blank lines, {@code •} and
 * numbered items, headings recognised from the table of contents or the heading vocabulary,
 * callouts, the author line and "Read More" teasers at the end.
 */
public final class TextReader {

  private static final Pattern BULLET = Pattern.compile("^\\s*[•●▪◦·*–-]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s+(.*)$");
  private static final Pattern TOC =
      Pattern.compile(
          "^(table of contents|contents|содержание статьи|содержание|оглавление|tabla de contenidos|"
              + "contenido|índice)\\s*:\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Cleaner cleaner;
  private final PhraseTable headings;
  private final PhraseTable markers;

  /**
   * A reader.
   *
   * @param cleaner drops spam and chrome
   * @param headings the heading vocabulary
   * @param markers callout, caution and author markers
   */
  public TextReader(Cleaner cleaner, PhraseTable headings, PhraseTable markers) {
    this.cleaner = cleaner;
    this.headings = headings;
    this.markers = markers;
  }

  /** A raw block: its lines, where it starts, whether it is list items. */
  private record Block(
      String text, int line, int column, boolean item, boolean ordered, int itemNumber) {
    String loc() {
      return line + ":" + column;
    }
  }

  /**
   * Reads a text.
   *
   * @param text the decoded text
   * @param log the report
   * @return what the text holds
   */
  public Doc read(String text, Log log) {
    List<Block> blocks = blocks(text);
    Doc doc = new Doc();
    doc.kind = "text";
    int start = title(blocks, doc, log);
    // Drop spam and chrome blocks, find the table of contents.
    String toc = null;
    List<Block> kept = new ArrayList<>();
    for (int i = start; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Matcher t = TOC.matcher(b.text());
      if (toc == null && !b.item() && t.find()) {
        toc = b.text().substring(t.end());
        log.dropped(b.loc(), "table of contents (used to find the headings)", b.text());
        continue;
      }
      if (isReadMore(b)) {
        kept.add(b);
        continue;
      }
      EditorialVocabulary.Match whole = cleaner.wholeBlock(b.text());
      if (whole != null) {
        log.dropped(
            b.loc(),
            whole.entry().category().key()
                + " (“"
                + whole.entry().phrase()
                + "”, "
                + whole.entry().language()
                + ")",
            b.text());
        continue;
      }
      kept.add(b);
    }
    int end = endMatter(kept, doc, log);
    List<Block> body = kept.subList(0, end);
    List<Integer> headingAt = headings(body, toc, log);
    String lastHeading = null;
    for (int i = 0; i < body.size(); i++) {
      Block b = body.get(i);
      if (headingAt.contains(i)) {
        lastHeading = b.text();
        doc.nodes.add(
            new Doc.Heading(
                Texts.escape(b.text()),
                2,
                alternatives.get(i) == null ? List.of() : List.of(alternatives.get(i)),
                b.loc()));
        continue;
      }
      String clean = Texts.tidy(cleaner.phrases(b.text(), b.loc(), log));
      if (lastHeading != null
          && clean.startsWith(lastHeading + " ")
          && clean.length() > lastHeading.length() + 1) {
        log.dropped(
            b.loc(),
            "the heading repeated before the text (an image caption or link)",
            lastHeading);
        clean = clean.substring(lastHeading.length() + 1);
      }
      clean = cleaner.gluedLinkText(clean, b.loc(), log);
      if (clean.isBlank()) {
        continue;
      }
      if (b.item()) {
        Doc.Item item = new Doc.Item(Texts.escape(clean), b.loc());
        Doc.Node last = doc.nodes.isEmpty() ? null : doc.nodes.get(doc.nodes.size() - 1);
        if (last instanceof Doc.ListNode list && list.ordered() == b.ordered()) {
          List<Doc.Item> items = new ArrayList<>(list.items());
          items.add(item);
          doc.nodes.set(doc.nodes.size() - 1, new Doc.ListNode(list.ordered(), items, list.loc()));
        } else {
          doc.nodes.add(new Doc.ListNode(b.ordered(), List.of(item), b.loc()));
        }
        continue;
      }
      Doc.CalloutNode callout = callout(clean, b.loc());
      if (callout != null) {
        log.mapped(
            b.loc(),
            Log.quote(clean.substring(0, Math.min(clean.length(), 30)))
                + " → a callout ("
                + callout.kind().value()
                + ")");
        doc.nodes.add(
            callout.title() != null && callout.title().startsWith("\u0000")
                ? new Doc.CalloutNode(callout.kind(), null, callout.text(), callout.loc())
                : callout);
        continue;
      }
      doc.nodes.add(new Doc.Para(Texts.escape(clean), b.loc()));
    }
    return doc;
  }

  private final java.util.Map<Integer, String> alternatives = new java.util.HashMap<>();

  private static final Pattern MARKER =
      Pattern.compile("^([^!:.?]{2,40})[!:]\\s+(\\S.*)$", Pattern.DOTALL);

  private Doc.@Nullable CalloutNode callout(String text, String loc) {
    Matcher m = MARKER.matcher(text);
    if (!m.find()) {
      return null;
    }
    String marker = m.group(1).strip();
    Optional<PhraseTable.Phrase> p = markers.longestPrefix(marker, "callout ");
    if (p.isEmpty() || p.get().phrase().length() != PhraseTable.normalise(marker).length()) {
      return null;
    }
    CalloutKind kind =
        CalloutKind.valueOf(
            p.get().block().substring("callout ".length()).toUpperCase(Locale.ROOT));
    // A marker of one or two words ("Important!", "Please note!") is the callout's kind; a longer
    // one ("It's important to know!") is its title.
    String title = Texts.words(marker) >= 3 ? Texts.escape(marker) : "\u0000" + marker;
    return new Doc.CalloutNode(
        kind, title, Texts.escape(Texts.capitalise(m.group(2).strip())), loc);
  }

  private static boolean isReadMore(Block b) {
    String t = PhraseTable.normalise(b.text()).replaceAll("[.…»>→ ]+$", "");
    return t.equals("read more")
        || t.equals("читать далее")
        || t.equals("подробнее")
        || t.equals("leer más")
        || t.equals("lee más");
  }

  /** Finds the title; drops what comes before it (a site's name). Returns the next block. */
  private int title(List<Block> blocks, Doc doc, Log log) {
    int limit = Math.min(blocks.size() - 1, 5);
    for (int i = 0; i < limit; i++) {
      Block b = blocks.get(i);
      Block next = blocks.get(i + 1);
      if (!b.item() && Texts.words(b.text()) <= 20 && next.text().startsWith(b.text())) {
        for (int j = 0; j < i; j++) {
          log.dropped(
              blocks.get(j).loc(),
              "before the title (the site's name or banner)",
              blocks.get(j).text());
        }
        doc.title = b.text();
        doc.titleLoc = b.loc();
        String rest = next.text().substring(b.text().length()).replaceFirst("^[.:!\\s]+", "");
        log.dropped(next.loc(), "the title repeated before the first paragraph", b.text());
        blocks.set(
            i + 1,
            new Block(
                rest, next.line(), next.column(), next.item(), next.ordered(), next.itemNumber()));
        if (rest.isBlank()) {
          return i + 2;
        }
        return i + 1;
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!b.item() && Texts.words(b.text()) <= 20) {
        doc.title = b.text();
        doc.titleLoc = b.loc();
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The end of the article: the author line and the teasers after it. Returns where the body ends.
   */
  private int endMatter(List<Block> blocks, Doc doc, Log log) {
    int end = blocks.size();
    // Teasers: runs of blocks that end in "Read More".
    int firstTeaser = end;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (!isReadMore(blocks.get(i))) {
        continue;
      }
      int j = i - 1;
      List<Block> teaser = new ArrayList<>();
      while (j >= 0
          && !isReadMore(blocks.get(j))
          && teaser.size() < 3
          && !isAuthor(blocks.get(j).text())
          && !blocks.get(j).item()) {
        teaser.add(0, blocks.get(j));
        j--;
      }
      String id = relatedId(teaser);
      if (id != null && !doc.related.contains(id)) {
        doc.related.add(0, id);
      }
      for (Block t : teaser) {
        log.dropped(t.loc(), "teaser of a related article (\u201cRead More\u201d)", t.text());
      }
      log.dropped(blocks.get(i).loc(), "chrome (“read more”)", blocks.get(i).text());
      if (id != null) {
        log.mapped(
            teaser.isEmpty() ? blocks.get(i).loc() : teaser.get(0).loc(),
            "teaser → related id “" + id + "”");
        log.human(
            teaser.isEmpty() ? blocks.get(i).loc() : teaser.get(0).loc(),
            "related id “" + id + "” made from a teaser: check that it names a document");
      }
      firstTeaser = j + 1;
      i = j + 1;
    }
    end = firstTeaser;
    for (int i = end - 1; i >= Math.max(0, end - 3); i--) {
      Block b = blocks.get(i);
      Contributor author = author(b.text());
      if (author != null) {
        doc.authors.add(author);
        log.mapped(b.loc(), "author line → attribution.authors “" + author.name() + "”");
        log.human(
            b.loc(),
            "author “"
                + author.name()
                + "”: check the order of the names and"
                + " the credentials “"
                + author.credentials().orElse("")
                + "”");
        end = i;
        break;
      }
    }
    return end;
  }

  private static @Nullable String relatedId(List<Block> teaser) {
    if (teaser.isEmpty()) {
      return null;
    }
    Block first = teaser.get(0);
    String title = first.text();
    if (Texts.words(title) > 8 || title.endsWith("...") || title.endsWith("…")) {
      // No title: the subject of its first sentence ("Anorexia is the word …").
      Matcher m =
          Pattern.compile("^(\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0,3}?) (?:is|are|—|-|это|es)\\b")
              .matcher(title);
      if (!m.find()) {
        return null;
      }
      title = m.group(1);
    }
    int stop = title.indexOf('.');
    return Texts.slug(stop > 0 ? title.substring(0, stop) : title, "related");
  }

  private boolean isAuthor(String text) {
    return author(text) != null;
  }

  private @Nullable Contributor author(String text) {
    if (Texts.words(text) > 10 || text.endsWith(".") || text.endsWith(":")) {
      return null;
    }
    return markers.longestPrefix(text, "author").isPresent() ? Authors.parse(text) : null;
  }

  /**
   * Which blocks are headings: one short line, not a sentence, that the table of contents lists,
   * the heading vocabulary knows, or that stands where the table of contents has an entry.
   */
  private List<Integer> headings(List<Block> body, @Nullable String toc, Log log) {
    alternatives.clear();
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i + 1 < body.size(); i++) {
      Block b = body.get(i);
      String t = b.text();
      if (!b.item()
          && !t.contains("\n")
          && Texts.words(t) <= 12
          && t.length() <= 100
          && Character.isUpperCase(t.codePointAt(0))
          && !t.matches(".*[.:;,!]$")
          && callout(t + " x", b.loc()) == null) {
        candidates.add(i);
      }
    }
    String tocNorm = toc == null ? null : PhraseTable.normalise(toc);
    List<Integer> confirmed = new ArrayList<>();
    List<Integer> unmatched = new ArrayList<>();
    for (int i : candidates) {
      String t = PhraseTable.normalise(body.get(i).text());
      if (tocNorm != null && tocNorm.contains(t)) {
        confirmed.add(i);
      } else {
        unmatched.add(i);
      }
    }
    // Entries of the table of contents between two found headings, matched by place.
    if (tocNorm != null) {
      for (int i : unmatched) {
        int before = -1;
        int after = -1;
        for (int c : confirmed) {
          if (c < i) {
            before = c;
          } else if (after < 0) {
            after = c;
          }
        }
        int from =
            before < 0
                ? 0
                : tocNorm.indexOf(PhraseTable.normalise(body.get(before).text()))
                    + PhraseTable.normalise(body.get(before).text()).length();
        int to =
            after < 0
                ? tocNorm.length()
                : tocNorm.indexOf(PhraseTable.normalise(body.get(after).text()));
        boolean alone = true;
        for (int u : unmatched) {
          if (u != i && u > before && (after < 0 || u < after)) {
            alone = false;
          }
        }
        if (from >= 0 && to > from && alone) {
          String entry = toc.substring(from, Math.min(to, toc.length())).strip();
          if (!entry.isEmpty() && Texts.words(entry) <= 12) {
            alternatives.put(i, entry);
            log.mapped(
                body.get(i).loc(),
                "heading “"
                    + body.get(i).text()
                    + "” stands where the table of contents has “"
                    + entry
                    + "”");
          }
        }
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int i : candidates) {
      String t = body.get(i).text();
      boolean known =
          headings.longestPrefix(t, "").isPresent()
              || (alternatives.get(i) != null
                  && headings.longestPrefix(alternatives.get(i), "").isPresent());
      if (confirmed.contains(i)
          || alternatives.containsKey(i)
          || known
          || (tocNorm == null && t.endsWith("?"))) {
        out.add(i);
      }
    }
    return out;
  }

  private static List<Block> blocks(String text) {
    List<Block> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    StringBuilder para = null;
    int paraLine = 0;
    int paraColumn = 0;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].replace("\r", "").replace('\u00a0', ' ');
      if (line.isBlank()) {
        if (para != null) {
          out.add(new Block(para.toString().strip(), paraLine, paraColumn, false, false, 0));
          para = null;
        }
        continue;
      }
      int column = 1;
      while (column <= line.length() && Character.isWhitespace(line.charAt(column - 1))) {
        column++;
      }
      Matcher bullet = BULLET.matcher(line);
      Matcher numbered = NUMBERED.matcher(line);
      if (bullet.matches() || numbered.matches()) {
        if (para != null) {
          out.add(new Block(para.toString().strip(), paraLine, paraColumn, false, false, 0));
          para = null;
        }
        boolean ordered = !bullet.matches();
        String body = ordered ? numbered.group(2) : bullet.group(1);
        out.add(
            new Block(
                body.strip(),
                n + 1,
                column,
                true,
                ordered,
                ordered ? Integer.parseInt(numbered.group(1)) : 0));
        continue;
      }
      if (para == null) {
        para = new StringBuilder(line.strip());
        paraLine = n + 1;
        paraColumn = column;
      } else {
        para.append(' ').append(line.strip());
      }
    }
    if (para != null) {
      out.add(new Block(para.toString().strip(), paraLine, paraColumn, false, false, 0));
    }
    return out;
  }
}
