package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a document says to {@code caresheet lint}: the editorial codes it suppresses, each with the
 * reason written beside it. Renderers ignore it.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableLint.class)
@JsonDeserialize(as = ImmutableLint.class)
public abstract class Lint {

  /** {@return the suppressed codes, each with its reason} */
  public abstract List<Suppression> suppress();

  /** {@return a new builder} */
  public static ImmutableLint.Builder builder() {
    return ImmutableLint.builder();
  }
}
