package dev.caresheet.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes files so that a reader — or a crash, or a kill — sees either the old content or the new,
 * never a part: the new content goes to a temporary file beside the target, is flushed to disk,
 * takes the target's permissions, and is renamed over the target in one atomic step. Temporary
 * files left by a run that was killed are removed by the next write to the same target, and by
 * {@link #sweepStale(Path)}, which commands call for each directory they write into.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  private static final String MARK = ".caresheet-";

  /** Writes {@code content} (UTF-8) to a temporary file and syncs it to the disk. */
  private static void writeSynced(Path temp, String content) throws IOException {
    writeSynced(temp, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code content} to a temporary file and syncs it to the disk. */
  private static void writeSynced(Path temp, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer bytes = ByteBuffer.wrap(content);
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    }
  }

  /** Writes {@code content} (UTF-8) to {@code target} atomically. */
  static void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code content} to {@code target} atomically. */
  static void write(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    removeStale(absolute.getParent(), absolute.getFileName().toString());
    Path temp = writeTemp(absolute, content);
    try {
      moveOver(temp, absolute);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Writes {@code content} to a new temporary file beside {@code target}, syncs it to the disk and
   * gives it the target's permissions; {@link #moveOver} then puts it in place. The directory must
   * exist. It does not look for stale temporary files: that would list the directory once per file,
   * which made a site of 10,000 pages take 40 s longer (quadratic); a command writing many files
   * calls {@link #sweepStale} once instead.
   *
   * @return the temporary file
   */
  static Path writeTemp(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    String name = absolute.getFileName().toString();
    Path temp = Files.createTempFile(dir, "." + name + MARK, ".tmp");
    try {
      writeSynced(temp, content);
      copyPermissions(absolute, temp);
      return temp;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Renames a temporary file of {@link #writeTemp} over its target in one atomic step. */
  static void moveOver(Path temp, Path target) throws IOException {
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Creates {@code target} with {@code content} (UTF-8) atomically, only if it does not exist: the
   * content is written and synced to a temporary file, which is then hard-linked to the target name
   * (a link never replaces a file). Where the file system has no hard links, the temporary file is
   * moved without replacing.
   *
   * @return false if {@code target} already existed, which is then left as it was
   */
  static boolean create(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    String name = absolute.getFileName().toString();
    if (Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Files.createDirectories(dir);
    removeStale(dir, name);
    Path temp = Files.createTempFile(dir, "." + name + MARK, ".tmp");
    try {
      writeSynced(temp, content);
      try {
        Files.createLink(absolute, temp);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        return false;
      } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
        if (Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          return false;
        }
        Files.move(temp, absolute);
      }
      return true;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Removes every temporary file of this class in {@code dir} (not below it): what a killed run
   * left there, including temporary files for targets that no later run rewrites, which {@link
   * #write} alone would never remove. Commands that write into a directory call it once, before
   * they write. A run writing to the same directory at the same moment would lose its temporary
   * file and report an error; its target would keep its old content.
   *
   * @return the number of files removed
   */
  static int sweepStale(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, ".*" + MARK + "*.tmp")) {
      for (Path path : stale) {
        if (isTemporary(path.getFileName().toString())
            && Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && Files.deleteIfExists(path)) {
          removed++;
        }
      }
    }
    return removed;
  }

  /** Whether a file name is one of this class's temporary files. */
  static boolean isTemporary(String fileName) {
    return fileName.startsWith(".") && fileName.contains(MARK) && fileName.endsWith(".tmp");
  }

  private static void removeStale(Path dir, String name) throws IOException {
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, "." + name + MARK + "*.tmp")) {
      for (Path path : stale) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source == null || target == null) {
      return;
    }
    Set<PosixFilePermission> permissions;
    if (Files.exists(from)) {
      permissions = source.readAttributes().permissions();
    } else {
      // A new file: what the umask gives an ordinary file, not createTempFile's owner-only 0600.
      permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    }
    target.setPermissions(permissions);
  }
}
