package dev.caresheet.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One point of the outlook, such as "With treatment". Maps to schema.org {@code expectedPrognosis},
 * with the part's text.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutablePrognosis.class)
@JsonDeserialize(as = ImmutablePrognosis.class)
public abstract class Prognosis implements NamedItem {

  /** Package-private: the one implementation is the generated {@code ImmutablePrognosis}. */
  Prognosis() {}

  /** A short title for the point ("With treatment"). */
  @Override
  public abstract String name();

  /** How the condition goes in that case. */
  @Override
  public abstract Optional<String> description();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Prognosis}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * Prognosis#builder()}.
   */
  public static final class Builder extends ImmutablePrognosis.Builder {
    Builder() {}
  }

  /**
   * An item with only a name.
   *
   * @param name the item as a reader would name it
   * @return the item
   */
  public static Prognosis of(String name) {
    return builder().name(name).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(name(), "Prognosis.name");
    Checks.text(description(), "Prognosis.description");
  }
}
