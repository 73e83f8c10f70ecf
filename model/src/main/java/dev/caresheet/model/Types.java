package dev.caresheet.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The part listing the {@link ConditionType types or stages} of the condition. When {@link
 * #stages()} is set, the items are stages in order: they are numbered and map to schema.org {@code
 * stage}; otherwise they are types, bulleted, with no schema.org counterpart.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableTypes.class)
@JsonDeserialize(as = ImmutableTypes.class)
public abstract class Types implements ListPart<ConditionType> {

  /** Package-private: the one implementation is the generated {@code ImmutableTypes}. */
  Types() {}

  /** {@return whether the items are stages, in order, rather than types} */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT) // false is the default and is not written
  public boolean stages() {
    return false;
  }

  @Override
  public final PartKind kind() {
    return PartKind.TYPES;
  }

  /** {@link ListStyle#NUMBERED} for stages, else the declared style. */
  @Override
  public final ListStyle listStyle() {
    return stages() ? ListStyle.NUMBERED : kind().listStyle();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Types}: a setter per attribute (and {@code add*}, {@code addAll*} for lists), then
   * {@code build()}, which checks the value's invariants. Get one from {@link Types#builder()}.
   */
  public static final class Builder extends ImmutableTypes.Builder {
    Builder() {}
  }

  /**
   * A part with these items and no surrounding prose.
   *
   * @param items the items, in reading order
   * @return the part
   */
  public static Types of(List<? extends ConditionType> items) {
    return builder().items(items).build();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.listPart(this);
  }
}
