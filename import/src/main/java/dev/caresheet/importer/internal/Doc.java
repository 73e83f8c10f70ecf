package dev.caresheet.importer.internal;

import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.License;
import dev.caresheet.model.Urgency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a reader found in a source, before mapping: the title, a flat run of blocks with their
 * source locations, and what the page says about itself. Texts are inline markup (escaped literal
 * {@code * _ [ \}). One instance per import call; not shared.
 */
public final class Doc {

  /** A block of the source. */
  public sealed interface Node
      permits Heading, Para, ListNode, CalloutNode, TableNode, CareCard, DoDont {
    /** {@return where the block starts in the source} */
    String loc();
  }

  /**
   * A heading.
   *
   * @param text the heading
   * @param level 1 to 6 (2 for the sections of a text source)
   * @param alternatives other wordings (the table of contents' entry at the same place)
   * @param loc where it starts
   */
  public record Heading(String text, int level, List<String> alternatives, String loc)
      implements Node {}

  /**
   * A paragraph.
   *
   * @param text its inline markup
   * @param loc where it starts
   */
  public record Para(String text, String loc) implements Node {}

  /**
   * A list item.
   *
   * @param text its inline markup
   * @param loc where it starts
   */
  public record Item(String text, String loc) {}

  /**
   * A bulleted or numbered list.
   *
   * @param ordered whether numbered
   * @param items its items
   * @param loc where it starts
   */
  public record ListNode(boolean ordered, List<Item> items, String loc) implements Node {}

  /**
   * A callout ("Important!", an NHS information panel).
   *
   * @param kind its kind
   * @param title its title, if the source gives one
   * @param text its text
   * @param loc where it starts
   */
  public record CalloutNode(CalloutKind kind, @Nullable String title, String text, String loc)
      implements Node {}

  /**
   * A table.
   *
   * @param caption its caption, if any
   * @param header its header cells
   * @param rows its rows of cells
   * @param loc where it starts
   */
  public record TableNode(
      @Nullable String caption, List<String> header, List<List<String>> rows, String loc)
      implements Node {}

  /**
   * An NHS care card: when to get help, at one urgency.
   *
   * @param urgency the card's urgency
   * @param advice what the card says to do ("Call 999 or go to A&E")
   * @param situations the situations it lists
   * @param loc where it starts
   */
  public record CareCard(Urgency urgency, String advice, List<Item> situations, String loc)
      implements Node {}

  /**
   * A Do and Don't list.
   *
   * @param dos the things to do
   * @param donts the things not to do
   * @param loc where it starts
   */
  public record DoDont(List<Item> dos, List<Item> donts, String loc) implements Node {}

  /** The kind of source, as detected. */
  public String kind = "text";

  /** The article's title. */
  public String title = "";

  /** Where the title is. */
  public String titleLoc = "";

  /** The language the source declares or shows, if known. */
  public @Nullable String language;

  /** A one-sentence summary the source gives, if any. */
  public @Nullable String summary;

  /** The blocks, in source order. */
  public final List<Node> nodes = new ArrayList<>();

  /** Authors. */
  public final List<Contributor> authors = new ArrayList<>();

  /** Whether {@link #authors} come from the page's byline (not its meta tags). */
  public boolean authorsFromByline;

  /** The publisher. */
  public @Nullable Contributor publisher;

  /** The licence. */
  public @Nullable License license;

  /** Dates. */
  public @Nullable LocalDate modified;

  /** Dates. */
  public @Nullable LocalDate lastReviewed;

  /** Dates. */
  public @Nullable LocalDate nextReview;

  /** The source's address, if known. */
  public @Nullable String url;

  /** Ids of related articles. */
  public final List<String> related = new ArrayList<>();
}
