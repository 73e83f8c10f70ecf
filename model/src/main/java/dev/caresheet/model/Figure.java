package dev.caresheet.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An image with its alternative text, and optionally a caption, a credit and a licence: {@code
 * {"figure": {"src": "images/calf.png", "alt": "...", "caption": "...", "credit": "...", "license":
 * {...}}}} in JSON and YAML.
 *
 * <p>{@link #src()} is a path relative to the document's file ({@code images/calf.png}) or an
 * {@code https:} URL; {@link #source()} says which, and refuses everything else ({@code
 * javascript:}, {@code data:}, absolute paths), so that renderers never emit such an address even
 * for a document that was not validated. Exactly one of {@link #alt()} and {@link #decorative()}:
 * every image says what it shows, or says that it is decoration.
 */
@Value.Immutable
@CaresheetStyle
@JsonSerialize(as = ImmutableFigure.class)
@JsonDeserialize(as = ImmutableFigure.class)
public abstract non-sealed class Figure implements Block {

  /** Where an image's {@link #src() src} points. */
  public enum Source {
    /** A path relative to the document's file, such as {@code images/calf.png}. */
    LOCAL,
    /** An {@code https:} URL. */
    REMOTE,
    /** Anything else: another scheme, an absolute or malformed path. Never rendered as an image. */
    REFUSED
  }

  /** {@return the image: a path relative to the document's file, or an https URL} */
  public abstract String src();

  /** {@return what the image shows, for readers who cannot see it; plain text} */
  public abstract Optional<String> alt();

  /** {@return whether the image is purely decorative (then it has no {@link #alt() alt})} */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT) // false is the default and is not written
  public boolean decorative() {
    return false;
  }

  /** {@return the caption, inline markup} */
  public abstract Optional<String> caption();

  /** {@return who made the image ("Photo: A. Person"); plain text} */
  public abstract Optional<String> credit();

  /** {@return the image's licence} */
  public abstract Optional<License> license();

  @Override
  public final Kind kind() {
    return Kind.FIGURE;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.figure(this);
  }

  /** The caption, if any. */
  @Override
  public final List<String> inlineTexts() {
    return caption().map(List::of).orElse(List.of());
  }

  /** {@return where {@link #src()} points} */
  public final Source source() {
    return source(src());
  }

  /**
   * Classifies an image address: an {@code https:} URL ({@link Source#REMOTE}); a relative path of
   * non-empty segments without a scheme, white space, control characters, {@code \}, {@code %},
   * {@code ?} or {@code #} ({@link Source#LOCAL}); anything else is {@link Source#REFUSED}.
   *
   * @param src the address as written
   * @return where it points
   */
  public static Source source(String src) {
    if (src.regionMatches(true, 0, "https://", 0, 8)) {
      return src.startsWith("https://")
              && Checks.WEB_URL.matcher(src).matches()
              && safeChars(src, false)
          ? Source.REMOTE
          : Source.REFUSED;
    }
    if (src.isEmpty() || src.startsWith("/") || !safeChars(src, true)) {
      return Source.REFUSED;
    }
    for (String segment : src.split("/", -1)) {
      if (segment.isEmpty()) {
        return Source.REFUSED;
      }
    }
    return Source.LOCAL;
  }

  /**
   * No control characters, white space, {@code " < > ` \}; in a path also none of {@code : % ? #}.
   */
  private static boolean safeChars(String s, boolean path) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 0x20
          || (c >= 0x7F && c <= 0xA0)
          || Checks.isSpace(c)
          || c == '"'
          || c == '<'
          || c == '>'
          || c == '`'
          || c == '\\') {
        return false;
      }
      if (path && (c == ':' || c == '%' || c == '?' || c == '#')) {
        return false;
      }
    }
    return true;
  }

  /** {@return the file name extension of the src, lower case, without the dot; empty if none} */
  public final String extension() {
    String s = src();
    int slash = s.lastIndexOf('/');
    int dot = s.lastIndexOf('.');
    return dot > slash + 1 ? s.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /** {@return a new builder} */
  public static ImmutableFigure.Builder builder() {
    return ImmutableFigure.builder();
  }

  /** Checks the invariants of a new value; the generated class calls it. */
  @Value.Check
  protected void check() {
    Checks.text(src(), "figure.src");
    Checks.text(alt(), "figure.alt");
    Checks.text(caption(), "figure.caption");
    Checks.text(credit(), "figure.credit");
    if (alt().isPresent() == decorative()) {
      throw new InvalidContentException(
          decorative()
              ? "figure has both alt and decorative: true; a decorative image has no alt"
              : "figure must have an alt (what the image shows) or decorative: true");
    }
  }
}
