package dev.caresheet.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Something the condition can lead to, such as "Guillain-Barré syndrome". Maps to schema.org {@code
 * possibleComplication}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableComplication.class)
@JsonDeserialize(as = ImmutableComplication.class)
public abstract class Complication implements NamedItem {

  /** Package-private: the one implementation is the generated {@code ImmutableComplication}. */
  Complication() {}

  /** The complication as a reader would name it. */
  @Override
  public abstract String name();

  /** How it comes about and how likely it is. */
  @Override
  public abstract Optional<String> description();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Complication}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * Complication#builder()}.
   */
  public static final class Builder extends ImmutableComplication.Builder {
    Builder() {}
  }

  /**
   * An item with only a name.
   *
   * @param name the item as a reader would name it
   * @return the item
   */
  public static Complication of(String name) {
    return builder().name(name).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(name(), "Complication.name");
    Checks.text(description(), "Complication.description");
  }
}
