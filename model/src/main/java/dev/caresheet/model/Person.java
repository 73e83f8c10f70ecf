package dev.caresheet.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An author or reviewer of a document, with the credentials that make the content trustworthy.
 * Maps to a schema.org {@code Person} ({@code name}, {@code jobTitle}, {@code url}).
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person {

  /** {@return the person's name ("Elena Sovinskaya")} */
  public abstract String name();

  /** {@return their qualification or role ("General practitioner")} */
  public abstract Optional<String> credentials();

  /** {@return a page about them: an absolute http(s) URL} */
  public abstract Optional<String> url();

  /** {@return a new builder} */
  public static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }

  /** Checks the invariants of a new value; the generated class calls it. */

  @Value.Check
  protected void check() {
    Checks.text(name(), "Person.name");
    Checks.text(credentials(), "Person.credentials");
    Checks.webUrl(url(), "Person.url");
  }
}
