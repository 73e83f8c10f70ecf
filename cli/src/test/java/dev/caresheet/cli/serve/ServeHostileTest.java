package dev.caresheet.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests on raw sockets: traversal and encoding tricks, foreign Host headers, oversized
 * and slow requests, many connections. Each is answered or refused within bounds, and the server
 * keeps serving (docs/SECURITY.md). The JDK server's time bounds are shortened for the tests
 * (cli/pom.xml): a request must arrive within 1 s, an idle connection lasts 1 s.
 */
class ServeHostileTest {

  @TempDir static Path dir;
  static Served served;
  static Path outside;

  @BeforeAll
  static void start() throws IOException {
    outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.png"), "SECRET outside the content");
    Files.writeString(outside.resolve("secret.txt"), "SECRET outside the content");
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("images"));
    Files.write(content.resolve("images/pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.createSymbolicLink(content.resolve("link-out.png"), outside.resolve("secret.png"));
    Files.createSymbolicLink(content.resolve("dir-out"), outside);
    served = new Served(dir);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  static void stillServes() throws IOException {
    Served.Answer index = served.get("/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains("<h1>Conditions A").contains("/_caresheet/reload.js");
  }

  @Test
  void traversalAndEncodingTricksAreRefused() throws IOException {
    List<String> targets =
        List.of(
            "/../../../../etc/passwd",
            "/..",
            "/.",
            "/./index.html",
            "/a/../index.html",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
            "/..%2f..%2fetc%2fpasswd",
            "/%252e%252e%252fetc%252fpasswd",
            "/%25",
            "/%",
            "/%zz",
            "/%2",
            "/..%5c..%5cetc%5cpasswd",
            "/%5cetc%5cpasswd",
            "/index.html%00",
            "/%00",
            "/leg-cramps.html%00.png",
            "/%0d%0aSet-Cookie:x=1",
            "/%c0%ae%c0%ae/etc/passwd",
            "/%c0%af",
            "/%e0%80%ae%e0%80%ae/",
            "/%ed%a0%80",
            "/%ff",
            "//etc/passwd",
            "/images/",
            "/images",
            "/images//pic.png",
            "/dir-out/secret.png",
            "/dir-out/secret.txt",
            "/dir-out/",
            "/link-out.png",
            "/leg-cramps.json",
            "/content/leg-cramps.json",
            "/.git/config",
            "/_caresheet/",
            "/_caresheet/../index.html",
            "/" + "a".repeat(3000),
            "/" + "%2e".repeat(400));
    for (String target : targets) {
      Served.Answer a = served.get(target);
      assertThat(a.status()).as(target).isIn(0, 400, 404, 414);
      assertThat(a.body()).as(target).doesNotContain("SECRET").doesNotContain("\"id\":");
      assertThat(a.head()).as(target).doesNotContainIgnoringCase("set-cookie");
    }
    // Raw bytes the URI parser refuses: backslashes, spaces, controls, non-ASCII.
    for (String target :
        List.of("/..\\..\\etc\\passwd", "/\\etc\\passwd", "/a b", "/\u00e9", "/\u0001")) {
      Served.Answer a =
          served.raw(
              ("GET "
                      + target
                      + " HTTP/1.1\r\nHost: "
                      + served.host()
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8));
      assertThat(a.status()).as(target).isIn(0, 400, 404);
      assertThat(a.body()).as(target).doesNotContain("SECRET");
    }
    assertThat(
            served
                .raw(
                    "GET http://evil.example/index.html HTTP/1.1\r\nHost: "
                        + served.host()
                        + "\r\nConnection: close\r\n\r\n")
                .status())
        .isEqualTo(400);
    stillServes();
  }

  @Test
  void theSiteAndTheContentsOwnImagesAreServedAndNothingElse() throws IOException {
    assertThat(served.get("/leg-cramps.html").status()).isEqualTo(200);
    assertThat(served.get("/style.css").status()).isEqualTo(200);
    Served.Answer image = served.get("/images/pic.png");
    assertThat(image.status()).isEqualTo(200);
    assertThat(image.head()).containsIgnoringCase("content-type: image/png");
    assertThat(served.get("/images/pic.png?x=1").status()).isEqualTo(200);
    assertThat(served.get("/nope.html").status()).isEqualTo(404);
    assertThat(served.get("/nope.html").body()).doesNotContain("nope");
  }

  @Test
  void aForeignHostHeaderIsRefused() throws IOException {
    for (String host :
        List.of(
            "evil.example",
            "evil.example:" + served.port,
            "127.0.0.1:1",
            "127.0.0.1",
            "localhost.evil.example:" + served.port,
            "127.0.0.1.evil.example:" + served.port,
            "",
            "[::2]:" + served.port,
            "192.168.0.1:" + served.port)) {
      Served.Answer a =
          served.raw("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
      assertThat(a.status()).as(host).isIn(0, 400, 403);
      assertThat(a.body()).as(host).doesNotContain("<h1>");
    }
    assertThat(
            served
                .raw(
                    "GET / HTTP/1.1\r\nHost: "
                        + served.host()
                        + "\r\nHost: evil.example\r\n"
                        + "Connection: close\r\n\r\n")
                .status())
        .isIn(0, 400, 403);
    assertThat(served.raw("GET / HTTP/1.0\r\n\r\n").status()).isIn(0, 400, 403);
    for (String host :
        List.of(served.host(), "localhost:" + served.port, "LOCALHOST:" + served.port)) {
      assertThat(
              served
                  .raw("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .status())
          .as(host)
          .isEqualTo(200);
    }
  }

  @Test
  void noCrossOriginHeadersAndNoOtherMethods() throws IOException {
    Served.Answer a =
        served.raw(
            "GET /leg-cramps.html HTTP/1.1\r\nHost: "
                + served.host()
                + "\r\nOrigin: http://evil.example\r\nConnection: close\r\n\r\n");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.hasHeader("Access-Control-Allow-Origin")).isFalse();
    assertThat(a.hasHeader("X-Content-Type-Options")).isTrue();
    assertThat(a.hasHeader("Content-Security-Policy")).isTrue();
    for (String method : List.of("OPTIONS", "POST", "PUT", "DELETE", "TRACE", "PROPFIND")) {
      Served.Answer m =
          served.raw(
              method
                  + " / HTTP/1.1\r\nHost: "
                  + served.host()
                  + "\r\nOrigin: http://evil.example"
                  + "\r\nAccess-Control-Request-Method: GET\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      assertThat(m.status()).as(method).isEqualTo(405);
      assertThat(m.hasHeader("Access-Control-Allow-Origin")).isFalse();
    }
    assertThat(served.get("/_caresheet/events?path=%2F&v=%3Cscript%3E").status()).isEqualTo(400);
  }

  @Test
  void oversizedRequestsAreRefusedWithinBounds() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          StringBuilder many =
              new StringBuilder("GET / HTTP/1.1\r\nHost: " + served.host() + "\r\n");
          for (int i = 0; i < 500; i++) {
            many.append("X-").append(i).append(": v\r\n");
          }
          assertThat(served.raw(many + "Connection: close\r\n\r\n").status()).isIn(0, 400, 431);
          assertThat(
                  served
                      .raw(
                          "GET / HTTP/1.1\r\nHost: "
                              + served.host()
                              + "\r\nX-Big: "
                              + "v".repeat(100_000)
                              + "\r\nConnection: close\r\n\r\n")
                      .status())
              .isIn(0, 400, 431);
          assertThat(
                  served
                      .raw(
                          "GET /"
                              + "a".repeat(1_000_000)
                              + " HTTP/1.1\r\nHost: "
                              + served.host()
                              + "\r\nConnection: close\r\n\r\n")
                      .status())
              .isIn(0, 400, 414);
          assertThat(
                  served
                      .raw(
                          "POST / HTTP/1.1\r\nHost: "
                              + served.host()
                              + "\r\nContent-Length: 10000000\r\n"
                              + "Connection: close\r\n\r\n"
                              + "x".repeat(100_000))
                      .status())
              .isIn(0, 405, 413);
          assertThat(
                  served
                      .raw(
                          "GET / HTTP/1.1\r\nHost: "
                              + served.host()
                              + "\r\nTransfer-Encoding: chunked\r\n"
                              + "Connection: close\r\n\r\nffffffffff\r\n"
                              + "x".repeat(100_000))
                      .status())
              .isIn(0, 200, 400, 413);
          stillServes();
        });
  }

  @Test
  void slowAndIdleClientsAreCutOffAndOthersAreServedMeanwhile() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          List<Socket> slow = new ArrayList<>();
          try {
            for (int i = 0; i < 8; i++) {
              Socket s = new Socket("127.0.0.1", served.port);
              s.setSoTimeout(10_000);
              if (i % 2 == 0) {
                s.getOutputStream()
                    .write(
                        ("GET / HTTP/1.1\r\nHost: " + served.host() + "\r\nX-Slow: ")
                            .getBytes(
                                StandardCharsets.US_ASCII)); // and never the end of the headers
              }
              slow.add(s); // the odd ones send nothing at all
            }
            long start = System.nanoTime();
            stillServes();
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isLessThan(Duration.ofSeconds(5));
            for (Socket s : slow) {
              assertThat(closedWithin(s, Duration.ofSeconds(8))).isTrue();
            }
            // A trickle: one byte every 300 ms never makes a request in time.
            try (Socket s = new Socket("127.0.0.1", served.port)) {
              s.setSoTimeout(200);
              OutputStream out = s.getOutputStream();
              boolean cut = false;
              byte[] request =
                  ("GET / HTTP/1.1\r\nHost: "
                          + served.host()
                          + "\r\nX-Slow: "
                          + "a".repeat(40)
                          + "\r\n\r\n")
                      .getBytes(StandardCharsets.US_ASCII);
              for (byte b : request) {
                try {
                  out.write(b);
                  out.flush();
                  if (s.getInputStream().read() == -1) {
                    cut = true;
                    break;
                  }
                } catch (SocketTimeoutException e) {
                  Thread.sleep(100);
                } catch (SocketException e) {
                  cut = true;
                  break;
                }
              }
              assertThat(cut).as("a trickling client is cut off").isTrue();
            }
          } finally {
            for (Socket s : slow) {
              s.close();
            }
          }
          stillServes();
        });
  }

