package dev.caresheet.cli;

import dev.caresheet.schema.Report;
import dev.caresheet.schema.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates a set of files on several threads with one shared validator, then as a set. The result
 * does not depend on the number of threads: reports are combined in file order and the problems
 * come out sorted.
 */
final class Validation {
  private Validation() {}

  static final Validator VALIDATOR = Validator.create();

  /** Validates the files, keeping the valid documents in the report, for commands that use them. */
  static Report validate(List<Path> files, int threads, Terminal terminal, PrintWriter err) {
    return validate(files, threads, terminal, err, true);
  }

  /**
   * Validates the files, keeping only the problems and what the rules across files need (ids,
   * related ids and where they are): for {@code caresheet validate}, which uses no document, so
   * that any number of files checks in a small heap.
   */
  static Report check(List<Path> files, int threads, Terminal terminal, PrintWriter err) {
    return validate(files, threads, terminal, err, false);
  }

  private static Report validate(
      List<Path> files, int threads, Terminal terminal, PrintWriter err, boolean keepDocuments) {
    return VALIDATOR.crossCheck(
        Parallel.each(
            files, threads, terminal, err, "validated", file -> validate(file, keepDocuments)));
  }

  private static Report validate(Path file, boolean keepDocuments) {
    Report report = VALIDATOR.validate(file);
    return keepDocuments ? report : report.withoutConditions();
  }
}
