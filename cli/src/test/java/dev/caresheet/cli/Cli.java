package dev.caresheet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command in-process, as a user would, and captures what it prints. */
final class Cli {
  private Cli() {}

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Terminal.PLAIN);
    return new Run(code, out.toString(), err.toString());
  }
}
