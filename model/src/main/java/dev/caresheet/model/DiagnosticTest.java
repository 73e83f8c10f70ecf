package dev.caresheet.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A test used to diagnose the condition, and what to expect from it. Maps to schema.org {@code
 * typicalTest} (a {@code MedicalTest}).
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableDiagnosticTest.class)
@JsonDeserialize(as = ImmutableDiagnosticTest.class)
public abstract class DiagnosticTest implements NamedItem {

  /** Package-private: the one implementation is the generated {@code ImmutableDiagnosticTest}. */
  DiagnosticTest() {}

  /** The test as a reader would name it ("Blood tests"). */
  @Override
  public abstract String name();

  /** What the test involves and what it shows. */
  @Override
  public abstract Optional<String> description();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DiagnosticTest}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * DiagnosticTest#builder()}.
   */
  public static final class Builder extends ImmutableDiagnosticTest.Builder {
    Builder() {}
  }

  /**
   * An item with only a name.
   *
   * @param name the item as a reader would name it
   * @return the item
   */
  public static DiagnosticTest of(String name) {
    return builder().name(name).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(name(), "DiagnosticTest.name");
    Checks.text(description(), "DiagnosticTest.description");
  }
}
