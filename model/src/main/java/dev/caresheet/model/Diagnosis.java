package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part on how the condition is diagnosed: the {@link DiagnosticTest tests} and what to expect
 * from them. Maps to schema.org {@code typicalTest}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableDiagnosis.class)
@JsonDeserialize(as = ImmutableDiagnosis.class)
public abstract class Diagnosis implements ListPart<DiagnosticTest> {

  @Override
  public final PartKind kind() {
    return PartKind.DIAGNOSIS;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableDiagnosis.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * A part with these items and no surrounding prose.
   *
   * @param items the items, in reading order
   * @return the part
   */
  public static Diagnosis of(List<? extends DiagnosticTest> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
