package dev.caresheet.cli;

import dev.caresheet.schema.Report;
import dev.caresheet.schema.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Validates a set of files on several threads with one shared validator, then as a set. The result
 * does not depend on the number of threads: reports are combined in file order and the problems
 * come out sorted.
 */
final class Validation {
  private Validation() {}

  /** Past this many files, a progress line goes to a terminal's stderr. */
  static final int PROGRESS_THRESHOLD = 300;

  static final Validator VALIDATOR = Validator.create();

  /** Validates the files, keeping the valid documents in the report, for commands that use them. */
  static Report validate(List<Path> files, int threads, Terminal terminal, PrintWriter err) {
    return validate(files, threads, terminal, err, true);
  }

  /**
   * Validates the files, keeping only the problems and what the rules across files need (ids,
   * related ids and where they are): for {@code caresheet validate}, which uses no document, so
   * that any number of files checks in a small heap.
   */
  static Report check(List<Path> files, int threads, Terminal terminal, PrintWriter err) {
    return validate(files, threads, terminal, err, false);
  }

  private static Report validate(
      List<Path> files, int threads, Terminal terminal, PrintWriter err, boolean keepDocuments) {
    return VALIDATOR.crossCheck(
        each(files, threads, terminal, err, "validated", file -> validate(file, keepDocuments)));
  }

  /**
   * Does {@code work} on every file, on up to {@code threads} threads, and returns the results in
   * file order; past {@link #PROGRESS_THRESHOLD} files a terminal's stderr shows "{@code verb}
   * n/total".
   */
  static <T> List<T> each(
      List<Path> files,
      int threads,
      Terminal terminal,
      PrintWriter err,
      String verb,
      Function<Path, T> work) {
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1");
    }
    boolean progress = terminal.interactive && files.size() > PROGRESS_THRESHOLD;
    AtomicInteger done = new AtomicInteger();
    List<T> results = new ArrayList<>(files.size());
    if (threads == 1 || files.size() < 2) {
      for (Path file : files) {
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
      for (Path file : files) {
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

  private static Report validate(Path file, boolean keepDocuments) {
    Report report = VALIDATOR.validate(file);
    return keepDocuments ? report : report.withoutConditions();
  }
}
