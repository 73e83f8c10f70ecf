package dev.caresheet.schema;

import dev.caresheet.model.Condition;
import dev.caresheet.schema.internal.Bound;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link Validator} found in one document or a set of them: every {@link Problem}, sorted by
 * source, line and column, and the bound {@link Condition} of each valid document, so that callers
 * such as renderers do not parse twice.
 *
 * <p>A document is <em>valid</em> when it has no {@link Severity#ERROR errors}; warnings do not
 * make it invalid. Reports are immutable and thread-safe.
 */
public final class Report {

  private final List<String> sources;
  private final List<Problem> problems;
  private final Map<String, Bound> bound;
  private final Map<String, Condition> valid;

  /**
   * A report.
   *
   * @param bound what the cross-file rules need of each document that bound to the model
   * @param conditions the documents that bound to the model, by source; those without errors are
   *     the report's {@link #conditions()}
   */
  Report(
      List<String> sources,
      List<Problem> problems,
      Map<String, Bound> bound,
      Map<String, Condition> conditions) {
    this.sources = List.copyOf(sources);
    List<Problem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    this.problems = List.copyOf(sorted);
    this.bound = Collections.unmodifiableMap(new LinkedHashMap<>(bound));
    Set<String> failed = new HashSet<>();
    for (Problem p : this.problems) {
      if (p.isError()) {
        failed.add(p.source());
      }
    }
    Map<String, Condition> ok = new LinkedHashMap<>();
    for (Map.Entry<String, Condition> e : conditions.entrySet()) {
      if (!failed.contains(e.getKey())) {
        ok.put(e.getKey(), e.getValue());
      }
    }
    this.valid = Collections.unmodifiableMap(ok);
  }

  /**
   * This report without the documents: the same sources and problems, and what the rules across
   * files need of each document (its id and {@code related} ids, and where they are), so that
   * {@link Validator#crossCheck(java.util.Collection)} of such reports finds the same problems.
   * {@link #conditions()} of the result is empty. For checking large sets of files, which then need
   * not all be in memory at once.
   *
   * @return a report without the documents; this report if it has none
   */
  public Report withoutConditions() {
    return valid.isEmpty() ? this : new Report(sources, problems, bound, Map.of());
  }

  /**
   * {@return every problem, sorted by source, line, column (see {@link
   * Problem#compareTo(Problem)})}
   */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return the sources validated, in the order given} */
  public List<String> sources() {
    return sources;
  }

  /** {@return whether no document has an error} */
  public boolean isValid() {
    return errorCount() == 0;
  }

  /** {@return how many problems are errors} */
  public int errorCount() {
    int n = 0;
    for (Problem p : problems) {
      if (p.isError()) {
        n++;
      }
    }
    return n;
  }

  /** {@return how many problems are warnings} */
  public int warningCount() {
    return problems.size() - errorCount();
  }

  /**
   * The condition of a report on one document, when that document is valid.
   *
   * @return the document's condition, or empty if the document is not valid
   * @throws IllegalStateException if the report covers more than one source
   */
  public Optional<Condition> condition() {
    if (sources.size() != 1) {
      throw new IllegalStateException(
          "the report covers "
              + sources.size()
              + " sources; use condition(source) or conditions()");
    }
    return condition(sources.get(0));
  }

  /**
   * {@return the condition of one source of the report, when that document is valid}
   *
   * @param source a source of the report
   */
  public Optional<Condition> condition(String source) {
    return Optional.ofNullable(valid.get(Objects.requireNonNull(source, "source")));
  }

  /** {@return the conditions of the valid documents, by source, in the order given} */
  public Map<String, Condition> conditions() {
    return valid;
  }

  /** What the cross-file rules look at, for each document that bound to the model. */
  Map<String, Bound> bound() {
    return bound;
  }

  /** The valid documents; {@link #conditions()} under the name the validator combines them by. */
  Map<String, Condition> valid() {
    return valid;
  }

  /**
   * The problems as text, one {@link Problem#toText()} after another, each ending in a line break;
   * {@code ""} when there are none.
   *
   * @return the problems as text
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      sb.append(p.toText()).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "Report["
        + sources.size()
        + " source(s), "
        + errorCount()
        + " error(s), "
        + warningCount()
        + " warning(s)]";
  }
}
