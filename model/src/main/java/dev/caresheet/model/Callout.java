package dev.caresheet.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A short boxed remark set apart from the text ("Important! Night cramps are tetanic…"). It has no
 * schema.org counterpart; renderers show it as an aside.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableCallout.class)
@JsonDeserialize(as = ImmutableCallout.class)
public abstract class Callout {

  /** Package-private: the one implementation is the generated {@code ImmutableCallout}. */
  Callout() {}

  /** {@return how prominent the callout is} */
  public abstract CalloutKind kind();

  /** {@return a title replacing the default label of the kind ("It's important to know")} */
  public abstract Optional<String> title();

  /** {@return the remark} */
  public abstract String text();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Callout}: a setter per attribute (and {@code add*}, {@code addAll*} for lists),
   * then {@code build()}, which checks the value's invariants. Get one from {@link
   * Callout#builder()}.
   */
  public static final class Builder extends ImmutableCallout.Builder {
    Builder() {}
  }

  /**
   * {@return a callout of a kind with a text}
   *
   * @param kind how prominent it is
   * @param text the remark
   */
  public static Callout of(CalloutKind kind, String text) {
    return builder().kind(kind).text(text).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(title(), "Callout.title");
    Checks.text(text(), "Callout.text");
  }
}
