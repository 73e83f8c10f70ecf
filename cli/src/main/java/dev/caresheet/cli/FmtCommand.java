package dev.caresheet.cli;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.ContentException;
import dev.caresheet.codec.Format;
import dev.caresheet.codec.internal.Utf8;
import dev.caresheet.schema.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caresheet fmt}: rewrites documents in canonical form. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description = {
      "Format documents canonically: a fixed property order, two-space indentation, UTF-8, one",
      "trailing newline. JSON stays JSON and YAML stays YAML; the comment lines at the top of a YAML",
      "file are kept, and a file with other comments is refused rather than losing them.",
      "Without --check or --write, prints the formatted documents."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  caresheet fmt --check examples/content     list files that are not canonical (exit 1 if any)",
      "  caresheet fmt --write examples/content     rewrite them in place, atomically",
      "  caresheet fmt leg-cramps.yaml              print the canonical form"
    })
final class FmtCommand implements Callable<Integer> {

  static final class Mode {
    @Option(
        names = "--check",
        required = true,
        description = "List the files that would change, and exit 1 if there are any.")
    boolean check;

    @Option(
        names = "--write",
        required = true,
        description = "Rewrite the files that would change (atomically; permissions kept).")
    boolean write;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Mode mode;

  @Mixin DocumentPaths paths;

  @Mixin CommandOutput output;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = output.out();
    PrintWriter err = output.err();
    List<Path> files = paths.expand(err);
    ConditionCodec codec = ConditionCodec.defaults();
    if (mode != null && mode.write) {
      // Temporary files of a run that was killed, also those beside files this run leaves alone.
      Set<Path> dirs = new TreeSet<>();
      files.forEach(f -> dirs.add(f.toAbsolutePath().getParent()));
      for (Path dir : dirs) {
        AtomicFiles.sweepStale(dir);
      }
    }
    int errors = 0;
    int changed = 0;
    for (Path file : files) {
      Format format = Format.of(file).orElseThrow();
      String source = file.toString();
      String original;
      String canonical;
      try {
        // Within the read limits: a huge file is refused before it is read.
        original = Utf8.decode(codec.readBytes(file), source);
        canonical = codec.reformat(original, format, source);
      } catch (ContentException e) {
        errors += reportWhy(err, file, format, e);
        continue;
      } catch (IOException e) {
        // Gone, replaced by a directory or unreadable since the paths were expanded: say so in the
        // validator's words, and go on with the other files.
        errors += reportWhy(err, file, format, null);
        continue;
      }
      boolean differs = !canonical.equals(original);
      if (mode != null && mode.check) {
        if (differs) {
          out.println(file);
          changed++;
        }
      } else if (mode != null && mode.write) {
        if (differs) {
          AtomicFiles.write(file, canonical);
          out.println("formatted " + file);
          changed++;
        }
      } else {
        out.print(canonical);
      }
    }
    out.flush();
    if (mode != null) {
      String verb = mode.check ? "would change" : "formatted";
      err.println(
          Output.plural(files.size(), "file")
              + ", "
              + changed
              + " "
              + verb
              + (errors > 0 ? ", " + Output.plural(errors, "error") : ""));
    }
    return errors > 0 || (mode != null && mode.check && changed > 0)
        ? ExitCodes.CONTENT
        : ExitCodes.OK;
  }

  /**
   * Says why a file cannot be formatted, in the validator's words (so {@code fmt} and {@code
   * validate} describe a broken file alike); a refusal the validator does not know of, such as a
   * YAML comment that would be lost, is reported as the codec put it. Returns the error count.
   */
  private int reportWhy(PrintWriter err, Path file, Format format, ContentException e)
      throws IOException {
    List<Problem> problems =
        Validation.VALIDATOR.validate(file).problems().stream().filter(Problem::isError).toList();
    if (problems.isEmpty() && e == null) {
      // Readable again by the time the validator looked: a file that changed under the run.
      err.println(file + ": error: the file changed while it was read; run again [io]");
      return 1;
    }
    if (problems.isEmpty()) {
      Output.readError(err, output.terminal(), e, "fmt");
      return 1;
    }
    problems.forEach(p -> Output.problem(err, output.terminal(), p));
    return problems.size();
  }
}
