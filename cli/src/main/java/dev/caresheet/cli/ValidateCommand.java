package dev.caresheet.cli;

import dev.caresheet.schema.ConditionSchema;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code caresheet validate}: checks documents and reports every problem where it is. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check documents against the schema and the rules, and report every problem at",
      "path:line:column, one a line, with its rule code and JSON pointer; a hint follows where one",
      "helps. Directories are searched for *.json, *.yaml and *.yml; files are checked in parallel,",
      "then as a set (condition ids unique, related ids known)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  caresheet validate examples/content",
      "  caresheet validate --strict --format json content/ > report.json",
      "",
      "Output:",
      "  examples/invalid/unknown-property.json:4:3: error: unknown property `cuases` [schema.unknown-property] (at /cuases)",
      "    hint: did you mean `causes`?",
      "  1 file, 1 error, 0 warnings"
    })
final class ValidateCommand implements Callable<Integer> {

  enum OutputFormat {
    text,
    json
  }

  @Mixin DocumentPaths paths;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "Print problems as text lines (default) or as one JSON report.")
  OutputFormat format;

  @Option(names = "--strict", description = "Treat warnings as errors: exit 1 if there are any.")
  boolean strict;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files checked at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin CommandOutput output;

  @Override
  public Integer call() {
    PrintWriter out = output.out();
    PrintWriter err = output.err();
    List<Path> files = paths.expand(err);
    warnOfOldSchemaCopies(err);
    Report report = Validation.check(files, threads, output.terminal(), err);
    if (format == OutputFormat.json) {
      out.println(json(report, files.size()));
    } else {
      for (Problem problem : report.problems()) {
        Output.problem(out, output.terminal(), problem);
      }
      out.println(
          Output.plural(files.size(), "file")
              + ", "
              + Output.plural(report.errorCount(), "error")
              + ", "
              + Output.plural(report.warningCount(), "warning"));
    }
    out.flush();
    boolean failed = report.errorCount() > 0 || (strict && report.warningCount() > 0);
    return failed ? ExitCodes.CONTENT : ExitCodes.OK;
  }

  /**
   * A note, once for each, of a repository copy of the schema near the content that is older than
   * this caresheet's: editors would check against rules the validator no longer has.
   */
  private void warnOfOldSchemaCopies(PrintWriter err) {
    Set<Path> seen = new LinkedHashSet<>();
    for (Path path : paths.paths) {
      SchemaCopies.find(path)
          .filter(seen::add)
          .ifPresent(
              copy ->
                  SchemaCopies.version(copy)
                      .filter(version -> SchemaCopies.older(version, ConditionSchema.VERSION))
                      .ifPresent(
                          version ->
                              err.println(
                                  "caresheet: note: "
                                      + shown(copy)
                                      + " is schema "
                                      + version
                                      + ", older than this caresheet's "
                                      + ConditionSchema.VERSION
                                      + "; editors check against the old one. Update it: caresheet schema --out "
                                      + shown(copy))));
    }
    err.flush();
  }

  private static String shown(Path copy) {
    Path here = Path.of("").toAbsolutePath();
    return copy.startsWith(here) ? here.relativize(copy).toString() : copy.toString();
  }

  private static String json(Report report, int files) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("files", files);
    doc.put("errors", report.errorCount());
    doc.put("warnings", report.warningCount());
    doc.put("problems", report.problems().stream().map(Output::json).toList());
    return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
  }
}
