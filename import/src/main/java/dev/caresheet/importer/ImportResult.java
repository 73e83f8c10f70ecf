package dev.caresheet.importer;

import dev.caresheet.model.Condition;
import dev.caresheet.schema.Report;
import java.util.Objects;

/**
 * One draft from a source: the document, the validator's report on it and the import report.
 * Immutable.
 *
 * @param condition the draft document (always a model value; what could not be typed became a free
 *     section)
 * @param validation the validator's report on the draft as written in canonical JSON
 * @param report what the import did
 */
public record ImportResult(Condition condition, Report validation, ImportReport report) {
  /**
   * Checks the components.
   *
   * @param condition the draft
   * @param validation the validator's report
   * @param report the import report
   */
  public ImportResult {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(report, "report");
  }

  /** {@return whether the draft validates with no error} */
  public boolean isValid() {
    return validation.isValid();
  }
}
