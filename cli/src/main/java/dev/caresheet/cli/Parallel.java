package dev.caresheet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work on many files at once, for the commands: validating, rendering, checking the cache. A class
 * of its own, so that a command that only renders or checks does not load the validator.
 */
final class Parallel {
  private Parallel() {}

  /** Past this many files, a progress line goes to a terminal's stderr. */
  static final int PROGRESS_THRESHOLD = 300;

  /**
   * Does {@code work} on every file (or other item), on up to {@code threads} threads, and returns
   * the results in their order; past {@link #PROGRESS_THRESHOLD} files a terminal's stderr shows
   * "{@code verb} n/total".
   */
  static <S, T> List<T> each(
      List<S> files,
      int threads,
      Terminal terminal,
      PrintWriter err,
      String verb,
      Function<S, T> work) {
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1");
    }
    boolean progress = terminal.interactive && files.size() > PROGRESS_THRESHOLD;
    AtomicInteger done = new AtomicInteger();
    List<T> results = new ArrayList<>(files.size());
    if (threads == 1 || files.size() < 2) {
      for (S file : files) {
        results.add(work.apply(file));
      }
      return results;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, files.size()),
            r -> {
              Thread t = new Thread(r, "caresheet-" + verb);
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<T>> futures = new ArrayList<>(files.size());
      for (S file : files) {
        futures.add(
            pool.submit(
                () -> {
                  T result = work.apply(file);
                  int n = done.incrementAndGet();
                  if (progress && n % 100 == 0) {
                    synchronized (err) {
                      err.print("\r" + verb + " " + n + "/" + files.size());
                      err.flush();
                    }
                  }
                  return result;
                }));
      }
      for (Future<T> future : futures) {
        results.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
    if (progress) {
      err.print("\r\u001B[K");
      err.flush();
    }
    return results;
  }
}
