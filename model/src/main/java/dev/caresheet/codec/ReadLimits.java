package dev.caresheet.codec;

/**
 * Bounds on what the codec reads, so that a hostile or broken file ends in a clear error instead of
 * exhausting memory or time. A document that exceeds one is rejected with a located {@link
 * ContentException}.
 *
 * @param maxDocumentChars the longest document, in characters
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest single text, in characters
 * @param maxNumberLength the longest number, in digits
 */
public record ReadLimits(
    long maxDocumentChars, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

  /**
   * The defaults: 8 MiB documents (real articles are 10–30 KB), nesting 64 deep (documents nest
   * about 6 deep), 1 MiB texts, 100-digit numbers.
   */
  public static final ReadLimits DEFAULTS = new ReadLimits(8L << 20, 64, 1 << 20, 100);

  /**
   * Checks that every limit is positive.
   *
   * @param maxDocumentChars the longest document, in characters
   * @param maxNestingDepth the deepest nesting of objects and arrays
   * @param maxStringLength the longest string, in characters
   * @param maxNumberLength the longest number, in characters
   * @throws IllegalArgumentException if a limit is not positive
   */
  public ReadLimits {
    if (maxDocumentChars <= 0
        || maxNestingDepth <= 0
        || maxStringLength <= 0
        || maxNumberLength <= 0) {
      throw new IllegalArgumentException("every read limit must be positive: " + this);
    }
  }

  /**
   * The largest file, in bytes, that can hold a document within {@link #maxDocumentChars()}: four
   * bytes a character, the most UTF-8 needs. Larger input is refused before it is read or decoded,
   * so that memory stays bounded by the limits, not by the input.
   *
   * @return four times {@link #maxDocumentChars()}
   */
  public long maxDocumentBytes() {
    return Math.min(
        Integer.MAX_VALUE - 8L,
        maxDocumentChars > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : maxDocumentChars * 4);
  }
}