  @Test
  void twoHundredConcurrentConnectionsAreEachAnsweredOrRefused() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          ExecutorService pool = Executors.newFixedThreadPool(200);
          try {
            List<Future<Served.Answer>> answers = new ArrayList<>();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 200; i++) {
              String page = i % 3 == 0 ? "/" : i % 3 == 1 ? "/leg-cramps.html" : "/style.css";
              answers.add(
                  pool.submit(
                      () -> {
                        go.await();
                        return served.get(page);
                      }));
            }
            go.countDown();
            int ok = 0;
            for (Future<Served.Answer> f : answers) {
              int status = f.get().status();
              assertThat(status).isIn(0, 200);
              ok += status == 200 ? 1 : 0;
            }
            assertThat(ok).isGreaterThan(0);
          } finally {
            pool.shutdownNow();
          }
          stillServes();
        });
  }

  @Test
  void eventStreamsAreBounded() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          String token = served.server.url() == null ? "" : tokenOfIndex();
          List<Socket> streams = new ArrayList<>();
          try {
            for (int i = 0; i < PreviewServer.MAX_STREAMS; i++) {
              Socket s = new Socket("127.0.0.1", served.port);
              s.setSoTimeout(10_000);
              s.getOutputStream()
                  .write(
                      ("GET /_caresheet/events?path=%2F&v="
                              + token
                              + " HTTP/1.1\r\nHost: "
                              + served.host()
                              + "\r\n\r\n")
                          .getBytes(StandardCharsets.US_ASCII));
              assertThat(new String(s.getInputStream().readNBytes(15), StandardCharsets.US_ASCII))
                  .isEqualTo("HTTP/1.1 200 OK");
              streams.add(s);
            }
            Served.Answer more = served.get("/_caresheet/events?path=%2F&v=" + token);
            assertThat(more.status()).isEqualTo(503);
            stillServes();
          } finally {
            for (Socket s : streams) {
              s.close();
            }
          }
        });
  }

  private static String tokenOfIndex() throws IOException {
    String body = served.get("/").body();
    int at = body.indexOf("data-version=\"") + "data-version=\"".length();
    return body.substring(at, body.indexOf('"', at));
  }

  /** Whether the server closes the socket within the time (reading whatever it sends first). */
  private static boolean closedWithin(Socket s, Duration time) throws IOException {
    long end = System.nanoTime() + time.toNanos();
    InputStream in = s.getInputStream();
    s.setSoTimeout(250);
    while (System.nanoTime() < end) {
      try {
        if (in.read() == -1) {
          return true;
        }
      } catch (SocketTimeoutException e) {
        // not yet
      } catch (SocketException e) {
        return true;
      }
    }
    return false;
  }
}
