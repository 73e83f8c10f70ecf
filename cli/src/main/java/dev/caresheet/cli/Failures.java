package dev.caresheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one-line messages and documented exit codes. No stack trace reaches the user
 * unless they ask for it with {@code --debug}.
 */
final class Failures implements IExecutionExceptionHandler {
  private final CaresheetCommand root;

  Failures(CaresheetCommand root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    int code;
    if (e instanceof UsageException) {
      err.println("caresheet: error: " + e.getMessage());
      code = ExitCodes.USAGE;
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      IOException io =
          e instanceof IOException ? (IOException) e : ((UncheckedIOException) e).getCause();
      err.println("caresheet: error: " + describe(io));
      code = ExitCodes.USAGE;
    } else {
      err.println(
          "caresheet: internal error: "
              + e
              + (root.debug ? "" : " (run with --debug to see where)"));
      code = ExitCodes.INTERNAL;
    }
    if (root.debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** A one-line description of an I/O failure. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory: " + e.getMessage();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + e.getMessage();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Reports a command-line mistake with a pointer to the help, exit code 2. */
  static int usage(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("caresheet: error: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
