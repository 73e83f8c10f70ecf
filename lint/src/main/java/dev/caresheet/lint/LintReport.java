package dev.caresheet.lint;

import dev.caresheet.schema.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@code caresheet lint} found in a set of documents: the validator's problems (of the
 * documents and of the set) and the editorial findings on the valid documents, sorted by source,
 * line and column. Immutable.
 */
public final class LintReport {

  private final int files;
  private final List<Problem> problems;
  private final List<String> notMeasured;

  LintReport(int files, List<Problem> problems, List<String> notMeasured) {
    this.files = files;
    List<Problem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    this.problems = List.copyOf(sorted);
    this.notMeasured = List.copyOf(notMeasured);
  }

  /** {@return how many documents were checked} */
  public int files() {
    return files;
  }

  /** {@return every problem and finding, sorted} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return how many are errors} */
  public int errorCount() {
    return (int) problems.stream().filter(Problem::isError).count();
  }

  /** {@return how many are warnings} */
  public int warningCount() {
    return problems.size() - errorCount();
  }

  /**
   * {@return the valid documents whose reading level was not measured: those not in English, which
   * SMOG does not measure}
   */
  public List<String> readingLevelNotMeasured() {
    return notMeasured;
  }
}
