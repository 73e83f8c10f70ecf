package dev.caresheet.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Something that causes the condition or makes it more likely, such as dehydration or a lack of
 * magnesium. Maps to schema.org {@code cause} (a {@code MedicalCause}).
 *
 * <p>The {@link #id() id} lets {@link Mechanism}s name the causes they explain.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableCause.class)
@JsonDeserialize(as = ImmutableCause.class)
public abstract class Cause implements NamedItem {

  /** Package-private: the one implementation is the generated {@code ImmutableCause}. */
  Cause() {}

  /** {@return a slug, unique among the document's causes ({@code "dehydration"})} */
  public abstract String id();

  /** {@return the cause as a reader would name it ("Dehydration")} */
  public abstract String name();

  /** {@return what the cause is and how it leads to the condition} */
  public abstract Optional<String> description();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Cause}: a setter per attribute (and {@code add*}, {@code addAll*} for lists),
   * then {@code build()}, which checks the value's invariants. Get one from {@link
   * Cause#builder()}.
   */
  public static final class Builder extends ImmutableCause.Builder {
    Builder() {}
  }

  /**
   * {@return a cause with an id and a name and no description}
   *
   * @param id a slug
   * @param name the cause's name
   */
  public static Cause of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.id(id(), "Cause.id");
    Checks.text(name(), "Cause.name");
    Checks.text(description(), "Cause.description");
  }
}
