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
 * files left by a run that was killed are removed by the next write to the same target.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  private static final String MARK = ".caresheet-";

  /** Writes {@code content} (UTF-8) to {@code target} atomically. */
  static void write(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    String name = absolute.getFileName().toString();
    Files.createDirectories(dir);
    removeStale(dir, name);
    Path temp = Files.createTempFile(dir, "." + name + MARK, ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      copyPermissions(absolute, temp);
      Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
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
