package dev.caresheet.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The licence or rights statement of a document, such as "CC BY 4.0" or "Open Government Licence
 * v3.0", with where to read it. Maps to schema.org {@code license}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableLicense.class)
@JsonDeserialize(as = ImmutableLicense.class)
public abstract class License {

  /** The licence's name or the rights statement ("CC BY 4.0", "© Example Health, all rights reserved"). */
  public abstract String name();

  /** The licence's text: an absolute http(s) URL. */
  public abstract Optional<String> url();

  /** A new builder. */
  public static ImmutableLicense.Builder builder() {
    return ImmutableLicense.builder();
  }

  /** A licence with a name and a URL. */
  public static License of(String name, String url) {
    return builder().name(name).url(url).build();
  }

  @Value.Check
  protected void check() {
    Checks.text(name(), "License.name");
    Checks.webUrl(url(), "License.url");
  }
}
