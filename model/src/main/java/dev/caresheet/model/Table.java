package dev.caresheet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A simple table: a header row and rows of inline texts, with an optional caption. {@code {"table":
 * {"caption": ..., "header": [...], "rows": [[...], ...]}}} in JSON and YAML.
 *
 * <p>Every row should have as many cells as the header; the validator reports one that does not
 * ({@code rule.table-row-length}) rather than the model refusing it, so that the problem is
 * located. Renderers show a short row with empty cells and a long row's extra cells as they are.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableTable.class)
@JsonDeserialize(as = ImmutableTable.class)
public abstract non-sealed class Table implements Block {

  /** {@return the table's caption, inline markup} */
  public abstract Optional<String> caption();

  /** {@return the column headings, inline markup, at least one} */
  public abstract List<String> header();

  /** {@return the rows, each a list of cells (inline markup), at least one row} */
  public abstract List<List<String>> rows();

  @Override
  public final Kind kind() {
    return Kind.TABLE;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.table(this);
  }

  /** The caption, the header cells, then each row's cells. */
  @Override
  public final List<String> inlineTexts() {
    List<String> texts = new ArrayList<>();
    caption().ifPresent(texts::add);
    texts.addAll(header());
    rows().forEach(texts::addAll);
    return List.copyOf(texts);
  }

  /** {@return a new builder} */
  public static ImmutableTable.Builder builder() {
    return ImmutableTable.builder();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(caption(), "table.caption");
    Checks.notEmpty(header(), "table.header");
    Checks.texts(header(), "table.header");
    Checks.notEmpty(rows(), "table.rows");
    for (int i = 0; i < rows().size(); i++) {
      Checks.notEmpty(rows().get(i), "table.rows[" + i + "]");
      Checks.texts(rows().get(i), "table.rows[" + i + "]");
    }
  }
}
