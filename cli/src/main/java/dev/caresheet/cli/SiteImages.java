package dev.caresheet.cli;

import dev.caresheet.model.Block;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Figure;
import dev.caresheet.model.ImageFormat;
import dev.caresheet.model.ImageInfo;
import dev.caresheet.model.ListPart;
import dev.caresheet.model.PartKind;
import dev.caresheet.model.Section;
import dev.caresheet.render.html.PublishedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The local images of a set of valid documents, as {@code site} and {@code render --out} publish
 * them: each copied beside the pages under a content-hashed name ({@code
 * calf-stretch.1a2b3c4d5e6f.png}: the file's stem, the first 12 hex digits of its SHA-256, the
 * format's extension), so that a changed image gets a new name and an unchanged one is never
 * written again, and its width and height read by {@link ImageInfo#probe}. Documents were validated
 * first, so every image exists and is a PNG, JPEG or WebP within the size limit; one that changed
 * since is left out (its figure keeps its src) rather than copied unchecked.
 */
final class SiteImages {

  private final Map<String, PublishedImage> byKey = new LinkedHashMap<>();
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  private SiteImages() {}

  /**
   * Reads the local images of documents.
   *
   * @param documents each document by the path of its file
   */
  static SiteImages of(Map<Path, Condition> documents) throws IOException {
    SiteImages images = new SiteImages();
    for (Map.Entry<Path, Condition> doc : documents.entrySet()) {
      Path folder = doc.getKey().toAbsolutePath().getParent();
      for (Figure figure : figures(doc.getValue())) {
        if (figure.source() == Figure.Source.LOCAL) {
          images.add(doc.getValue(), folder, figure);
        }
      }
    }
    return images;
  }

  private void add(Condition c, Path folder, Figure figure) throws IOException {
    String key = key(c, figure);
    if (byKey.containsKey(key)) {
      return;
    }
    Path file = folder.resolve(figure.src());
    if (!Files.isRegularFile(file) || Files.size(file) > ImageInfo.MAX_BYTES) {
      return;
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) ImageInfo.MAX_BYTES + 1);
    }
    Optional<ImageInfo> info = ImageInfo.probe(bytes);
    if (bytes.length > ImageInfo.MAX_BYTES
        || info.isEmpty()
        || ImageInfo.looksLikeSvg(bytes)
        || ImageFormat.ofExtension(figure.extension()).orElse(null) != info.get().format()) {
      return;
    }
    String name =
        stem(figure.src()) + "." + hash(bytes) + "." + info.get().format().extensions().get(0);
    files.put(name, bytes);
    byKey.put(key, new PublishedImage(name, info.get().width(), info.get().height()));
  }

  /** {@return the published image of each document's figure, for the HTML renderer} */
  BiFunction<Condition, Figure, Optional<PublishedImage>> lookup() {
    return (c, figure) -> Optional.ofNullable(byKey.get(key(c, figure)));
  }

  /**
   * Writes every image that is not there already into {@code out}, atomically.
   *
   * @return how many files were written
   */
  int write(Path out) throws IOException {
    try (BatchWriter batch = new BatchWriter()) {
      int written = add(out, batch);
      batch.commit();
      return written;
    }
  }

  /**
   * Adds every image that is not there already in {@code out} to {@code batch}.
   *
   * @return how many files were added
   */
  int add(Path out, BatchWriter batch) throws IOException {
    int written = 0;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = out.resolve(file.getKey());
      // The name is the content's hash: a file of that name and size has that content.
      if (!Files.isRegularFile(target) || Files.size(target) != file.getValue().length) {
        batch.add(target, file.getValue());
        written++;
      }
    }
    return written;
  }

  /** {@return the file names, in the order found} */
  List<String> names() {
    return List.copyOf(files.keySet());
  }

  private static String key(Condition c, Figure figure) {
    return c.id() + "\n" + figure.src();
  }

  /** The figures of a document, in reading order. */
  static List<Figure> figures(Condition c) {
    List<Block> blocks = new ArrayList<>(c.description());
    for (PartKind kind : PartKind.typed()) {
      Optional<ListPart<?>> part = kind.in(c);
      part.ifPresent(
          p -> {
            blocks.addAll(p.intro());
            blocks.addAll(p.conclusion());
          });
    }
    for (Section s : c.sections()) {
      blocks.addAll(s.body());
    }
    List<Figure> figures = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Figure) {
        figures.add((Figure) b);
      }
    }
    return figures;
  }

  /** The file's name without its extension, as lower-case letters, digits and hyphens. */
  private static String stem(String src) {
    String name = src.substring(src.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String base = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < base.length() && sb.length() < 40; i++) {
      char ch = base.charAt(i);
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        sb.append(ch);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
      sb.setLength(sb.length() - 1);
    }
    return sb.length() == 0 ? "image" : sb.toString();
  }

  private static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }
}
