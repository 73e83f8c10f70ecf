package dev.caresheet.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an image file's bytes say it is: its format and its size in pixels, read from the file's
 * header. The one image probe of Caresheet: the validator checks figures with it and the site build
 * writes {@code width} and {@code height} from it.
 *
 * <p>The format is decided by the bytes (the magic numbers), never by the file's name: PNG ({@code
 * IHDR}), JPEG (the first start-of-frame marker) and WebP (its {@code VP8 }, {@code VP8L} or {@code
 * VP8X} chunk). The JDK's ImageIO reads no WebP, and decoding a whole image to learn its size is
 * needless work; these headers are small and documented, so they are read here.
 *
 * @param format the format
 * @param width the width in pixels, at least 1
 * @param height the height in pixels, at least 1
 */
public record ImageInfo(ImageFormat format, int width, int height) {

  /** The largest image file a figure may show: 2 MiB (2,097,152 bytes). */
  public static final long MAX_BYTES = 2L * 1024 * 1024;

  /**
   * An image's format and size.
   *
   * @param format the format
   * @param width the width in pixels, at least 1
   * @param height the height in pixels, at least 1
   */
  public ImageInfo {
    Objects.requireNonNull(format, "format");
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("an image is at least 1 by 1 pixel");
    }
  }

  /**
   * Reads an image's format and size from its bytes.
   *
   * @param bytes the file's bytes (its first 64 KiB are enough for all but JPEG files with large
   *     metadata)
   * @return the format and size, or empty when the bytes are not a PNG, JPEG or WebP image with a
   *     well-formed header
   */
  public static Optional<ImageInfo> probe(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
        return png(bytes);
      }
      if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
        return jpeg(bytes);
      }
      if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
        return webp(bytes);
      }
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      return Optional.empty(); // a header that ends early or says 0 pixels
    }
    return Optional.empty();
  }

  /**
   * Whether bytes look like SVG or any XML (which a browser may render as SVG, with its scripts):
   * after an optional byte-order mark and white space, they start with {@code <?xml}, {@code <svg},
   * {@code <!DOCTYPE svg} or a comment, or their first 4 KiB mention {@code <svg}.
   *
   * @param bytes the file's bytes
   * @return whether they are, or may be, SVG
   */
  public static boolean looksLikeSvg(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    String head =
        new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
    while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
      i++;
    }
    String start = head.substring(i);
    return start.startsWith("<?xml")
        || start.startsWith("<svg")
        || start.startsWith("<!doctype svg")
        || start.startsWith("<!--")
        || head.contains("<svg");
  }

  private static Optional<ImageInfo> png(byte[] b) {
    // Signature (8), then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
    if (!startsWith(b, 12, 'I', 'H', 'D', 'R')) {
      return Optional.empty();
    }
    long width = u32be(b, 16);
    long height = u32be(b, 20);
    return of(ImageFormat.PNG, width, height);
  }

  private static Optional<ImageInfo> jpeg(byte[] b) {
    int i = 2;
    while (i + 3 < b.length) {
      if ((b[i] & 0xFF) != 0xFF) {
        return Optional.empty();
      }
      int marker = b[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++; // fill byte
        continue;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        i += 2; // a marker without a length
        continue;
      }
      if (marker == 0xD9 || marker == 0xDA) {
        return Optional.empty(); // end of image or start of scan before any frame
      }
      int length = u16be(b, i + 2);
      if (length < 2) {
        return Optional.empty();
      }
      boolean frame =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) {
        // Length (2), precision (1), height (2), width (2).
        return of(ImageFormat.JPEG, u16be(b, i + 7), u16be(b, i + 5));
      }
      i += 2 + length;
    }
    return Optional.empty();
  }

  private static Optional<ImageInfo> webp(byte[] b) {
    // "RIFF", size (4), "WEBP", then the first chunk: its tag (4), its size (4), its data at 20.
    if (startsWith(b, 12, 'V', 'P', '8', ' ')) {
      // A key frame: frame tag (3), start code 9D 01 2A, width and height (14 bits each).
      if (!startsWith(b, 23, 0x9D, 0x01, 0x2A)) {
        return Optional.empty();
      }
      return of(ImageFormat.WEBP, u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF);
    }
    if (startsWith(b, 12, 'V', 'P', '8', 'L')) {
      // Signature 0x2F, then width - 1 and height - 1 in 14 bits each.
      if ((b[20] & 0xFF) != 0x2F) {
        return Optional.empty();
      }
      long bits = u32le(b, 21);
      return of(ImageFormat.WEBP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }
    if (startsWith(b, 12, 'V', 'P', '8', 'X')) {
      // Flags (1), reserved (3), canvas width - 1 and height - 1 in 24 bits each.
      return of(ImageFormat.WEBP, u24le(b, 24) + 1L, u24le(b, 27) + 1L);
    }
    return Optional.empty();
  }

  private static Optional<ImageInfo> of(ImageFormat format, long width, long height) {
    if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(new ImageInfo(format, (int) width, (int) height));
  }

  private static boolean startsWith(byte[] b, int at, int... expected) {
    if (b.length < at + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((b[at + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static int u16be(byte[] b, int i) {
    return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
  }

  private static long u32be(byte[] b, int i) {
    return ((long) u16be(b, i) << 16) | u16be(b, i + 2);
  }

  private static int u16le(byte[] b, int i) {
    return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8);
  }

  private static int u24le(byte[] b, int i) {
    return u16le(b, i) | ((b[i + 2] & 0xFF) << 16);
  }

  private static long u32le(byte[] b, int i) {
    return u16le(b, i) | ((long) u16le(b, i + 2) << 16);
  }
}
