package dev.caresheet.cli.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the content directories (every directory under them, registered as it appears) and a
 * stylesheet file, and hands each burst of changes to a consumer as one set of paths, on its own
 * thread. A burst ends after {@value #QUIET_MS} ms without an event, or {@value #MAX_WAIT_MS} ms
 * after it began, so that an editor's save (a temporary file, then a rename) is one change. When
 * the system drops events (an overflow), the whole directory is handed over, to be read again.
 */
public final class ContentWatcher implements AutoCloseable {

  static final long QUIET_MS = 30;
  static final long MAX_WAIT_MS = 200;

  private final WatchService service;
  private final Map<WatchKey, Path> dirs = new HashMap<>();
  private final List<Path> roots;
  private final Optional<Path> stylesheet;
  private final Consumer<Set<Path>> onChange;
  private final Consumer<String> onProblem;
  private final Thread thread;

  /**
   * Watches {@code roots} (and {@code stylesheet}); nothing is handed over before {@link #start}.
   *
   * @param roots the content directories
   * @param stylesheet a stylesheet file to watch too
   * @param onChange receives each burst of changed paths, on the watcher's thread
   * @param onProblem receives a message when the watcher stops on an error
   * @throws IOException if a directory cannot be watched
   */
  public ContentWatcher(
      List<Path> roots,
      Optional<Path> stylesheet,
      Consumer<Set<Path>> onChange,
      Consumer<String> onProblem)
      throws IOException {
    this.roots = roots;
    this.stylesheet = stylesheet;
    this.onChange = onChange;
    this.onProblem = onProblem;
    this.service = FileSystems.getDefault().newWatchService();
    for (Path root : roots) {
      registerTree(root);
    }
    if (stylesheet.isPresent()) {
      Path parent = stylesheet.get().getParent();
      Path dir = parent == null ? Path.of("") : parent;
      register(dir, dir);
    }
    thread = new Thread(this::run, "caresheet-watch");
    thread.setDaemon(true);
  }

  /** Starts handing changes over, on a daemon thread of its own. */
  public void start() {
    thread.start();
  }

  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            register(dir.normalize(), dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private void register(Path name, Path dir) throws IOException {
    WatchKey key =
        dir.register(
            service,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY);
    dirs.put(key, name);
  }

  private void run() {
    try {
      while (true) {
        Set<Path> changed = new LinkedHashSet<>();
        drain(service.take(), changed);
        long first = System.nanoTime();
        while (true) {
          long left = MAX_WAIT_MS - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - first);
          if (left <= 0) {
            break;
          }
          WatchKey next = service.poll(Math.min(QUIET_MS, left), TimeUnit.MILLISECONDS);
          if (next == null) {
            break;
          }
          drain(next, changed);
        }
        if (!changed.isEmpty()) {
          onChange.accept(changed);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: the thread ends
    } catch (RuntimeException e) {
      onProblem.accept("the watcher stopped: " + e);
    }
  }

  private void drain(WatchKey key, Set<Path> changed) {
    Path dir = dirs.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (dir == null) {
        continue;
      }
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed.add(dir);
        continue;
      }
      Path path = dir.resolve((Path) event.context()).normalize();
      if (!inRoots(path) && !stylesheet.map(path::equals).orElse(false)) {
        continue;
      }
      changed.add(path);
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
        try {
          registerTree(path); // files already in it are read by the update, which rescans it
        } catch (IOException e) {
          onProblem.accept("cannot watch " + path + ": " + e.getMessage());
        }
      }
    }
    if (!key.reset()) {
      dirs.remove(key); // the directory is gone
    }
  }

  private boolean inRoots(Path path) {
    for (Path root : roots) {
      if (path.startsWith(root)) {
        return true;
      }
    }
    return false;
  }

  /** Stops watching and waits for the thread to end. */
  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // nothing to do
    }
    thread.interrupt();
    try {
      thread.join(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
