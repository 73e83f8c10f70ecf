package dev.caresheet.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes many files so that each is, at any moment — a crash or a kill included — either its old
 * content or its new, with one fsync per file and one per directory, and no file renamed before
 * every file is written. {@link #add} writes the new content to a temporary file beside its target
 * and syncs it to the disk at once, on the caller's thread (callers add from several threads, so
 * that rendering, writing and syncing overlap); {@link #commit} then renames each temporary file
 * over its target and syncs each directory written into once, which makes the renames durable.
 * {@link #close} removes the temporary files of a batch that was not committed, so a failure before
 * the commit leaves every target as it was; temporary files a kill leaves behind are removed by the
 * next run's {@link AtomicFiles#sweepStale}, which a command calls once for each directory before
 * it writes there (never once per file: that lists the directory for every file).
 */
final class BatchWriter implements AutoCloseable {
  /** Pairs of target and temporary file, in the order added. */
  private final List<Path[]> staged = new ArrayList<>();

  private final Set<Path> dirs = new LinkedHashSet<>();

  /**
   * Writes {@code content} to a temporary file beside {@code target} and syncs it; the target
   * changes at {@link #commit}. Thread-safe. A batch holds at most one file per target.
   *
   * @param target the file to write
   * @param content its new content
   * @throws IOException if the temporary file cannot be written (no target has changed)
   */
  void add(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    boolean known;
    synchronized (this) {
      known = dirs.contains(dir);
    }
    if (!known) {
      Files.createDirectories(dir);
      synchronized (this) {
        dirs.add(dir);
      }
    }
    Path temp = AtomicFiles.writeTemp(absolute, content);
    synchronized (this) {
      staged.add(new Path[] {absolute, temp});
    }
  }

  /** {@return how many files were added since the last commit} */
  synchronized int size() {
    return staged.size();
  }

  /**
   * Renames every added file over its target, then syncs each directory, and empties the batch.
   *
   * @throws IOException naming the file that could not be renamed; each target is then old or new
   */
  synchronized void commit() throws IOException {
    for (Path[] file : staged) {
      AtomicFiles.moveOver(file[1], file[0]);
      file[1] = null;
    }
    staged.clear();
    for (Path dir : dirs) {
      syncDirectory(dir);
    }
    dirs.clear();
  }

  /** Removes the temporary files of whatever was added and not committed. */
  @Override
  public synchronized void close() throws IOException {
    IOException failure = null;
    for (Path[] file : staged) {
      if (file[1] != null) {
        try {
          Files.deleteIfExists(file[1]);
        } catch (IOException e) {
          failure = e;
        }
      }
    }
    staged.clear();
    if (failure != null) {
      throw failure;
    }
  }

  /** Syncs a directory, making the renames in it durable; a no-op where that is unsupported. */
  static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems (and Windows) cannot open or sync a directory: the renames are done,
      // only their durability across a power loss is then up to the file system.
    }
  }
}
