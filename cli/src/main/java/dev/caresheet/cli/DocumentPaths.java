package dev.caresheet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The {@code PATH…} parameters of the commands that read documents: {@code @Mixin} it. */
final class DocumentPaths {

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files, or directories to search for *.json, *.yaml and *.yml.")
  List<Path> paths;

  /** The documents the paths name, as {@link Inputs#expand} finds them. */
  List<Path> expand(PrintWriter err) {
    return Inputs.expand(paths, err);
  }
}
