package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A titled group of {@link Symptom symptoms} within {@link Symptoms}, such as "In babies". */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableSymptomGroup.class)
@JsonDeserialize(as = ImmutableSymptomGroup.class)
public abstract class SymptomGroup {

  /** The group's title ("Symptoms in babies"). */
  public abstract String title();

  /** Paragraphs before the group's symptoms. */
  public abstract List<String> intro();

  /** The symptoms of the group, at least one. */
  public abstract List<Symptom> items();

  /** A new builder. */
  public static ImmutableSymptomGroup.Builder builder() {
    return ImmutableSymptomGroup.builder();
  }

  @Value.Check
  protected void check() {
    Checks.text(title(), "SymptomGroup.title");
    Checks.texts(intro(), "SymptomGroup.intro");
    Checks.notEmpty(items(), "SymptomGroup.items");
  }
}
