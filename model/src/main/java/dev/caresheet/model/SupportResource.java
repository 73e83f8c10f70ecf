package dev.caresheet.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a reader living with the condition finds support: a charity, a helpline, a service. Part of
 * {@link LivingWith}; no schema.org counterpart.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableSupportResource.class)
@JsonDeserialize(as = ImmutableSupportResource.class)
public abstract class SupportResource implements NamedItem {

  /** Package-private: the one implementation is the generated {@code ImmutableSupportResource}. */
  SupportResource() {}

  /** The resource's name ("Migraine Trust"). */
  @Override
  public abstract String name();

  /** What it offers. */
  @Override
  public abstract Optional<String> description();

  /** {@return its web page: an absolute http(s) URL} */
  public abstract Optional<String> url();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SupportResource}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * SupportResource#builder()}.
   */
  public static final class Builder extends ImmutableSupportResource.Builder {
    Builder() {}
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(name(), "SupportResource.name");
    Checks.text(description(), "SupportResource.description");
    Checks.webUrl(url(), "SupportResource.url");
  }
}
