package dev.caresheet.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code caresheet} command. Exit codes: {@value ExitCodes#OK} clean, {@value
 * ExitCodes#CONTENT} content problems, {@value ExitCodes#USAGE} usage or I/O errors, {@value
 * ExitCodes#INTERNAL} an internal error (a bug: please report it).
 */
public final class Main {
  private Main() {}

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, Terminal.detect());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command in-process, writing to the given streams; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
    CaresheetCommand root = new CaresheetCommand(terminal);
    CommandLine cli = new CommandLine(root)
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new Failures(root))
        .setParameterExceptionHandler(Failures::usage);
    return cli.execute(args);
  }
}
