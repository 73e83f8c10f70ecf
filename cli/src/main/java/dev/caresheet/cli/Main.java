package dev.caresheet.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;

/**
 * The {@code caresheet} command. Exit codes: {@value ExitCodes#OK} clean, {@value
 * ExitCodes#CONTENT} content problems, {@value ExitCodes#USAGE} usage or I/O errors, {@value
 * ExitCodes#INTERNAL} an internal error (a bug: please report it).
 *
 * <p>Start-up is most of the time of a short run, so two things happen before picocli builds its
 * model of the command line (annotation reflection over every command): {@code --version} is
 * answered at once, and a command that reads documents starts compiling the schema and binding a
 * first document on a second thread, in parallel with the parsing (docs/PERFORMANCE.md).
 */
public final class Main {
  private Main() {}

  /** The commands that validate documents, and so gain from {@link #warmUp()}. */
  private static final Set<String> READING_COMMANDS =
      Set.of("validate", "render", "fmt", "site", "serve");

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line: a command and its options, as {@code caresheet --help} lists them
   */
  public static void main(String[] args) {
    if (readsDocuments(args)) {
      warmUp();
    }
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, Terminal.detect());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command in-process, writing to the given streams; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // What picocli prints for the version option, without building the command-line model.
      for (String line : VersionProvider.lines()) {
        out.println(line);
      }
      out.flush();
      return ExitCodes.OK;
    }
    CaresheetCommand root = new CaresheetCommand(terminal);
    CommandLine cli =
        new CommandLine(root)
            .setOut(out)
            .setErr(err)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setExecutionExceptionHandler(new Failures(root))
            .setParameterExceptionHandler(Failures::usage);
    return cli.execute(args);
  }

  /** Whether the command (the first argument that is not an option) reads documents. */
  static boolean readsDocuments(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return READING_COMMANDS.contains(arg);
      }
    }
    return false;
  }

  /**
   * Compiles the schema and validates a small document on a daemon thread: the class loading, the
   * schema compilation and the construction of the model's deserializers then overlap with the
   * command-line parsing on the main thread instead of following it. A failure here is ignored: the
   * command meets the same failure where it is reported properly.
   */
  static void warmUp() {
    Thread thread =
        new Thread(
            () -> {
              try {
                Validation.VALIDATOR.validate(
                    "{\"id\":\"warm-up\",\"language\":\"en\",\"name\":\"Warm-up\"}",
                    dev.caresheet.codec.Format.JSON,
                    "");
              } catch (RuntimeException | LinkageError e) {
                // Reported by the command itself, if it matters.
              }
            },
            "caresheet-warm-up");
    thread.setDaemon(true);
    thread.start();
  }
}
