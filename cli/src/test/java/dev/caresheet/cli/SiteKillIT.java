package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import dev.caresheet.testing.Generators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No half-written page: {@code caresheet site} (the shaded jar, as a real process) rebuilding a
 * site of a few hundred pages, every one of which changes (another {@code --base-url}), is killed
 * with {@code destroyForcibly} (SIGKILL) at random moments. After every kill each page holds its
 * old bytes or its new, never a part; the next complete run leaves no temporary file behind.
 */
class SiteKillIT {

  private static final int FILES = 200;
  private static final int ROUNDS = 3;

  @TempDir Path dir;

  @Test
  void killedBuildsLeaveEveryPageOldOrNewAndTheNextBuildLeavesNoTemporaryFile() throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src);
    ConditionCodec codec = ConditionCodec.defaults();
    Set<String> ids = new HashSet<>();
    for (Condition c : Generators.sample(Generators.conditions(Set.of()), FILES, 11)) {
      if (ids.add(c.id())) {
        Files.writeString(src.resolve(c.id() + ".json"), codec.write(c, Format.JSON));
      }
    }
    Path out = dir.resolve("out");
    Path fresh = dir.resolve("fresh");
    run(site(src, out, "https://old.example/"));
    run(site(src, fresh, "https://new.example/"));
    Map<String, byte[]> old = snapshot(out);
    Map<String, byte[]> now = snapshot(fresh);
    assertThat(old.keySet()).isEqualTo(now.keySet());

    long start = System.nanoTime();
    run(site(src, out, "https://new.example/"));
    long fullMillis = (System.nanoTime() - start) / 1_000_000;
    assertEveryFileIsOldOrNew(out, old, now);

    Random random = new Random(42);
    int temporaryFilesLeft = 0;
    for (int round = 0; round < ROUNDS; round++) {
      restore(out, old);
      Process p = site(src, out, "https://new.example/");
      Thread.sleep((long) (fullMillis * (0.2 + 0.75 * random.nextDouble())));
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertEveryFileIsOldOrNew(out, old, now);
      temporaryFilesLeft += temporaryFiles(out).size();
    }
    Files.writeString(out.resolve(".index.html.caresheet-4242.tmp"), "<p>part");
    run(site(src, out, "https://new.example/"));
    assertThat(temporaryFiles(out))
        .as("temporary files after a complete run (%d left by kills)", temporaryFilesLeft)
        .isEmpty();
    Map<String, byte[]> last = snapshot(out);
    for (Map.Entry<String, byte[]> e : now.entrySet()) {
      assertThat(last.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  private static void run(Process p) throws InterruptedException {
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  private static Process site(Path src, Path out, String baseUrl) throws IOException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            JarIT.JAR.toString(),
            "site",
            src.toString(),
            "--out",
            out.toString(),
            "--base-url",
            baseUrl);
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        if (!AtomicFiles.isTemporary(p.getFileName().toString())) {
          files.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  private static void restore(Path root, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Files.write(root.resolve(e.getKey()), e.getValue());
    }
  }

  private static void assertEveryFileIsOldOrNew(
      Path root, Map<String, byte[]> old, Map<String, byte[]> now) throws IOException {
    for (String name : old.keySet()) {
      byte[] bytes = Files.readAllBytes(root.resolve(name));
      assertThat(Arrays.equals(bytes, old.get(name)) || Arrays.equals(bytes, now.get(name)))
          .as("%s is neither its old nor its new content", name)
          .isTrue();
    }
  }

  private static List<Path> temporaryFiles(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> AtomicFiles.isTemporary(p.getFileName().toString())).toList();
    }
  }
}
