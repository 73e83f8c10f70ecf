package dev.caresheet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.caresheet.model.ImageFormat;
import dev.caresheet.model.ImageInfo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The image probe: format by the bytes, size from the header. */
class ImageInfoTest {

  static byte[] encode(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }

  @Test
  void pngAndJpegAsImageIoWritesThem() throws IOException {
    for (int[] size : new int[][] {{1, 1}, {3, 7}, {640, 480}, {1000, 9}}) {
      assertThat(ImageInfo.probe(encode("png", size[0], size[1])))
          .contains(new ImageInfo(ImageFormat.PNG, size[0], size[1]));
      assertThat(ImageInfo.probe(encode("jpg", size[0], size[1])))
          .contains(new ImageInfo(ImageFormat.JPEG, size[0], size[1]));
    }
  }

  /** The first 30 bytes of WebP files of each kind, as libwebp's cwebp writes them. */
  @Test
  void webpLossyLosslessAndExtended() {
    byte[] lossy =
        bytes(
            "RIFF",
            0x24,
            0,
            0,
            0,
            "WEBPVP8 ",
            0x18,
            0,
            0,
            0,
            0x30,
            0x01,
            0x00,
            0x9D,
            0x01,
            0x2A,
            0x80,
            0x02,
            0xE0,
            0x01); // 640 x 480
    assertThat(ImageInfo.probe(lossy)).contains(new ImageInfo(ImageFormat.WEBP, 640, 480));
    // VP8L: 0x2F, then 14 bits width - 1 (399), 14 bits height - 1 (299).
    long bits = 399 | (299L << 14);
    byte[] lossless =
        bytes(
            "RIFF",
            0x1A,
            0,
            0,
            0,
            "WEBPVP8L",
            0x0D,
            0,
            0,
            0,
            0x2F,
            (int) (bits & 0xFF),
            (int) ((bits >> 8) & 0xFF),
            (int) ((bits >> 16) & 0xFF),
            (int) ((bits >> 24) & 0xFF));
    assertThat(ImageInfo.probe(lossless)).contains(new ImageInfo(ImageFormat.WEBP, 400, 300));
    byte[] extended =
        bytes(
            "RIFF",
            0x4A,
            0,
            0,
            0,
            "WEBPVP8X",
            0x0A,
            0,
            0,
            0,
            0x10,
            0,
            0,
            0,
            0x1F,
            0x03,
            0x00,
            0x57,
            0x02,
            0x00); // 800 x 600
    assertThat(ImageInfo.probe(extended)).contains(new ImageInfo(ImageFormat.WEBP, 800, 600));
  }

  @Test
  void notAnImageOrABrokenHeaderIsEmpty() throws IOException {
    byte[] png = encode("png", 5, 5);
    assertThat(ImageInfo.probe(Arrays.copyOf(png, 20))).isEmpty();
    assertThat(ImageInfo.probe(new byte[0])).isEmpty();
    assertThat(ImageInfo.probe("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(
            ImageInfo.probe(
                "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.US_ASCII)))
        .isEmpty();
    byte[] zero = png.clone();
    Arrays.fill(zero, 16, 24, (byte) 0);
    assertThat(ImageInfo.probe(zero)).isEmpty();
    assertThat(ImageInfo.probe(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}))
        .isEmpty();
  }

  @Test
  void anyBytesProbeWithoutThrowing() {
    qt().withExamples(Generators.examples())
        .forAll(
            Generate.byteArrays(
                Generate.range(0, 64), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)),
            Generate.pick(
                Arrays.asList(
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
                    new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                    "RIFF\0\0\0\0WEBPVP8X".getBytes(StandardCharsets.US_ASCII),
                    "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII),
                    "RIFF\0\0\0\0WEBPVP8L".getBytes(StandardCharsets.US_ASCII))))
        .checkAssert(
            (tail, magic) -> {
              byte[] all = Arrays.copyOf(magic, magic.length + tail.length);
              System.arraycopy(tail, 0, all, magic.length, tail.length);
              Optional<ImageInfo> info = ImageInfo.probe(all);
              info.ifPresent(i -> assertThat(i.width()).isPositive());
            });
  }

  @Test
  void svgIsRecognisedByItsContentWhateverItsName() {
    for (String svg :
        new String[] {
          "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
          "\uFEFF  <?xml version=\"1.0\"?><svg/>",
          "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"\">",
          "<!-- a comment --><svg/>",
          "\n\n<SVG onload=alert(1)>"
        }) {
      assertThat(ImageInfo.looksLikeSvg(svg.getBytes(StandardCharsets.UTF_8))).as(svg).isTrue();
    }
    assertThat(ImageInfo.looksLikeSvg(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isFalse();
  }

  @Test
  void extensionsNameTheFormats() {
    assertThat(ImageFormat.ofExtension("JPG")).contains(ImageFormat.JPEG);
    assertThat(ImageFormat.ofExtension("jpeg")).contains(ImageFormat.JPEG);
    assertThat(ImageFormat.ofExtension("webp")).contains(ImageFormat.WEBP);
    assertThat(ImageFormat.ofExtension("svg")).isEmpty();
    assertThat(ImageFormat.ofExtension("gif")).isEmpty();
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String) {
        out.writeBytes(((String) p).getBytes(StandardCharsets.US_ASCII));
      } else {
        out.write((Integer) p);
      }
    }
    return out.toByteArray();
  }
}
