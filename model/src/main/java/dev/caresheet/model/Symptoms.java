package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part listing the condition's {@link Symptom signs and symptoms}, optionally also in titled
 * {@link SymptomGroup groups} ("Symptoms in babies"). Maps to schema.org {@code signOrSymptom}: the
 * only source of that property. The same symptom may appear in several groups.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableSymptoms.class)
@JsonDeserialize(as = ImmutableSymptoms.class)
public abstract class Symptoms implements ListPart<Symptom> {

  /**
   * {@return titled groups of symptoms, shown after the {@link #items() items} and before the
   * conclusion}
   */
  public abstract List<SymptomGroup> groups();

  @Override
  public final PartKind kind() {
    return PartKind.SYMPTOMS;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder, which also takes paragraphs of the intro and conclusion as plain texts. */
  public static final class Builder extends ImmutableSymptoms.Builder
      implements ListPart.ProseBuilder<Builder> {
    Builder() {}
  }

  /**
   * A part with these items and no surrounding prose.
   *
   * @param items the items, in reading order
   * @return the part
   */
  public static Symptoms of(List<? extends Symptom> items) {
    return builder().items(items).build();
  }

  @Override
  public final boolean hasContent() {
    return ListPart.super.hasContent() || !groups().isEmpty();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
