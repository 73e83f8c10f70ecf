package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caresheet serve} as a real process from the shaded jar: it prints its address, serves the
 * examples, and SIGTERM (what Ctrl-C's SIGINT also triggers: the shutdown hook) ends it promptly,
 * leaving no file behind.
 */
class ServeIT {

  @TempDir Path dir;

  @Test
  void printsItsUrlServesAndStopsOnSigterm() throws Exception {
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            JarIT.JAR.toString(),
            "serve",
            "../examples/content",
            "--port",
            "0");
    builder.environment().put("NO_COLOR", "1");
    builder.redirectError(err.toFile());
    long filesBefore = countFiles(Path.of("../examples/content"));
    Process process = builder.start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).startsWith("Preview at http://127.0.0.1:").endsWith("/ (Ctrl-C stops it)");
      Matcher m = Pattern.compile("(http://\\S+)").matcher(line);
      assertThat(m.find()).isTrue();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create(m.group(1) + "leg-cramps.html"))
                  .timeout(Duration.ofSeconds(20))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<h1>Leg cramps</h1>").contains("/_caresheet/reload.js");
      assertThat(Files.readString(err)).contains("4 documents, 0 errors, 0 warnings");

      long start = System.nanoTime();
      process.destroy(); // SIGTERM
      boolean ended = process.waitFor(5, TimeUnit.SECONDS);
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertThat(ended).as("ended within 5 s of SIGTERM").isTrue();
      System.out.println("ServeIT: caresheet serve ended " + ms + " ms after SIGTERM");
      assertThat(process.exitValue()).isEqualTo(143);
      String stderr = Files.readString(err);
      assertThat(stderr).endsWith("caresheet: stopped\n").doesNotContain("\tat ", "Exception");
      assertThat(countFiles(Path.of("../examples/content"))).isEqualTo(filesBefore);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void usageErrors() throws Exception {
    assertThat(JarIT.java("serve", "../examples/content/leg-cramps.json").err())
        .contains("not a directory");
    assertThat(JarIT.java("serve", dir.resolve("missing").toString()).exitCode()).isEqualTo(2);
    JarIT.Result r = JarIT.java("serve", "../examples/content", "--port", "70000");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--port").doesNotContain("\tat ");
  }

  private static long countFiles(Path dir) throws java.io.IOException {
    try (var s = Files.list(dir)) {
      return s.count();
    }
  }
}
