package dev.caresheet.schema.internal;

import dev.caresheet.model.Block;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Figure;
import dev.caresheet.model.ImageFormat;
import dev.caresheet.model.ImageInfo;
import dev.caresheet.schema.Codes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of figures. Always: {@code src} is a relative path or an {@code https:} URL ({@link
 * Codes#RULE_FIGURE_SRC}), not named {@code .svg} ({@link Codes#RULE_FIGURE_SVG}), a local path
 * ends in {@code .png}, {@code .jpg}, {@code .jpeg} or {@code .webp} ({@link
 * Codes#RULE_FIGURE_TYPE}), and {@code alt} is not a file name ({@link Codes#RULE_FIGURE_ALT}).
 * When the document is a file, a local image also exists beside it ({@link
 * Codes#RULE_FIGURE_MISSING}), is at most {@link ImageInfo#MAX_BYTES} ({@link
 * Codes#RULE_FIGURE_SIZE}), is not SVG by its content, is a PNG, JPEG or WebP image by its bytes
 * and is the format its name says ({@link Codes#RULE_FIGURE_MISMATCH}). Remote images are never
 * fetched.
 */
public final class FigureRules {
  private FigureRules() {}

  /** A file name: no white space or slash, and an image extension. */
  private static final Pattern FILE_NAME =
      Pattern.compile(
          "[^\\s/\\\\]+\\.(?:png|jpe?g|webp|gif|svgz?|bmp|tiff?|avif|heic|ico)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Checks every figure of a bound document.
   *
   * @param base the directory of the document's file, against which local images resolve; null when
   *     the document is not a file (its images are then not opened)
   */
  public static void check(Condition c, SourceMap map, @Nullable Path base, Found found) {
    Prose.forEach(
        c,
        (pointer, blocks) -> {
          for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Figure) {
              figure((Figure) block, pointer + "/" + i + "/figure", map, base, found);
            }
          }
        });
  }

  private static void figure(Figure f, String at, SourceMap map, @Nullable Path base, Found found) {
    String srcAt = at + "/src";
    String src = f.src();
    f.alt()
        .ifPresent(
            alt -> {
              String name = src.substring(src.lastIndexOf('/') + 1);
              if (FILE_NAME.matcher(alt.strip()).matches() || alt.equals(src) || alt.equals(name)) {
                String altAt = at + "/alt";
                found.error(
                    Codes.RULE_FIGURE_ALT,
                    altAt,
                    map.valueAt(altAt),
                    Pointers.quoted(altAt)
                        + " is a file name ("
                        + Text.show(alt)
                        + "), which tells a"
                        + " reader nothing about the image",
                    "say what the image shows, such as `A person stretching the calf against a wall`; or"
                        + " write `decorative: true` instead of `alt` if it shows nothing that matters");
              }
            });
    Figure.Source source = f.source();
    String extension = f.extension();
    if (source == Figure.Source.REFUSED) {
      boolean http = src.regionMatches(true, 0, "http://", 0, 7);
      found.error(
          Codes.RULE_FIGURE_SRC,
          srcAt,
          map.valueAt(srcAt),
          Pointers.quoted(srcAt)
              + " is "
              + Text.show(src)
              + (http
                  ? ", an http: address; an image is loaded over https: only"
                  : ", which is neither a path relative to this file nor an https: address"),
          http
              ? "write `https://` instead of `http://`"
              : "write a relative path such as `images/calf-stretch.png` (no spaces, no `:`, `%`,"
                  + " `?` or `#`, not starting with `/`), or an `https://` address");
      return;
    }
    if (extension.equals("svg") || extension.equals("svgz")) {
      found.error(
          Codes.RULE_FIGURE_SVG,
          srcAt,
          map.valueAt(srcAt),
          Pointers.quoted(srcAt)
              + " is an SVG image; SVG can carry script, so figures are PNG,"
              + " JPEG or WebP",
          "export the image as PNG (drawings) or WebP");
      return;
    }
    if (source == Figure.Source.REMOTE) {
      return; // never fetched: its type and size are the publisher's to check
    }
    Optional<ImageFormat> named = ImageFormat.ofExtension(extension);
    if (named.isEmpty()) {
      found.error(
          Codes.RULE_FIGURE_TYPE,
          srcAt,
          map.valueAt(srcAt),
          Pointers.quoted(srcAt)
              + (extension.isEmpty()
                  ? " has no file name extension"
                  : " names a ." + extension + " file")
              + "; a figure is a PNG, JPEG or WebP image",
          "convert the image and name it .png, .jpg or .webp");
      return;
    }
    if (base != null) {
      file(base, src, named.get(), srcAt, map, found);
    }
  }

  private static void file(
      Path base, String src, ImageFormat named, String srcAt, SourceMap map, Found found) {
    String where = Pointers.quoted(srcAt);
    Path file;
    try {
      file = base.resolve(src);
    } catch (InvalidPathException e) {
      found.error(
          Codes.RULE_FIGURE_MISSING,
          srcAt,
          map.valueAt(srcAt),
          where + " names `" + shown(src) + "`, which is not a file name here",
          null);
      return;
    }
    if (!Files.isRegularFile(file)) {
      found.error(
          Codes.RULE_FIGURE_MISSING,
          srcAt,
          map.valueAt(srcAt),
          where
              + " names `"
              + shown(src)
              + "`, but "
              + (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                  ? "that is not a file"
                  : "there is no such file next to this document"),
          "the path is relative to the folder of this file; check its spelling and case");
      return;
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > ImageInfo.MAX_BYTES) {
        found.error(
            Codes.RULE_FIGURE_SIZE,
            srcAt,
            map.valueAt(srcAt),
            where
                + " is "
                + size
                + " bytes; an image may have at most "
                + ImageInfo.MAX_BYTES
                + " bytes (2 MiB)",
            "make it smaller: a page needs an image at most about 1600 pixels wide, saved as WebP"
                + " or JPEG");
        return;
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) ImageInfo.MAX_BYTES);
      }
    } catch (IOException e) {
      found.error(
          Codes.RULE_FIGURE_MISSING,
          srcAt,
          map.valueAt(srcAt),
          where + " names `" + shown(src) + "`, which cannot be read: " + e.getMessage(),
          null);
      return;
    }
    if (ImageInfo.looksLikeSvg(bytes)) {
      found.error(
          Codes.RULE_FIGURE_SVG,
          srcAt,
          map.valueAt(srcAt),
          where
              + " names an SVG (XML) file, whatever its name says; SVG can carry script, so"
              + " figures are PNG, JPEG or WebP",
          "export the image as PNG or WebP");
      return;
    }
    Optional<ImageInfo> info = ImageInfo.probe(bytes);
    if (info.isEmpty()) {
      found.error(
          Codes.RULE_FIGURE_TYPE,
          srcAt,
          map.valueAt(srcAt),
          where
              + " names `"
              + shown(src)
              + "`, which is not a PNG, JPEG or WebP image (its"
              + " bytes are not one, whatever its name says)",
          "open it in an image editor and export it as PNG, JPEG or WebP");
      return;
    }
    ImageFormat actual = info.get().format();
    if (actual != named) {
      found.error(
          Codes.RULE_FIGURE_MISMATCH,
          srcAt,
          map.valueAt(srcAt),
          where + " names a ." + extensionOf(src) + " file, but the file is a " + actual + " image",
          "rename it to end in ." + actual.extensions().get(0));
    }
  }

  private static String extensionOf(String src) {
    return src.substring(src.lastIndexOf('.') + 1);
  }

  /** A src as a message shows it: at most 60 characters, on one line. */
  private static String shown(String src) {
    String one = src.replace('\n', ' ').replace('`', '\'');
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }
}
