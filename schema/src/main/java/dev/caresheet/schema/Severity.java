package dev.caresheet.schema;

import java.util.Locale;

/** How serious a {@link Problem} is. */
public enum Severity {
  /** The document must not be published as it is. */
  ERROR,
  /**
   * Worth a look, but the document is valid: a {@code related} id that names no condition of the
   * set, for instance, may link to a page that lives elsewhere.
   */
  WARNING;

  /** {@return the severity as printed in reports: {@code "error"} or {@code "warning"}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
