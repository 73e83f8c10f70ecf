package dev.caresheet.cli;

import dev.caresheet.lint.LintConfig;
import dev.caresheet.lint.LintReport;
import dev.caresheet.lint.Linted;
import dev.caresheet.lint.Linter;
import dev.caresheet.schema.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caresheet lint}: validates documents, then reports editorial findings on valid ones. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Validate documents, then check the valid ones editorially: spam and site chrome, reviews,",
      "evidence and authorship, reading level (SMOG, English), plain language, and the same",
      "paragraph in several documents. Findings are printed as validate prints problems, with an",
      "editorial.* code; caresheet.yaml at the content root sets severities and thresholds",
      "(schemas/lint-config.schema.json), and a document may suppress a code under lint.suppress."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  caresheet lint examples/content",
      "  caresheet lint --format sarif content/ > lint.sarif",
      "",
      "Output:",
      "  seed.json:12:5: error: `buy instagram followers` is spam or advertising, not content [editorial.spam] (at /description/2)",
      "    hint: delete it: health content keeps advertising apart",
      "  1 file, 1 error, 0 warnings"
    })
final class LintCommand implements Callable<Integer> {

  enum OutputFormat {
    text,
    json,
    sarif,
    github
  }

  @Mixin DocumentPaths paths;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json|sarif|github",
      description =
          "Print findings as text lines (default), one JSON report, SARIF 2.1.0 or"
              + " GitHub workflow annotations.")
  OutputFormat format;

  @Option(names = "--strict", description = "Treat warnings as errors: exit 1 if there are any.")
  boolean strict;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The configuration (default:"
              + " caresheet.yaml in the first PATH's directory or the nearest one above it).")
  Path config;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files checked at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin CommandOutput output;

  /** The clock of the review rules; tests set a fixed one. */
  static Clock clock = Clock.systemDefaultZone();

  @Override
  public Integer call() {
    PrintWriter out = output.out();
    PrintWriter err = output.err();
    List<Path> files = paths.expand(err);
    LintConfig lintConfig = configuration();
    Linter linter = Linter.builder().clock(clock).config(lintConfig).build();
    List<Linted> linted =
        Parallel.each(files, threads, output.terminal(), err, "linted", linter::lint);
    LintReport report = linter.combine(linted);
    switch (format) {
      case json:
        out.println(LintFormats.json(report));
        break;
      case sarif:
        out.println(LintFormats.sarif(report));
        break;
      case github:
        for (Problem p : report.problems()) {
          out.println(LintFormats.github(p));
        }
        break;
      case text:
      default:
        for (Problem problem : report.problems()) {
          Output.problem(out, output.terminal(), problem);
        }
        out.println(
            Output.plural(files.size(), "file")
                + ", "
                + Output.plural(report.errorCount(), "error")
                + ", "
                + Output.plural(report.warningCount(), "warning"));
        int n = report.readingLevelNotMeasured().size();
        if (n > 0) {
          out.println(
              "reading level not measured in "
                  + Output.plural(n, "document")
                  + " not in English (SMOG measures English)");
        }
        break;
    }
    out.flush();
    boolean failed = report.errorCount() > 0 || (strict && report.warningCount() > 0);
    return failed ? ExitCodes.CONTENT : ExitCodes.OK;
  }

  private LintConfig configuration() {
    if (config != null) {
      if (!java.nio.file.Files.isRegularFile(config)) {
        throw new UsageException("no such configuration file: " + config);
      }
      return LintConfig.read(config);
    }
    for (Path p : paths.paths) {
      Optional<Path> found = LintConfig.find(p);
      if (found.isPresent()) {
        Path here = Path.of("").toAbsolutePath();
        Path file = found.get();
        return LintConfig.read(file.startsWith(here) ? here.relativize(file) : file);
      }
    }
    return LintConfig.defaults();
  }
}
