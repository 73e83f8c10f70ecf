package dev.caresheet.schema.internal;

import dev.caresheet.model.Block;
import dev.caresheet.model.Condition;
import dev.caresheet.model.ListPart;
import dev.caresheet.model.PartKind;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Every prose list of a document, with its JSON pointer: the one walk the block rules share. */
final class Prose {
  private Prose() {}

  /**
   * Visits the description, each typed part's intro and conclusion (in {@link PartKind} order) and
   * each section's body, with the pointer of the list.
   */
  static void forEach(Condition c, BiConsumer<String, List<Block>> visit) {
    visit.accept("/description", c.description());
    for (PartKind kind : PartKind.typed()) {
      Optional<ListPart<?>> part = kind.in(c);
      if (part.isPresent()) {
        String base = "/" + part.get().key();
        visit.accept(base + "/intro", part.get().intro());
        visit.accept(base + "/conclusion", part.get().conclusion());
      }
    }
    for (int i = 0; i < c.sections().size(); i++) {
      visit.accept("/sections/" + i + "/body", c.sections().get(i).body());
    }
  }
}
