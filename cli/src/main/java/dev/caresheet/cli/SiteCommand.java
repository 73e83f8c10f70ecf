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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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

  @Mixin CommandOutput output;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = output.err();
    HtmlSite.Builder builder = HtmlSite.builder().language(language);
    if (baseUrl != null) {
      try {
        builder.baseUrl(baseUrl);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--base-url: " + e.getMessage());
      }
    }
    List<Path> files = paths.expand(err);
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
    Map<String, String> site;
    if (stylesheet != null) {
      if (!Files.isRegularFile(stylesheet)) {
        throw new UsageException("not a file: " + stylesheet);
      }
      builder.stylesheet(Files.readString(stylesheet, StandardCharsets.UTF_8));
    }
    SiteImages images = SiteImages.of(byPath(report.conditions()));
    builder.images(images.lookup());
    try {
      site = builder.build().files(report.conditions().values());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    AtomicFiles.sweepStale(out); // temporary files of a run that was killed
    BatchWriter batch = new BatchWriter();
    int written = images.add(out, batch);
    for (Map.Entry<String, String> file : site.entrySet()) {
      Path target = out.resolve(file.getKey());
      byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
      if (!unchanged(target, bytes)) {
        batch.add(target, bytes);
        written++;
      }
    }
    batch.commit();
    err.println(
        out
            + ": "
            + Output.plural(written, "file")
            + " written, "
            + (site.size() + images.names().size() - written)
            + " unchanged");
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
