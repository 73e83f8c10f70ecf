package dev.caresheet.cli;

import dev.caresheet.render.html.HtmlSite;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code caresheet site} knew of each document at its last build into a directory, so that the
 * next build validates and renders only the documents that changed, and the pages that show them.
 * For each document it keeps the file's size, modification time and SHA-256 (a file whose time
 * changed but whose content did not is not rebuilt), the entry that other pages show of it (id,
 * name, language, summary), its related ids and the size of its page. A document with a warning or
 * a local figure is marked to be validated and rendered on every build, so that its warnings are
 * printed every time and its images checked; a build with an error keeps no cache.
 *
 * <p>The cache is a file of its own in the user's cache directory, not in the site, so that it is
 * never published. It is one binary file, written atomically; a file that cannot be read, of
 * another version, or made with other options or another build of Caresheet is ignored, and the
 * build is then a full one. Nothing in it is trusted beyond that: a build that would depend on
 * something the cache cannot vouch for (a document added, removed or renamed, an id or a related
 * list changed, a document with a problem) is a full build.
 */
final class SiteCache {
  private static final int MAGIC = 0x43534331; // "CSC1"

  /** What the cache knows of one document. */
  record Doc(
      String path,
      long size,
      long modified,
      byte[] sha256,
      HtmlSite.Entry entry,
      List<String> related,
      long pageSize,
      boolean always) {
    Doc {
      related = List.copyOf(related);
    }

    /** {@return this entry with another file size and time, for a file touched but not changed} */
    Doc touched(long size, long modified) {
      return new Doc(path, size, modified, sha256, entry, related, pageSize, always);
    }
  }

  private final String key;
  private final Map<String, Doc> docs;

  SiteCache(String key, Map<String, Doc> docs) {
    this.key = key;
    this.docs = new LinkedHashMap<>(docs);
  }

  /** {@return what the cache was made with: it is used only by a build with the same} */
  String key() {
    return key;
  }

  /** {@return the documents, by path} */
  Map<String, Doc> docs() {
    return docs;
  }

  /**
   * Where the cache of a site directory lives: {@code $XDG_CACHE_HOME/caresheet}, or {@code
   * ~/.cache/caresheet}, in a file named after the directory's absolute path.
   */
  static Path defaultDirectory() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "caresheet");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "caresheet");
  }

  /** {@return the cache file of the site directory {@code out}, in {@code dir}} */
  static Path file(Path dir, Path out) {
    String where = out.toAbsolutePath().normalize().toString();
    return dir.resolve(
        "site-" + hex(sha256(where.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 8) + ".bin");
  }

  /**
   * Reads a cache file written with the same {@code key}.
   *
   * @return the cache, or empty if there is none, or it cannot be read, or its key differs
   */
  static Optional<SiteCache> read(Path file, String key) {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
      if (in.readInt() != MAGIC || !in.readUTF().equals(key)) {
        return Optional.empty();
      }
      int count = in.readInt();
      Map<String, Doc> docs = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String path = in.readUTF();
        long size = in.readLong();
        long modified = in.readLong();
        byte[] sha = new byte[32];
        in.readFully(sha);
        String id = in.readUTF();
        String name = in.readUTF();
        String language = in.readUTF();
        Optional<String> summary = in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
        int relatedCount = in.readInt();
        List<String> related = new ArrayList<>(relatedCount);
        for (int r = 0; r < relatedCount; r++) {
          related.add(in.readUTF());
        }
        long pageSize = in.readLong();
        boolean always = in.readBoolean();
        docs.put(
            path,
            new Doc(
                path,
                size,
                modified,
                sha,
                new HtmlSite.Entry(id, name, language, summary),
                related,
                pageSize,
                always));
      }
      if (in.read() != -1) {
        return Optional.empty();
      }
      return Optional.of(new SiteCache(key, docs));
    } catch (IOException | RuntimeException e) {
      // Missing, truncated or not ours: a full build, which writes a good one.
      return Optional.empty();
    }
  }

  /** Writes the cache atomically; a cache that cannot be written only makes the next build full. */
  void write(Path file) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(docs.size() * 256 + 64);
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeInt(MAGIC);
        out.writeUTF(key);
        out.writeInt(docs.size());
        for (Doc d : docs.values()) {
          out.writeUTF(d.path());
          out.writeLong(d.size());
          out.writeLong(d.modified());
          out.write(d.sha256());
          out.writeUTF(d.entry().id());
          out.writeUTF(d.entry().name());
          out.writeUTF(d.entry().language());
          out.writeBoolean(d.entry().summary().isPresent());
          if (d.entry().summary().isPresent()) {
            out.writeUTF(d.entry().summary().get());
          }
          out.writeInt(d.related().size());
          for (String r : d.related()) {
            out.writeUTF(r);
          }
          out.writeLong(d.pageSize());
          out.writeBoolean(d.always());
        }
      }
      Files.createDirectories(file.getParent());
      AtomicFiles.write(file, bytes.toByteArray());
    } catch (IOException | RuntimeException e) {
      // writeUTF refuses a string over 64 KB (a very long summary): such a site is built in full.
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // The key check still refuses a cache of other options.
      }
    }
  }

  /**
   * Removes a cache file, if it can: a cache directory that cannot be written to (a read-only home)
   * only makes every build a full one, never a failed one.
   */
  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException e) {
      // The key still refuses a cache of other options; a stale one of the same options is
      // refused by its documents' sizes, times and hashes.
    }
  }

  /** A file's size and modification time, in one system call; empty if it is not a file. */
  static Optional<long[]> stat(Path file) {
    try {
      BasicFileAttributes a =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile()) {
        return Optional.empty();
      }
      return Optional.of(
          new long[] {
            a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)
          });
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@return the SHA-256 of a file's content} */
  static byte[] sha256(Path file) throws IOException {
    return sha256(Files.readAllBytes(file));
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  static boolean same(byte[] a, byte[] b) {
    return Arrays.equals(a, b);
  }

  private static String hex(byte[] bytes, int count) {
    return HexFormat.of().formatHex(bytes, 0, count);
  }
}
