package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caresheet site --watch}: a saved change is rebuilt from the cache, in the same process.
 */
class SiteWatchTest {

  @TempDir Path dir;

  private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  @Test
  void rebuildsWhatChangedUntilInterrupted() throws Exception {
    Path content = ExampleSite.copyTo(dir.resolve("content"));
    Path site = content.resolve("site"); // inside the content: its own writes must not loop
    StringWriter err = new StringWriter();
    AtomicInteger code = new AtomicInteger(-1);
    Thread run =
        new Thread(
            () ->
                code.set(
                    Main.run(
                        new String[] {
                          "site",
                          content.toString(),
                          "--out",
                          site.toString(),
                          "--cache",
                          dir.resolve("cache").toString(),
                          "--watch"
                        },
                        new PrintWriter(new StringWriter(), true),
                        new PrintWriter(err, true),
                        Terminal.PLAIN)));
    run.start();
    try {
      await(() -> err.toString().contains("watching"), "the first build");
      assertThat(err.toString()).contains("files written");

      Path migraine = content.resolve("migraine.json");
      Path temp = content.resolve(".migraine.json.tmp");
      Files.writeString(
          temp,
          Files.readString(migraine)
              .replace("\"name\": \"Migraine\"", "\"name\": \"Migraine headache\""));
      Files.move(temp, migraine, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      await(() -> err.toString().contains("rebuilt in"), "the rebuild");
      assertThat(Files.readString(site.resolve("migraine.html"))).contains("Migraine headache");
      assertThat(err.toString()).contains(site + ": 3 files written, 4 unchanged");

      // A broken save is reported, the site is kept, and the watch goes on.
      String before = Files.readString(site.resolve("migraine.html"));
      Files.writeString(migraine, "{ not json");
      await(() -> count(err.toString(), "rebuilt in") == 2, "the second rebuild");
      assertThat(err.toString()).contains("migraine.json:1:").contains("site not written");
      assertThat(Files.readString(site.resolve("migraine.html"))).isEqualTo(before);
      // Nothing but the site's own writes since: no rebuild loop.
      Thread.sleep(500);
      assertThat(count(err.toString(), "rebuilt in")).isEqualTo(2);
    } finally {
      run.interrupt();
      run.join(10_000);
    }
    assertThat(run.isAlive()).isFalse();
    assertThat(code.get()).isZero();
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void watchNeedsTheCache() throws IOException {
    Cli.Run run =
        Cli.run(
            "site",
            "../examples/content",
            "--out",
            dir.resolve("s").toString(),
            "--watch",
            "--no-cache");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--no-cache");
  }
}
