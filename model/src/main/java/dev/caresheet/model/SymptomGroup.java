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

  /** Package-private: the one implementation is the generated {@code ImmutableSymptomGroup}. */
  SymptomGroup() {}

  /** {@return the group's title ("Symptoms in babies")} */
  public abstract String title();

  /** {@return paragraphs before the group's symptoms} */
  public abstract List<String> intro();

  /** {@return the symptoms of the group, at least one} */
  public abstract List<Symptom> items();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SymptomGroup}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * SymptomGroup#builder()}.
   */
  public static final class Builder extends ImmutableSymptomGroup.Builder {
    Builder() {}
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(title(), "SymptomGroup.title");
    Checks.texts(intro(), "SymptomGroup.intro");
    Checks.notEmpty(items(), "SymptomGroup.items");
  }
}
