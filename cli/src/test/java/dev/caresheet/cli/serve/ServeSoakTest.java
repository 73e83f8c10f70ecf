package dev.caresheet.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded soak: 10,000 requests from 50 clients while documents change, are broken and fixed, and
 * one is deleted and written again. Only the intended 404s (the deleted page) are errors; the
 * server's threads stay the same and its heap does not grow; then it stops, leaving no thread.
 */
class ServeSoakTest {

  static final int CLIENTS = 50;
  static final int REQUESTS = 10_000;

  @TempDir Path dir;

  @Test
  void tenThousandRequestsFromFiftyClientsWhileFilesChange() throws Exception {
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> soak());
  }

  private void soak() throws Exception {
    Served served = new Served(dir);
    Path flip = served.content.resolve("flip.json");
    String flipText =
        Files.readString(served.content.resolve("migraine.json"))
            .replace("\"id\": \"migraine\"", "\"id\": \"flip\"");
    Files.writeString(flip, flipText);
    Path migraine = served.content.resolve("migraine.json");
    String migraineText = Files.readString(migraine);
    Path anorexia = served.content.resolve("anorexia-nervosa.json");
    String anorexiaText = Files.readString(anorexia);
    waitFor(() -> served.get("/flip.html").status() == 200);

    List<String> pages =
        List.of(
            "/",
            "/style.css",
            "/leg-cramps.html",
            "/migraine.html",
            "/anorexia-nervosa.html",
            "/flip.html",
            "/index.html",
            "/_caresheet/reload.js");
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(clients)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    AtomicInteger sent = new AtomicInteger();
    Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger changes = new AtomicInteger();
    Thread editor =
        new Thread(
            () -> {
              int i = 0;
              try {
                while (!done.get()) {
                  i++;
                  write(
                      migraine,
                      migraineText.replace(
                          "\"name\": \"Migraine\"", "\"name\": \"Migraine " + i + "\""));
                  if (i % 3 == 0) {
                    write(
                        anorexia,
                        i % 2 == 0
                            ? anorexiaText
                            : anorexiaText.replace("\"language\": \"en\"", "\"language\": 7"));
                  }
                  if (i % 4 == 0) {
                    Files.deleteIfExists(flip);
                  } else if (i % 4 == 2) {
                    write(flip, flipText);
                  }
                  changes.incrementAndGet();
                  Thread.sleep(40);
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            },
            "soak-editor");

    Runnable client =
        () -> {
          try {
            int n;
            while ((n = sent.getAndIncrement()) < REQUESTS) {
              String page = pages.get(n % pages.size());
              HttpResponse<byte[]> r =
                  http.send(
                      HttpRequest.newBuilder(URI.create("http://" + served.host() + page))
                          .timeout(Duration.ofSeconds(20))
                          .build(),
                      HttpResponse.BodyHandlers.ofByteArray());
              String key = r.statusCode() == 200 ? "200" : page + " " + r.statusCode();
              statuses.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            }
          } catch (Exception e) {
            statuses.computeIfAbsent("exception " + e, k -> new AtomicInteger()).incrementAndGet();
          }
        };
    // Warm up, then measure the server's threads and heap.
    for (int i = 0; i < 200; i++) {
      http.send(
          HttpRequest.newBuilder(
                  URI.create("http://" + served.host() + pages.get(i % pages.size())))
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }
    long threadsBefore = serverThreads();
    long heapBefore = usedHeapAfterGc();

    editor.start();
    ExecutorService runners = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new java.util.ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      running.add(runners.submit(client));
    }
    for (Future<?> f : running) {
      f.get();
    }
    done.set(true);
    editor.join();
    runners.shutdown();

    long threadsAfter = serverThreads();
    long heapAfter = usedHeapAfterGc();
    int total = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
    assertThat(total).isEqualTo(REQUESTS);
    assertThat(statuses.keySet())
        .as("answers other than 200 or the deleted page's 404: %s", statuses)
        .isSubsetOf("200", "/flip.html 404");
    assertThat(changes.get()).as("changes made during the soak").isGreaterThan(5);
    assertThat(threadsAfter).as("server threads").isEqualTo(threadsBefore);
    assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(32L << 20);

    served.close();
    clients.shutdownNow();
    waitFor(() -> serverThreads() == 0);
    assertThat(serverThreads()).as("threads left after close").isZero();
  }

  private static void write(Path file, String text) throws java.io.IOException {
    // As editors do: a temporary file, then a rename over the document.
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(tmp, text);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static long serverThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(
            t ->
                t.isAlive()
                    && (t.getName().startsWith("caresheet-")
                        || t.getName().startsWith("HTTP-Dispatcher")))
        .count();
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  interface Check {
    boolean ok() throws Exception;
  }

  static void waitFor(Check check) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!check.ok() && System.nanoTime() < end) {
      Thread.sleep(20);
    }
  }
}
