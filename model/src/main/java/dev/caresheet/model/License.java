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

  /** Package-private: the one implementation is the generated {@code ImmutableLicense}. */
  License() {}

  /**
   * {@return the licence's name or the rights statement ("CC BY 4.0", "© Example Health, all rights
   * reserved")}
   */
  public abstract String name();

  /** {@return the licence's text: an absolute http(s) URL} */
  public abstract Optional<String> url();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link License}: a setter per attribute (and {@code add*}, {@code addAll*} for lists),
   * then {@code build()}, which checks the value's invariants. Get one from {@link
   * License#builder()}.
   */
  public static final class Builder extends ImmutableLicense.Builder {
    Builder() {}
  }

  /**
   * A licence with a name and a URL.
   *
   * @param name the licence's name or the rights statement
   * @param url where to read it: an absolute http(s) URL
   * @return the licence
   */
  public static License of(String name, String url) {
    return builder().name(name).url(url).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(name(), "License.name");
    Checks.webUrl(url(), "License.url");
  }
}
