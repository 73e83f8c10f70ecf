package dev.caresheet.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A training run for the class-data archive of the {@code caresheet} launcher: runs the commands
 * users run most — validate, render as HTML and as text, fmt --check, schema, help — in one JVM,
 * with their output discarded, so that a JVM started with {@code -XX:ArchiveClassesAtExit} archives
 * the classes all of them load. The launcher runs it once per build of the jar
 * (docs/PERFORMANCE.md); it is not a command of its own and always exits 0.
 */
final class Training {
  private Training() {}

  /** Trains on the content files and directories given (the launcher passes examples/content). */
  public static void main(String[] args) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    List<String> paths = new ArrayList<>();
    for (String arg : args) {
      if (Files.exists(Path.of(arg))) {
        paths.add(arg);
      }
    }
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"--help"});
    commands.add(new String[] {"schema"});
    if (!paths.isEmpty()) {
      commands.add(join("validate", paths));
      commands.add(join("validate --format json", paths));
      commands.add(join("render --format html --page", paths));
      commands.add(join("render --format text", paths));
      commands.add(join("fmt --check", paths));
    }
    for (String[] command : commands) {
      try {
        Main.run(command, none, none, Terminal.PLAIN);
      } catch (RuntimeException e) {
        // A command that fails still loaded its classes; training goes on.
      }
    }
    System.exit(0);
  }

  private static String[] join(String command, List<String> paths) {
    List<String> all = new ArrayList<>(List.of(command.split(" ")));
    all.addAll(paths);
    return all.toArray(new String[0]);
  }
}
