package dev.caresheet.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An author, reviewer or publisher of a document: a person, with the credentials that make the
 * content trustworthy, or an organisation. Maps to a schema.org {@code Person} or {@code
 * Organization} ({@code name}, {@code url}; a person's credentials as {@code hasOccupation}).
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableContributor.class)
@JsonDeserialize(as = ImmutableContributor.class)
public abstract class Contributor {

  /** Package-private: the one implementation is the generated {@code ImmutableContributor}. */
  Contributor() {}

  /** {@return a person or an organisation; a person when the document does not say} */
  public abstract Optional<ContributorKind> kind();

  /** {@return whether this is an organisation rather than a person} */
  @JsonIgnore
  public final boolean isOrganization() {
    return kind().orElse(ContributorKind.PERSON) == ContributorKind.ORGANIZATION;
  }

  /** {@return the name ("Elena Sovinskaya", "NHS website editorial team")} */
  public abstract String name();

  /**
   * {@return a person's qualification or role ("General practitioner"); an organisation's
   * description}
   */
  public abstract Optional<String> credentials();

  /** {@return a page about them: an absolute http(s) URL} */
  public abstract Optional<String> url();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Contributor}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * Contributor#builder()}.
   */
  public static final class Builder extends ImmutableContributor.Builder {
    Builder() {}
  }

  /**
   * A person with only a name.
   *
   * @param name their name
   * @return the person
   */
  public static Contributor person(String name) {
    return builder().name(name).build();
  }

  /**
   * An organisation with only a name.
   *
   * @param name its name
   * @return the organisation
   */
  public static Contributor organization(String name) {
    return builder().kind(ContributorKind.ORGANIZATION).name(name).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(name(), "Contributor.name");
    Checks.text(credentials(), "Contributor.credentials");
    Checks.webUrl(url(), "Contributor.url");
  }
}
