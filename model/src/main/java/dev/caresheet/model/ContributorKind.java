package dev.caresheet.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a {@link Contributor} is a person or an organisation. */
public enum ContributorKind {
  /** A person, the default. schema.org {@code Person}. */
  @JsonProperty("person")
  PERSON,
  /**
   * An organisation, such as a health service or an editorial team. schema.org {@code
   * Organization}.
   */
  @JsonProperty("organization")
  ORGANIZATION;

  /** {@return the value as written in documents ({@code "organization"})} */
  public String value() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
