package dev.caresheet.lint;

import dev.caresheet.lint.internal.SetRules;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Report;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Linter#lint(java.nio.file.Path)} found in one document: the validator's report and,
 * for a valid document, the editorial findings. Combine the documents of a set with {@link
 * Linter#combine(java.util.Collection)}, which adds the rules across files. Immutable.
 */
public final class Linted {

  private final String source;
  private final Report validation;
  private final List<Problem> findings;
  private final boolean measured;
  private final SetRules.@Nullable Of paragraphs;

  Linted(
      String source,
      Report validation,
      List<Problem> findings,
      boolean measured,
      SetRules.@Nullable Of paragraphs) {
    this.source = Objects.requireNonNull(source, "source");
    this.validation = validation.withoutConditions();
    this.findings = List.copyOf(findings);
    this.measured = measured;
    this.paragraphs = paragraphs;
  }

  /** {@return the document's source name} */
  public String source() {
    return source;
  }

  /** {@return the validator's report on the document (without the bound document)} */
  public Report validation() {
    return validation;
  }

  /** {@return the editorial findings; none when the document is not valid} */
  public List<Problem> findings() {
    return findings;
  }

  /** {@return whether the document was valid, and so linted} */
  public boolean linted() {
    return validation.isValid();
  }

  /** {@return whether its reading level was measured (a valid English document)} */
  public boolean readingLevelMeasured() {
    return measured;
  }

  SetRules.@Nullable Of paragraphs() {
    return paragraphs;
  }
}
