package dev.caresheet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes many files so that each is, at any moment — a crash or a kill included — either its old
 * content or its new, with one fsync per file and one per directory instead of a sequential write,
 * sync and rename per file. Four phases: every temporary file is written and synced to the disk (in
 * parallel, on the common pool); only when all are durable is each renamed over its target; then
 * each directory written into is synced once, which makes the renames durable. If any temporary
 * file cannot be written, no target is touched and every temporary file is removed; temporary files
 * a kill leaves behind are removed by the next run's {@link AtomicFiles#sweepStale}.
 */
final class BatchWriter {
  private final Map<Path, byte[]> files = new LinkedHashMap<>();

  /**
   * Adds a file to write; a later add for the same target replaces an earlier one.
   *
   * @param target the file to write
   * @param content its new content
   */
  void add(Path target, byte[] content) {
    files.put(target.toAbsolutePath(), content);
  }

  /** {@return how many files were added} */
  int size() {
    return files.size();
  }

  /**
   * Writes every added file atomically, as described above, and empties the batch for the next.
   *
   * @throws IOException naming the first file that could not be written; then no target has changed
   *     if the failure came before the renames, and each target is old or new otherwise
   */
  void commit() throws IOException {
    if (files.isEmpty()) {
      return;
    }
    Set<Path> dirs = new LinkedHashSet<>();
    for (Path target : files.keySet()) {
      dirs.add(target.getParent());
    }
    for (Path dir : dirs) {
      Files.createDirectories(dir);
    }
    List<Map.Entry<Path, byte[]>> entries = new ArrayList<>(files.entrySet());
    Path[] temps = new Path[entries.size()];
    try {
      try {
        java.util.stream.IntStream.range(0, entries.size())
            .parallel()
            .forEach(
                i -> {
                  Path target = entries.get(i).getKey();
                  try {
                    temps[i] = AtomicFiles.writeTemp(target, entries.get(i).getValue());
                  } catch (IOException e) {
                    throw new UncheckedIOException(target + ": " + e.getMessage(), e);
                  }
                });
      } catch (UncheckedIOException e) {
        throw new IOException(e.getMessage(), e.getCause());
      }
      for (int i = 0; i < temps.length; i++) {
        AtomicFiles.moveOver(temps[i], entries.get(i).getKey());
        temps[i] = null;
      }
    } finally {
      for (Path temp : temps) {
        if (temp != null) {
          Files.deleteIfExists(temp);
        }
      }
    }
    for (Path dir : dirs) {
      syncDirectory(dir);
    }
    files.clear();
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
