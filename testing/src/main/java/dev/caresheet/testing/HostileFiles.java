package dev.caresheet.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Large hostile files for the hostile-input tests of every module, written by streaming. */
public final class HostileFiles {
  private HostileFiles() {}

  /**
   * Writes a valid condition document of just over 50 MB — thousands of long alternate names — to
   * {@code file}, without holding it in memory. Nothing like it is committed: the test makes it.
   *
   * @param file where to write it
   * @return {@code file}
   * @throws IOException if it cannot be written
   */
  public static Path fiftyMegabytesOfJson(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "{\n  \"id\": \"leg-cramps\",\n  \"language\": \"en\",\n  \"name\": \"Leg cramps\",\n"
              + "  \"alternateNames\": [\n");
      String name = "x".repeat(990);
      for (int i = 0; i < 52_000; i++) {
        w.write("    \"" + i + name + "\",\n");
      }
      w.write("    \"last\"\n  ]\n}\n");
    }
    if (Files.size(file) <= 50_000_000L) {
      throw new AssertionError("the file is too small: " + Files.size(file));
    }
    return file;
  }
}
