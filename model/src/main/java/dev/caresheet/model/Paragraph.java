package dev.caresheet.model;

import java.util.List;
import org.immutables.value.Value;

/** A paragraph of prose: a plain string in JSON and YAML. */
@Value.Immutable
@CaresheetStyle
public abstract non-sealed class Paragraph implements Block {

  /** {@return the paragraph's text, inline markup} */
  @Value.Parameter
  public abstract String text();

  @Override
  public final Kind kind() {
    return Kind.PARAGRAPH;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.paragraph(this);
  }

  @Override
  public final List<String> inlineTexts() {
    return List.of(text());
  }

  /**
   * {@return a paragraph}
   *
   * @param text its text, inline markup
   */
  public static Paragraph of(String text) {
    return ImmutableParagraph.of(text);
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(text(), "paragraph");
  }
}
