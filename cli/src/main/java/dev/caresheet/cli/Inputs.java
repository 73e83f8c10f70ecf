package dev.caresheet.cli;

import dev.caresheet.codec.Format;
import dev.caresheet.lint.LintConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the PATH arguments of a command into the content files to work on: files as given, and
 * every {@code .json}, {@code .yaml} and {@code .yml} file under a directory, recursively,
 * following symbolic links but never round a loop; a directory's {@code caresheet.yaml} is the lint
 * configuration ({@link LintConfig#FILE_NAME}), not content. Sorted and without duplicates, so
 * output is the same however the file system orders directories.
 */
final class Inputs {
  private Inputs() {}

  /**
   * The content files the paths name, sorted; what was skipped (a symlink loop, a file that
   * vanished) is noted on {@code err}, and the run goes on.
   */
  static List<Path> expand(List<Path> paths, PrintWriter err) {
    Map<Path, Path> files = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new UsageException("no such file or directory: " + path);
      }
      if (Files.isDirectory(path)) {
        walk(path, files, notes);
      } else {
        if (Format.of(path).isEmpty()) {
          throw new UsageException("not a .json, .yaml or .yml file: " + path);
        }
        if (!Files.isRegularFile(path)) {
          // A named pipe or a device: reading it could block for ever or never end.
          throw new UsageException("not a regular file: " + path);
        }
        files.putIfAbsent(key(path), path);
      }
    }
    List<Path> sorted = new ArrayList<>(files.values());
    sorted.sort(null);
    notes.forEach(note -> err.println("caresheet: note: " + note));
    return List.copyOf(sorted);
  }

  private static void walk(Path dir, Map<Path, Path> files, List<String> notes) {
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()
                  && Format.of(file).isPresent()
                  && !file.getFileName().toString().equals(LintConfig.FILE_NAME)) {
                files.putIfAbsent(key(file), file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              if (e instanceof FileSystemLoopException) {
                notes.add("skipped " + file + ": a symbolic link loop");
                return FileVisitResult.CONTINUE;
              }
              if (e instanceof NoSuchFileException) {
                notes.add("skipped " + file + ": it disappeared, or is a broken symbolic link");
                return FileVisitResult.CONTINUE;
              }
              throw e;
            }
          });
    } catch (AccessDeniedException e) {
      throw new UsageException("permission denied: " + e.getFile(), e);
    } catch (IOException e) {
      throw new UsageException("cannot read directory " + dir + ": " + Failures.describe(e), e);
    }
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
