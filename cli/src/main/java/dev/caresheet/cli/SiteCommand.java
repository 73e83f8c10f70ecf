package dev.caresheet.cli;

import dev.caresheet.model.Condition;
import dev.caresheet.render.html.HtmlSite;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caresheet site}: a static site of condition pages, an index and a stylesheet. */
@Command(
    name = "site",
    mixinStandardHelpOptions = true,
    description = {
      "Validate a set of documents, then write a static site: one page per condition (ID.html),",
      "an index of the conditions A-Z with their summaries (index.html), a stylesheet",
      "(style.css) and an icon (favicon.svg). Related conditions link to each other by name.",
      "Nothing is written if a document has an error, unless --keep-going is given. Each file is",
      "written atomically, and only when its content changed."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  caresheet site examples/content --out target/site",
      "  caresheet site content --out public --base-url https://example.org/conditions/",
      "  caresheet site content --out public --keep-going",
      "",
      "Output:",
      "  target/site: 6 files written, 0 unchanged"
    })
final class SiteCommand implements Callable<Integer> {

  @Mixin DocumentPaths paths;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The site's directory (created if missing).")
  Path out;

  @Option(
      names = "--language",
      defaultValue = "en",
      paramLabel = "TAG",
      description = "The language of the index page (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(
      names = "--stylesheet",
      paramLabel = "FILE",
      description = "A stylesheet to write as style.css instead of the built-in one.")
  Path stylesheet;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = {
        "The absolute http(s) URL the site is published at. Pages then have a canonical",
        "link, and their JSON-LD absolute URLs."
      })
  String baseUrl;

  @Option(
      names = "--keep-going",
      description = {
        "Publish every valid document even if others have errors; the invalid ones are",
        "listed with their errors and not published, and the exit code is 1. The index and related",
        "links never point to a page that was not written."
      })
  boolean keepGoing;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = {
        "Where to keep what the last build into --out knew of each document, so that the next",
        "validates and renders only the documents that changed and the pages that show them",
        "(default: $XDG_CACHE_HOME/caresheet, or ~/.cache/caresheet). The cache is never in the",
        "site, and a cache that does not fit the options or this build of Caresheet is ignored."
      })
  Path cacheDir;

  @Option(
      names = "--no-cache",
      description = "Validate and render every document, and keep no cache.")
  boolean noCache;

  @Option(
      names = "--watch",
      description = {
        "After the build, rebuild whenever a document or the stylesheet changes, until",
        "interrupted (Ctrl-C): each rebuild runs in the same warm process from the cache, so it",
        "validates and renders only what changed. Serve the site with any static server."
      })
  boolean watch;

  @Mixin CommandOutput output;

  @Override
  public Integer call() throws IOException {
    if (watch && noCache) {
      throw new UsageException("--watch rebuilds from the cache: it cannot go with --no-cache");
    }
    int code = build();
    if (!watch) {
      return code;
    }
    return watch();
  }

  /**
   * Rebuilds on every change until interrupted: each burst of changes to the content (or the
   * stylesheet) is one rebuild from the cache, in this warm JVM, so only what changed is validated
   * and rendered. Changes inside the site directory itself are not the content's, and are ignored.
   */
  private int watch() throws IOException {
    PrintWriter err = output.err();
    Path site = out.toAbsolutePath().normalize();
    List<Path> roots = new ArrayList<>();
    for (Path p : paths.paths) {
      Path dir = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
      if (dir != null && !roots.contains(dir)) {
        roots.add(dir);
      }
    }
    Object lock = new Object();
    try (dev.caresheet.cli.serve.ContentWatcher watcher =
        new dev.caresheet.cli.serve.ContentWatcher(
            roots,
            Optional.ofNullable(stylesheet),
            changed -> {
              boolean content = false;
              for (Path c : changed) {
                content |= !c.toAbsolutePath().normalize().startsWith(site);
              }
              if (!content) {
                return;
              }
              synchronized (lock) {
                long start = System.nanoTime();
                try {
                  build();
                } catch (IOException e) {
                  err.println("caresheet: rebuild failed: " + Failures.describe(e));
                } catch (RuntimeException e) {
                  err.println("caresheet: rebuild failed: " + e.getMessage());
                }
                err.println(
                    "caresheet: rebuilt in "
                        + java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(
                            System.nanoTime() - start)
                        + " ms; watching (Ctrl-C to stop)");
                err.flush();
              }
            },
            problem -> err.println("caresheet: " + problem))) {
      watcher.start();
      err.println("caresheet: watching " + roots.size() + " folder(s) (Ctrl-C to stop)");
      err.flush();
      new java.util.concurrent.CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  /** One build: from the cache where it can be, or a full one. */
  private int build() throws IOException {
    PrintWriter err = output.err();
    HtmlSite.Builder builder = HtmlSite.builder().language(language);
    if (baseUrl != null) {
      try {
        builder.baseUrl(baseUrl);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--base-url: " + e.getMessage());
      }
    }
    String css = null;
    if (stylesheet != null) {
      if (!Files.isRegularFile(stylesheet)) {
        throw new UsageException("not a file: " + stylesheet);
      }
      css = Files.readString(stylesheet, StandardCharsets.UTF_8);
      builder.stylesheet(css);
    }
    List<Path> files = paths.expand(err);
    Path cacheFile = null;
    String key = null;
    if (!noCache) {
      cacheFile = SiteCache.file(cacheDir != null ? cacheDir : SiteCache.defaultDirectory(), out);
      key = cacheKey(css);
      Optional<SiteCache> previous = SiteCache.read(cacheFile, key);
      if (previous.isPresent()) {
        Integer code = incremental(previous.get(), files, builder, cacheFile, err);
        if (code != null) {
          return code;
        }
      }
    }
    return full(files, builder, cacheFile, key, err);
  }

  /** Validates and renders every document, then writes a new cache if {@code cacheFile} is set. */
  private int full(
      List<Path> files,
      HtmlSite.Builder builder,
      @Nullable Path cacheFile,
      @Nullable String key,
      PrintWriter err)
      throws IOException {
    if (cacheFile != null) {
      SiteCache.delete(cacheFile); // until this build has written a new one
    }
    Report report =
        Validation.validate(
            files, Runtime.getRuntime().availableProcessors(), output.terminal(), err);
    for (Problem problem : report.problems()) {
      Output.problem(err, output.terminal(), problem);
    }
    List<String> rejected = new ArrayList<>();
    if (!report.isValid()) {
      if (!keepGoing) {
        err.println(
            "caresheet: site not written: "
                + Output.plural(report.errorCount(), "error")
                + " (see above)");
        return ExitCodes.CONTENT;
      }
      for (String source : report.sources()) {
        if (report.condition(source).isEmpty()) {
          rejected.add(source);
        }
      }
    }
    Map<Path, Condition> documents = byPath(report.conditions());
    SiteImages images = SiteImages.of(documents);
    builder.images(images.lookup());
    HtmlSite.Pages site;
    try {
      site = builder.build().pages(report.conditions().values());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Map<String, Long> sizes = new ConcurrentHashMap<>();
    int written = write(site, images, sizes);
    if (cacheFile != null && report.isValid()) {
      Set<String> warned = new HashSet<>();
      for (Problem problem : report.problems()) {
        warned.add(problem.source());
      }
      List<Map.Entry<Path, Condition>> entries = new ArrayList<>(documents.entrySet());
      List<SiteCache.Doc> docs =
          each(entries, "cached", e -> cached(e.getKey(), e.getValue(), warned, sizes));
      Map<String, SiteCache.Doc> byPath = new LinkedHashMap<>();
      for (SiteCache.Doc d : docs) {
        if (d != null) {
          byPath.put(d.path(), d);
        }
      }
      if (byPath.size() == entries.size()) {
        new SiteCache(key, byPath).write(cacheFile);
      }
    }
    summary(err, written, site.names().size() + images.names().size());
    if (!rejected.isEmpty()) {
      err.println(
          "caresheet: "
              + Output.plural(rejected.size(), "document")
              + " not published, "
              + Output.plural(report.errorCount(), "error")
              + " (see above):");
      for (String source : rejected) {
        err.println("  " + source);
      }
      return ExitCodes.CONTENT;
    }
    return ExitCodes.OK;
  }

  /**
   * Rebuilds from the cache: validates only the documents whose files changed (and those the cache
   * always validates again), checks them against the ids of the rest, and renders their pages, the
   * pages that show their names, and the index. {@return the exit code, or null when the build must
   * be a full one}: a document added, removed or renamed, a changed document with an error, or a
   * new id or related list.
   */
  private @Nullable Integer incremental(
      SiteCache previous,
      List<Path> files,
      HtmlSite.Builder builder,
      Path cacheFile,
      PrintWriter err)
      throws IOException {
    Map<String, SiteCache.Doc> before = previous.docs();
    if (files.size() != before.size()) {
      return null;
    }
    for (Path file : files) {
      if (!before.containsKey(file.toString())) {
        return null;
      }
    }
    // Which documents changed: size and time first, the content's hash when they differ.
    List<SiteCache.Doc> now =
        each(files, "checked", file -> fresh(before.get(file.toString()), file));
    Map<String, SiteCache.Doc> after = new LinkedHashMap<>();
    List<Path> changed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      SiteCache.Doc d = now.get(i);
      if (d == null) {
        changed.add(files.get(i));
      } else {
        after.put(d.path(), d);
      }
    }
    if (changed.size() > files.size() / 2) {
      return null; // most of the site: a full build costs no more
    }
    Set<String> otherIds = new HashSet<>();
    for (SiteCache.Doc d : after.values()) {
      otherIds.add(d.entry().id());
    }
    List<Report> reports = each(changed, "validated", Validation.VALIDATOR::validate);
    Report report = Validation.VALIDATOR.crossCheck(reports, otherIds);
    if (!report.isValid()) {
      return null; // the full build reports it with the whole set
    }
    Map<String, Condition> conditions = report.conditions();
    Set<String> renamed = new HashSet<>();
    for (Path file : changed) {
      SiteCache.Doc was = before.get(file.toString());
      Condition c = conditions.get(file.toString());
      if (c == null || !c.id().equals(was.entry().id()) || !c.related().equals(was.related())) {
        return null;
      }
      if (!HtmlSite.Entry.of(c).equals(was.entry())) {
        renamed.add(c.id());
      }
    }
    // The pages that show a changed name, summary or language: those that list it as related.
    List<Path> showing = new ArrayList<>();
    if (!renamed.isEmpty()) {
      for (Path file : files) {
        SiteCache.Doc d = after.get(file.toString());
        if (d != null && !java.util.Collections.disjoint(d.related(), renamed)) {
          showing.add(file);
        }
      }
    }
    Map<String, Condition> toRender = new LinkedHashMap<>(conditions);
    if (!showing.isEmpty()) {
      List<Report> again = each(showing, "validated", Validation.VALIDATOR::validate);
      for (Report r : again) {
        toRender.putAll(r.conditions());
      }
      if (toRender.size() != conditions.size() + showing.size()) {
        return null; // a file changed under us
      }
    }
    // No full build can follow now: the problems of the changed documents are the build's.
    for (Problem problem : report.problems()) {
      Output.problem(err, output.terminal(), problem);
    }
    List<HtmlSite.Entry> entries = new ArrayList<>();
    for (Path file : files) {
      String path = file.toString();
      Condition c = conditions.get(path);
      entries.add(c != null ? HtmlSite.Entry.of(c) : after.get(path).entry());
    }
    Map<Path, Condition> documents = byPath(toRender);
    SiteImages images = SiteImages.of(documents);
    builder.images(images.lookup());
    HtmlSite.Pages site = builder.build().pages(toRender.values(), entries);
    Map<String, Long> sizes = new ConcurrentHashMap<>();
    int written = write(site, images, sizes);
    // The whole site's files: those rendered, and the pages of the documents that were not.
    int total = site.names().size() + images.names().size() + (files.size() - toRender.size());
    Set<String> warned = new HashSet<>();
    for (Problem problem : report.problems()) {
      warned.add(problem.source());
    }
    Map<String, SiteCache.Doc> docs = new LinkedHashMap<>();
    for (Path file : files) {
      String path = file.toString();
      Condition c = toRender.get(path);
      SiteCache.Doc d = c != null ? cached(file, c, warned, sizes) : after.get(path);
      if (d == null) {
        SiteCache.delete(cacheFile);
        summary(err, written, total);
        return ExitCodes.OK;
      }
      docs.put(path, d);
    }
    new SiteCache(previous.key(), docs).write(cacheFile);
    summary(err, written, total);
    return ExitCodes.OK;
  }

  /**
   * What the cache knows of a document that is unchanged since it was cached, with the file's new
   * time if only that changed; null if it changed, or is one the cache always validates again.
   */
  private SiteCache.@Nullable Doc fresh(SiteCache.Doc d, Path file) {
    if (d.always()) {
      return null;
    }
    Optional<long[]> page = SiteCache.stat(out.resolve(d.entry().id() + ".html"));
    if (page.isEmpty() || page.get()[0] != d.pageSize()) {
      return null;
    }
    Optional<long[]> stat = SiteCache.stat(file);
    if (stat.isEmpty()) {
      return null;
    }
    if (stat.get()[0] == d.size() && stat.get()[1] == d.modified()) {
      return d;
    }
    try {
      return SiteCache.same(SiteCache.sha256(file), d.sha256())
          ? d.touched(stat.get()[0], stat.get()[1])
          : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** What the cache keeps of a document just validated and rendered; null if its file changed. */
  private SiteCache.@Nullable Doc cached(
      Path file, Condition c, Set<String> warned, Map<String, Long> sizes) {
    Optional<long[]> stat = SiteCache.stat(file);
    Long pageSize = sizes.get(c.id() + ".html");
    if (stat.isEmpty()) {
      return null;
    }
    if (pageSize == null) {
      Optional<long[]> page = SiteCache.stat(out.resolve(c.id() + ".html"));
      if (page.isEmpty()) {
        return null;
      }
      pageSize = page.get()[0];
    }
    byte[] sha;
    try {
      sha = SiteCache.sha256(file);
    } catch (IOException e) {
      return null;
    }
    boolean always = warned.contains(file.toString()) || !SiteImages.figures(c).isEmpty();
    return new SiteCache.Doc(
        file.toString(),
        stat.get()[0],
        stat.get()[1],
        sha,
        HtmlSite.Entry.of(c),
        c.related(),
        pageSize,
        always);
  }

  /**
   * Renders every page of {@code site}, compares it with the file there and, if it changed, writes
   * it to its temporary file, on every core, so that no more than a page per thread is held; then
   * renames them all. {@return how many files were written}; {@code sizes} gets each page's size.
   */
  private int write(HtmlSite.Pages site, SiteImages images, Map<String, Long> sizes)
      throws IOException {
    PrintWriter err = output.err();
    AtomicFiles.sweepStale(out); // temporary files of a run that was killed
    try (BatchWriter batch = new BatchWriter()) {
      int written = images.add(out, batch);
      List<Boolean> changed =
          each(
              site.names(),
              "rendered",
              name -> {
                Path target = out.resolve(name);
                byte[] bytes = site.render(name).getBytes(StandardCharsets.UTF_8);
                sizes.put(name, (long) bytes.length);
                try {
                  if (unchanged(target, bytes)) {
                    return false;
                  }
                  batch.add(target, bytes);
                  return true;
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(target + ": " + e.getMessage(), e);
                }
              });
      for (boolean c : changed) {
        written += c ? 1 : 0;
      }
      batch.commit();
      return written;
    } catch (java.io.UncheckedIOException e) {
      throw new IOException(e.getMessage(), e.getCause());
    }
  }

  /** {@code work} on every item, on every core, with a progress line on a terminal. */
  private <S, T> List<T> each(List<S> items, String verb, java.util.function.Function<S, T> work) {
    return Parallel.each(
        items,
        Runtime.getRuntime().availableProcessors(),
        output.terminal(),
        output.err(),
        verb,
        work);
  }

  private void summary(PrintWriter err, int written, int total) {
    err.println(
        out
            + ": "
            + Output.plural(written, "file")
            + " written, "
            + (total - written)
            + " unchanged");
  }

  /**
   * What a cache must have been made with to be used: this build of Caresheet (its version and its
   * jar's size and time), the options that change pages, and the stylesheet.
   */
  private String cacheKey(@Nullable String css) {
    StringBuilder key = new StringBuilder();
    key.append(String.join(" ", new VersionProvider().getVersion()));
    try {
      java.security.CodeSource code = SiteCommand.class.getProtectionDomain().getCodeSource();
      if (code != null) {
        Path jar = Path.of(code.getLocation().toURI());
        SiteCache.stat(jar)
            .ifPresent(st -> key.append('\n').append(st[0]).append(' ').append(st[1]));
      }
    } catch (java.net.URISyntaxException | RuntimeException e) {
      key.append("\nunknown build");
    }
    key.append('\n').append(language).append('\n').append(baseUrl);
    if (css != null) {
      key.append('\n')
          .append(
              java.util.HexFormat.of()
                  .formatHex(SiteCache.sha256(css.getBytes(StandardCharsets.UTF_8))));
    }
    return key.toString();
  }

  /** The documents by their files' paths (a report names each by its path). */
  static Map<Path, Condition> byPath(Map<String, Condition> bySource) {
    Map<Path, Condition> byPath = new java.util.LinkedHashMap<>();
    bySource.forEach((source, c) -> byPath.put(Path.of(source), c));
    return byPath;
  }

  private static boolean unchanged(Path target, byte[] bytes) throws IOException {
    if (!Files.isRegularFile(target)) {
      return false;
    }
    return Files.size(target) == bytes.length
        && java.util.Arrays.equals(Files.readAllBytes(target), bytes);
  }
}
