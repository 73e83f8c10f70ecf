package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import dev.caresheet.testing.Generators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No data lost: {@code caresheet fmt --write} (the shaded jar, as a real process) rewriting
 * hundreds of non-canonical files is killed with {@code destroyForcibly} (SIGKILL) at random
 * moments, round after round. After every kill each file holds exactly its old content or its new
 * content, never a part; the next complete run leaves no temporary file behind, not even one beside
 * a file that it does not need to rewrite.
 */
class FmtKillIT {

  private static final int FILES = 200;
  private static final int ROUNDS = 6;

  @TempDir Path dir;

  @Test
  void killedRunsLeaveEveryFileOldOrNewAndTheNextRunLeavesNoTemporaryFile() throws Exception {
    ConditionCodec codec = ConditionCodec.defaults();
    Map<Path, String> old = new LinkedHashMap<>();
    Map<Path, String> canonical = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    int i = 0;
    for (Condition c : Generators.sample(Generators.conditions(Set.of()), FILES, 7)) {
      i++;
      String id = ids.add(c.id()) ? c.id() : c.id() + "-" + i;
      ids.add(id);
      Format format = i % 3 == 0 ? Format.YAML : Format.JSON;
      Path sub = dir.resolve("d" + (i % 5));
      Files.createDirectories(sub);
      Path file = sub.resolve(id + "." + format.extensions().get(0));
      String written = codec.write(c, format);
      // Not canonical, and the same document: JSON indented by four, YAML with blank lines at the
      // end.
      String messy =
          format == Format.JSON ? written.replace("\n  ", "\n    ") + "\n" : written + "\n\n\n";
      old.put(file, messy);
      canonical.put(file, codec.reformat(messy, format, file.toString()));
      assertThat(canonical.get(file)).isNotEqualTo(messy);
    }

    // One complete run, timed, so that the kills fall inside a run.
    restore(old);
    long start = System.nanoTime();
    Process full = fmt();
    assertThat(full.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(full.exitValue()).isZero();
    long fullMillis = (System.nanoTime() - start) / 1_000_000;
    assertEveryFileIsOldOrNew(old, canonical);
    assertThat(changed(old)).isEqualTo(FILES);

    Random random = new Random(42);
    int partialRounds = 0;
    int temporaryFilesLeft = 0;
    for (int round = 0; round < ROUNDS; round++) {
      restore(old);
      Process p = fmt();
      Thread.sleep((long) (fullMillis * (0.3 + 0.65 * random.nextDouble())));
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertEveryFileIsOldOrNew(old, canonical);
      int changed = changed(old);
      if (changed > 0 && changed < FILES) {
        partialRounds++;
      }
      temporaryFilesLeft += temporaryFiles().size();
    }
    assertThat(partialRounds).as("rounds killed in the middle of rewriting").isPositive();

    // A temporary file as a kill leaves it, beside a file that the next run does not rewrite.
    Path quiet = old.keySet().iterator().next();
    Files.writeString(
        quiet.resolveSibling("." + quiet.getFileName() + ".caresheet-4242.tmp"), "{\"partial");
    // Every file canonical already except one: the next run rewrites one file, yet sweeps them all.
    for (Map.Entry<Path, String> e : canonical.entrySet()) {
      Files.writeString(e.getKey(), e.getValue());
    }
    Path last = new ArrayList<>(old.keySet()).get(FILES - 1);
    Files.writeString(last, old.get(last));
    assertThat(temporaryFiles())
        .as("temporary files before the last run (%d left by kills)", temporaryFilesLeft)
        .isNotEmpty();
    Process next = fmt();
    assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(next.exitValue()).isZero();
    assertThat(temporaryFiles()).as("temporary files after a complete run").isEmpty();
    for (Map.Entry<Path, String> e : canonical.entrySet()) {
      assertThat(Files.readString(e.getKey())).as(e.getKey().toString()).isEqualTo(e.getValue());
    }
  }

  private Process fmt() throws IOException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            JarIT.JAR.toString(),
            "fmt",
            "--write",
            dir.toString());
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void restore(Map<Path, String> contents) throws IOException {
    for (Map.Entry<Path, String> e : contents.entrySet()) {
      Files.writeString(e.getKey(), e.getValue());
    }
  }

  private static void assertEveryFileIsOldOrNew(Map<Path, String> old, Map<Path, String> canonical)
      throws IOException {
    for (Path file : old.keySet()) {
      String now = Files.readString(file);
      assertThat(now.equals(old.get(file)) || now.equals(canonical.get(file)))
          .as("%s is neither its old nor its new content:%n%s", file, now)
          .isTrue();
    }
  }

  private static int changed(Map<Path, String> old) throws IOException {
    int n = 0;
    for (Path file : old.keySet()) {
      if (!Files.readString(file).equals(old.get(file))) {
        n++;
      }
    }
    return n;
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> AtomicFiles.isTemporary(p.getFileName().toString())).toList();
    }
  }
}
