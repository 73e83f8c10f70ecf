package dev.caresheet.codec.internal;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import java.util.Objects;
import tools.jackson.core.JsonParser;

/**
 * The token level of a {@link ConditionCodec}, for the validator, which builds its map of where
 * each value is from the tokens and reports every duplicate key, alias and tag rather than stop at
 * the first. Not API: the codec installs its implementation when it is initialised.
 */
public final class CodecParsers {
  private CodecParsers() {}

  /** A codec's parsers: what {@link ConditionCodec} installs. */
  @FunctionalInterface
  public interface Source {
    /**
     * {@return a parser over a text, bounded by the codec's read limits}
     *
     * @param codec the codec
     * @param text the document's text
     * @param format JSON or YAML
     */
    JsonParser parser(ConditionCodec codec, String text, Format format);
  }

  private static volatile Source source;

  /**
   * Installs the codec's implementation; once, from {@link ConditionCodec}'s initialisation.
   *
   * @param implementation the codec's parsers
   */
  public static synchronized void install(Source implementation) {
    if (source != null) {
      throw new IllegalStateException("installed already");
    }
    source = Objects.requireNonNull(implementation, "implementation");
  }

  /**
   * A streaming parser over a document's text, bounded by the codec's {@link
   * dev.caresheet.codec.ReadLimits}. Only the limits apply; duplicate keys, YAML aliases and tags
   * are left to the caller.
   *
   * @param codec the codec whose limits apply
   * @param text the document's text
   * @param format JSON or YAML
   * @return a parser, which the caller closes
   */
  public static JsonParser parser(ConditionCodec codec, String text, Format format) {
    // The codec is initialised (and so has installed its source) before there is an instance.
    Objects.requireNonNull(codec, "codec");
    return source.parser(codec, text, format);
  }
}
