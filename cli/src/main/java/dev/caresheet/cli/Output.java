package dev.caresheet.cli;

import dev.caresheet.codec.ContentException;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Severity;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the command prints problems: one a line, in the form editors and CI annotators parse, {@code
 * path:line:column: error: message [code] (at /pointer)}, the hint on the next line.
 */
final class Output {
  private Output() {}

  static void problem(PrintWriter out, Terminal terminal, Problem problem) {
    if (!terminal.colour) {
      out.println(problem.toText());
      return;
    }
    String text = problem.toText();
    String label = problem.severity().label() + ":";
    int at = text.indexOf(label);
    String coloured =
        problem.severity() == Severity.ERROR ? terminal.red(label) : terminal.yellow(label);
    String line =
        at < 0
            ? text
            : terminal.bold(text.substring(0, at)) + coloured + text.substring(at + label.length());
    int hint = line.indexOf("\n  hint: ");
    out.println(hint < 0 ? line : line.substring(0, hint) + terminal.dim(line.substring(hint)));
  }

  /** A read error of the codec (used where the validator is not involved), as a problem line. */
  static void readError(PrintWriter out, Terminal terminal, ContentException e, String code) {
    problem(out, terminal, Problem.of(e, code));
  }

  /** A problem as the JSON reports write it. */
  static Map<String, Object> json(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", p.source());
    m.put("line", p.line());
    m.put("column", p.column());
    m.put("severity", p.severity().label());
    m.put("code", p.code());
    m.put("message", p.message());
    m.put("pointer", p.pointer());
    p.hint().ifPresent(h -> m.put("hint", h));
    return m;
  }

  /** "1 file", "3 files". */
  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
