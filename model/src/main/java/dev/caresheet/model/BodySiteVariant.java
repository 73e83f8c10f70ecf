package dev.caresheet.model;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How a {@link FirstAidStep} is done differently for one body site: for a cramp in the front of the
 * thigh, pull the foot towards the buttocks. Maps to a schema.org {@code HowToDirection} of the
 * step, with the site as its {@code name}.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableBodySiteVariant.class)
@JsonDeserialize(as = ImmutableBodySiteVariant.class)
public abstract class BodySiteVariant {

  /** Package-private: the one implementation is the generated {@code ImmutableBodySiteVariant}. */
  BodySiteVariant() {}

  /** {@return the body site this variant is for ("Front of the thigh")} */
  public abstract String bodySite();

  /** {@return what to do at that site} */
  public abstract String instruction();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BodySiteVariant}: a setter per attribute (and {@code add*}, {@code addAll*} for
   * lists), then {@code build()}, which checks the value's invariants. Get one from {@link
   * BodySiteVariant#builder()}.
   */
  public static final class Builder extends ImmutableBodySiteVariant.Builder {
    Builder() {}
  }

  /**
   * {@return a variant for a body site}
   *
   * @param bodySite the body site
   * @param instruction what to do there
   */
  public static BodySiteVariant of(String bodySite, String instruction) {
    return builder().bodySite(bodySite).instruction(instruction).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(bodySite(), "BodySiteVariant.bodySite");
    Checks.text(instruction(), "BodySiteVariant.instruction");
  }
}
