package dev.caresheet.model;

/**
 * How a list part's items are shown, declared once per {@link PartKind}: every format's renderer
 * follows it, so that numbering and grouping are decided by the part, not by each format.
 */
public enum ListStyle {
  /** An unordered list: the order is the document's, but it carries no meaning. */
  BULLETED,
  /** An ordered list whose numbers matter, such as steps. */
  NUMBERED,
  /** Terms and their descriptions, such as look-alike conditions and how they differ. */
  TERMS,
  /**
   * Do and Don't lists (the NHS pattern): items without a {@link Recommendation} first, as a plain
   * list, then the "Do" items, then the "Don't" items.
   */
  DO_AND_DONT
}
