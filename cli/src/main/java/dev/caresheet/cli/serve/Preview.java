package dev.caresheet.cli.serve;

import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import dev.caresheet.render.html.HtmlSite;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Report;
import dev.caresheet.schema.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The previewed site, kept up to date as files change: the state of every document (its last
 * report, its last valid version), the images, and a {@link Snapshot} of everything the server
 * answers, which request threads read without a lock.
 *
 * <p>On a change only the changed documents are read and validated again (with the one shared
 * {@link Validator}); the rules across files run on the kept reports, which is cheap. A page is
 * rendered again only when what it shows changed: its document, the ids and names of the documents
 * it lists as related, or its errors. Every entry carries the generation at which its bytes last
 * changed, so that a browser tab knows whether what it shows is out of date.
 *
 * <p>Not thread-safe: {@link #load()} and {@link #apply(Collection)} are called from one thread at
 * a time (the watcher's); {@link #snapshot()} from any.
 */
final class Preview {

  /** The image types served from the content directories, by file extension. */
  static final Map<String, String> IMAGE_TYPES =
      Map.of(
          "png",
          "image/png",
          "jpg",
          "image/jpeg",
          "jpeg",
          "image/jpeg",
          "gif",
          "image/gif",
          "webp",
          "image/webp",
          "avif",
          "image/avif",
          "svg",
          "image/svg+xml");

  /** An answer the server has ready: the bytes, their type, and where the reload script goes. */
  record Entry(byte[] body, String type, long version, int scriptAt) {
    boolean isHtml() {
      return scriptAt >= 0;
    }
  }

  /**
   * Everything the server answers at one moment, immutable.
   *
   * @param entries the site's files by name ({@code index.html}, {@code style.css}, {@code
   *     ID.html})
   * @param images the content directories' images, by URL path without the leading slash
   * @param assets the generation at which the stylesheet or an image last changed
   */
  record Snapshot(
      Map<String, Entry> entries, Map<String, Path> images, long assets, long generation) {
    /** The version of what a page shows, as the reload script compares it; "none" for a 404. */
    String token(String name) {
      Entry e = entries.get(name);
      if (e == null) {
        return images.containsKey(name) ? "image." + assets : "none";
      }
      return e.isHtml() ? e.version() + "." + assets : String.valueOf(e.version());
    }
  }

  /** What one update changed, for the terminal. */
  record Update(
      List<String> changedPages,
      Map<String, List<Problem>> newProblems,
      Set<String> fixed,
      int documents,
      int errors,
      int warnings,
      boolean assets) {}

  private record FileState(Report report, Optional<Condition> lastGood) {}

  private final List<Path> roots;
  private final Optional<Path> stylesheetFile;
  private final Validator validator;
  private final String language;
  private HtmlSite site;
  private final Map<Path, FileState> documents = new TreeMap<>();
  private final Map<String, Path> images = new TreeMap<>();
  private final Map<String, List<Object>> keys = new HashMap<>();
  private final Map<String, List<Problem>> shownProblems = new HashMap<>();
  private final Map<Path, Path> realRoots = new HashMap<>();

  /** Reports of a large batch (the first load, a directory moved in), validated in parallel. */
  private final Map<Path, Report> prevalidated = new java.util.concurrent.ConcurrentHashMap<>();

  private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), 0, 0);
  private long generation;
  private long assets;

  Preview(List<Path> roots, Optional<Path> stylesheetFile, Validator validator, String language) {
    this.roots = roots.stream().map(Path::normalize).toList();
    this.stylesheetFile = stylesheetFile.map(Path::normalize);
    this.validator = Objects.requireNonNull(validator);
    this.language = language;
    this.site = HtmlSite.builder().language(language).build();
  }

  /** The content directories, as given. */
  List<Path> roots() {
    return roots;
  }

  Optional<Path> stylesheetFile() {
    return stylesheetFile;
  }

  /** What the server answers now. */
  Snapshot snapshot() {
    return snapshot;
  }

  /** Reads every document, image and the stylesheet under the roots: the first update. */
  Update load() throws IOException {
    for (Path root : roots) {
      realRoots.put(root, root.toRealPath());
    }
    List<Path> all = new ArrayList<>(roots);
    stylesheetFile.ifPresent(all::add);
    return apply(all);
  }

  /**
   * Brings the site up to date with the files at these paths (files or directories, present or
   * gone): what the watcher saw change.
   */
  Update apply(Collection<Path> changed) throws IOException {
    boolean docsChanged = false;
    boolean assetsChanged = false;
    Set<Path> scanned = new TreeSet<>();
    for (Path raw : changed) {
      Path path = raw.normalize();
      if (stylesheetFile.isPresent() && path.equals(stylesheetFile.get())) {
        assetsChanged |= readStylesheet(path);
        continue;
      }
      Optional<Path> root = rootOf(path);
      if (root.isEmpty()) {
        continue;
      }
      if (Files.isDirectory(path)) {
        List<Path> found = walk(path);
        if (found.size() > 16) {
          found.parallelStream()
              .filter(f -> Format.of(f).isPresent())
              .forEach(f -> prevalidated.put(f, validator.validate(f)));
        }
        for (Path file : found) {
          if (scanned.add(file)) {
            int kind = update(file, root.get());
            docsChanged |= kind == 1;
            assetsChanged |= kind == 2;
          }
        }
        continue;
      }
      if (!Files.exists(path) && extension(path).isEmpty()) {
        // A directory that went away: everything under it went with it.
        docsChanged |= documents.keySet().removeIf(p -> p.startsWith(path) && !p.equals(path));
        assetsChanged |= images.values().removeIf(p -> p.startsWith(path) && !p.equals(path));
        continue;
      }
      if (scanned.add(path)) {
        int kind = update(path, root.get());
        docsChanged |= kind == 1;
        assetsChanged |= kind == 2;
      }
    }
    // Files that went away under a directory that was rescanned (an overflow, a moved directory).
    for (Path raw : changed) {
      Path dir = raw.normalize();
      if (Files.isDirectory(dir) && rootOf(dir).isPresent()) {
        docsChanged |= documents.keySet().removeIf(p -> p.startsWith(dir) && !scanned.contains(p));
        assetsChanged |= images.values().removeIf(p -> p.startsWith(dir) && !scanned.contains(p));
      }
    }
    prevalidated.clear();
    generation++;
    if (assetsChanged) {
      assets = generation;
    }
    return rebuild(assetsChanged);
  }

  /** 0: nothing of ours, 1: a document, 2: an image. */
  private int update(Path file, Path root) throws IOException {
    Optional<String> ext = extension(file);
    if (ext.isEmpty()) {
      return 0;
    }
    if (Format.of(file).isPresent()) {
      if (!Files.isRegularFile(file)) {
        return documents.remove(file) != null ? 1 : 0;
      }
      FileState old = documents.get(file);
      Report report =
          prevalidated.containsKey(file) ? prevalidated.remove(file) : validator.validate(file);
      Optional<Condition> lastGood = report.isValid() ? report.condition() : Optional.empty();
      documents.put(
          file,
          new FileState(
              report,
              lastGood.isPresent() ? lastGood : old == null ? Optional.empty() : old.lastGood()));
      return 1;
    }
    if (IMAGE_TYPES.containsKey(ext.get())) {
      String name = urlPath(root.relativize(file));
      Path owner = images.get(name);
      if (owner != null && !owner.equals(file)) {
        return 0; // the same name under an earlier root wins
      }
      if (Files.isRegularFile(file) && inside(file, root)) {
        images.put(name, file);
      } else {
        images.remove(name);
      }
      return 2;
    }
    return 0;
  }

  private boolean readStylesheet(Path file) {
    try {
      String css = Files.readString(file, StandardCharsets.UTF_8);
      if (css.equals(site.stylesheet())) {
        return false;
      }
      site = HtmlSite.builder().language(language).stylesheet(css).build();
      return true;
    } catch (IOException e) {
      return false; // mid-save or gone: the last stylesheet stays until it reads again
    }
  }

  private Update rebuild(boolean assetsChanged) {
    List<Report> reports = new ArrayList<>(documents.size());
    for (FileState state : documents.values()) {
      reports.add(state.report());
    }
    Report set = validator.crossCheck(reports);
    Map<String, List<Problem>> problemsBySource = new HashMap<>();
    for (Problem p : set.problems()) {
      problemsBySource.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(p);
    }
    // Which condition each document shows: its current one when valid, else the last valid one
    // (so that the index and the pages linking to it stay as they were while it is broken).
    Map<String, Condition> shown = new LinkedHashMap<>();
    Map<String, Path> brokenPages = new LinkedHashMap<>();
    Map<String, List<Problem>> errorsOf = new LinkedHashMap<>();
    List<Map.Entry<Path, Condition>> lastGoodOnly = new ArrayList<>();
    for (Map.Entry<Path, FileState> e : documents.entrySet()) {
      String source = e.getKey().toString();
      Optional<Condition> current = set.condition(source);
      if (current.isPresent()) {
        shown.putIfAbsent(current.get().id(), current.get());
        continue;
      }
      List<Problem> errors =
          problemsBySource.getOrDefault(source, List.of()).stream()
              .filter(Problem::isError)
              .toList();
      errorsOf.put(source, errors);
      String page = e.getValue().lastGood().map(Condition::id).orElse(stem(e.getKey())) + ".html";
      brokenPages.putIfAbsent(page, e.getKey());
      e.getValue().lastGood().ifPresent(c -> lastGoodOnly.add(Map.entry(e.getKey(), c)));
    }
    for (Map.Entry<Path, Condition> e : lastGoodOnly) {
      shown.putIfAbsent(e.getValue().id(), e.getValue());
    }
    List<Condition> conditions = List.copyOf(shown.values());

    Snapshot before = snapshot;
    // The first time, every page is rendered: the whole site at once is cheaper than page by page.
    Map<String, String> whole =
        before.entries().isEmpty() && conditions.size() > 1 ? site.files(conditions) : Map.of();
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<String> changedPages = new ArrayList<>();
    String index = injectBanner(site.index(conditions), brokenPages);
    put(entries, before, HtmlSite.INDEX, List.of("index", index), () -> html(index), changedPages);
    String css = site.stylesheet();
    put(
        entries,
        before,
        HtmlSite.STYLESHEET,
        List.of("css", css),
        () -> new Entry(css.getBytes(StandardCharsets.UTF_8), "text/css; charset=utf-8", 0, -1),
        changedPages);
    String icon = site.icon();
    put(
        entries,
        before,
        HtmlSite.ICON,
        List.of("icon", icon),
        () -> new Entry(icon.getBytes(StandardCharsets.UTF_8), "image/svg+xml", 0, -1),
        changedPages);
    for (Map.Entry<String, Path> broken : brokenPages.entrySet()) {
      String source = broken.getValue().toString();
      List<Problem> errors = errorsOf.get(source);
      put(
          entries,
          before,
          broken.getKey(),
          List.of("errors", source, errors),
          () -> html(Pages.errors(source, errors, language)),
          changedPages);
    }
    for (Condition c : conditions) {
      String name = c.id() + ".html";
      if (entries.containsKey(name)) {
        continue; // its document is broken: the errors are shown in place of the page
      }
      List<Object> related = new ArrayList<>();
      for (String id : c.related()) {
        Condition r = shown.get(id);
        related.add(r == null ? "" : id + "\u0000" + r.name());
      }
      put(
          entries,
          before,
          name,
          List.of("page", c, related),
          () -> html(whole.containsKey(name) ? whole.get(name) : site.page(c, conditions)),
          changedPages);
    }
    keys.keySet().retainAll(entries.keySet());
    for (String name : before.entries().keySet()) {
      if (!entries.containsKey(name)) {
        changedPages.add(name);
      }
    }
    snapshot = new Snapshot(Map.copyOf(entries), Map.copyOf(images), assets, generation);

    Map<String, List<Problem>> newProblems = new TreeMap<>();
    Set<String> fixed = new TreeSet<>();
    Set<String> sources = new TreeSet<>();
    documents.keySet().forEach(p -> sources.add(p.toString()));
    for (String source : sources) {
      List<Problem> now = problemsBySource.getOrDefault(source, List.of());
      List<Problem> was = shownProblems.getOrDefault(source, List.of());
      if (!now.equals(was)) {
        if (now.isEmpty()) {
          fixed.add(source);
        } else {
          newProblems.put(source, now);
        }
      }
      if (now.isEmpty()) {
        shownProblems.remove(source);
      } else {
        shownProblems.put(source, now);
      }
    }
    shownProblems.keySet().retainAll(sources);
    return new Update(
        changedPages,
        newProblems,
        fixed,
        documents.size(),
        set.errorCount(),
        set.warningCount(),
        assetsChanged);
  }

  /** Puts the entry, rendering it only when its key changed, versioned by when its bytes did. */
  private void put(
      Map<String, Entry> entries,
      Snapshot before,
      String name,
      List<Object> key,
      java.util.function.Supplier<Entry> render,
      List<String> changed) {
    Entry old = before.entries().get(name);
    if (old != null && key.equals(keys.get(name))) {
      entries.put(name, old);
      return;
    }
    Entry fresh = render.get();
    keys.put(name, key);
    if (old != null && java.util.Arrays.equals(old.body(), fresh.body())) {
      entries.put(name, old);
      return;
    }
    entries.put(name, new Entry(fresh.body(), fresh.type(), generation, fresh.scriptAt()));
    changed.add(name);
  }

  private static Entry html(String page) {
    int at = page.lastIndexOf("</body>");
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    int scriptAt =
        at < 0 ? body.length : page.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    return new Entry(body, "text/html; charset=utf-8", 0, scriptAt);
  }

  /** The index of a preview lists the documents that do not validate, first. */
  private static String injectBanner(String index, Map<String, Path> broken) {
    if (broken.isEmpty()) {
      return index;
    }
    int body = index.indexOf("<body>");
    if (body < 0) {
      return index;
    }
    int at = body + "<body>".length() + 1;
    return index.substring(0, at) + Pages.banner(broken) + index.substring(at);
  }

  private Optional<Path> rootOf(Path path) {
    for (Path root : roots) {
      if (path.startsWith(root)) {
        return Optional.of(root);
      }
    }
    return Optional.empty();
  }

  /** Whether the file, symbolic links resolved, is inside the root: links out are not followed. */
  private boolean inside(Path file, Path root) {
    try {
      Path real = file.toRealPath();
      return real.startsWith(realRoots.computeIfAbsent(root, r -> real(r)));
    } catch (IOException e) {
      return false;
    }
  }

  private static Path real(Path root) {
    try {
      return root.toRealPath();
    } catch (IOException e) {
      return root.toAbsolutePath().normalize();
    }
  }

  private static List<Path> walk(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        dir,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && extension(file).isPresent()) {
              files.add(file.normalize());
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // a loop, a file that vanished: skipped
          }
        });
    return files;
  }

  static Optional<String> extension(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot <= 0 ? Optional.empty() : Optional.of(s.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static String stem(Path file) {
    String s = file.getFileName().toString();
    int dot = s.lastIndexOf('.');
    return dot <= 0 ? s : s.substring(0, dot);
  }

  static String urlPath(Path relative) {
    StringBuilder sb = new StringBuilder();
    for (Path part : relative) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(part);
    }
    return sb.toString();
  }
}
