package dev.caresheet.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A source the content relies on: a guideline, a paper, an encyclopaedia entry. Maps to schema.org
 * {@code citation} (a {@code CreativeWork}).
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableReference.class)
@JsonDeserialize(as = ImmutableReference.class)
public abstract class Reference {

  /** Package-private: the one implementation is the generated {@code ImmutableReference}. */
  Reference() {}

  /** {@return the title of the source} */
  public abstract String title();

  /** {@return where to read it: an absolute http(s) URL} */
  public abstract Optional<String> url();

  /** {@return who published it ("NHS", "Mayo Clinic")} */
  public abstract Optional<String> publisher();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Reference}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * Reference#builder()}.
   */
  public static final class Builder extends ImmutableReference.Builder {
    Builder() {}
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(title(), "Reference.title");
    Checks.webUrl(url(), "Reference.url");
    Checks.text(publisher(), "Reference.publisher");
  }
}
