package dev.caresheet.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import dev.caresheet.codec.Format;
import dev.caresheet.testing.HostileFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files through the validator, beyond {@link HostileInputTest}: huge and deep input in a
 * JVM of 256 MB (tagged {@code small-heap}, see the parent POM), files that are not files, and
 * documents that point at remote or local schemas — which are never fetched, never opened.
 */
@Tag("small-heap")
class HostileFilesTest {

  private static final String HEAD = "{\"id\": \"leg-cramps\", \"language\": \"en\", \"name\": ";

  private final Validator validator = Validator.create();

  @TempDir Path dir;

  private HttpServer server;
  private final List<String> hits = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startRecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          hits.add(exchange.getRequestURI().toString());
          byte[] body = "{\"type\": \"object\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  /**
   * The bound is "never more than a second"; a shared CI machine can pause a JVM for that
   * long, so the test allows five. What it catches is a hang or a blow-up, which takes minutes.
   */
  private static <T> T quickly(ThrowingSupplier<T> work) {
    // A guard against hangs, not a speed test: generous, so that a loaded machine never trips it.
    return assertTimeoutPreemptively(Duration.ofSeconds(30), work);
  }

  private static Problem only(Report report, String code) {
    assertThat(report.problems()).as(report.toText()).hasSize(1);
    Problem p = report.problems().get(0);
    assertThat(p.code()).as(p.toText()).isEqualTo(code);
    return p;
  }

  @Test
  void fiftyMegabytesOfValidJsonAreRefusedBeforeTheyAreRead() throws IOException {
    Path file = HostileFiles.fiftyMegabytesOfJson(dir.resolve("huge.json"));
    Problem p = only(quickly(() -> validator.validate(file)), Codes.SYNTAX_LIMIT);
    assertThat(p.line() + ":" + p.column()).isEqualTo("1:1");
    assertThat(p.message()).contains("bytes long");
  }

  @Test
  void aFiftyMegabyteStringIsRefusedInMemoryToo() {
    String huge = HEAD + "\"" + "a".repeat(50_000_000) + "\"}";
    assertThat(
            only(quickly(() -> validator.validate(huge, Format.JSON, "x")), Codes.SYNTAX_LIMIT)
                .message())
        .contains("characters long");
    byte[] bytes = huge.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(
            only(quickly(() -> validator.validate(bytes, Format.JSON, "x")), Codes.SYNTAX_LIMIT)
                .message())
        .contains("bytes long");
  }

  @Test
  void nesting100000DeepIsALimitAtTheValueThatGoesTooDeep() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    Problem json =
        only(
            quickly(() -> validator.validate(HEAD + "\n" + deep + "}", Format.JSON, "x")),
            Codes.SYNTAX_LIMIT);
    assertThat(json.line()).isEqualTo(2);
    assertThat(json.message()).contains("nested");
    Problem yaml =
        only(
            quickly(
                () ->
                    validator.validate(
                        "id: x\nlanguage: en\nname: " + deep + "\n", Format.YAML, "x")),
            Codes.SYNTAX_LIMIT);
    assertThat(yaml.line()).isEqualTo(3);
  }

  @Test
  void numbersWithTenThousandDigitsAreLimitsAtTheNumber() {
    String digits = "7".repeat(10_000);
    Problem json =
        only(
            quickly(() -> validator.validate("{\n  \"name\": " + digits + "}", Format.JSON, "x")),
            Codes.SYNTAX_LIMIT);
    assertThat(json.line() + ":" + json.column()).isEqualTo("2:11");
    Problem top =
        only(
            quickly(() -> validator.validate("\n " + digits, Format.JSON, "x")),
            Codes.SYNTAX_LIMIT);
    assertThat(top.line() + ":" + top.column()).isEqualTo("2:2");
    Report yaml =
        quickly(
            () ->
                validator.validate(
                    "id: x\nlanguage: en\nname: " + digits + "\n", Format.YAML, "x"));
    assertThat(yaml.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
  }

  @Test
  void aCharacterYamlForbidsIsLocatedAndNamed() {
    for (String bad : new String[] {"\u0000", "\u0001", "\u0086", "\uFFFE", "\uD800"}) {
      Problem p =
          only(
              validator.validate(
                  "id: x\nlanguage: en\nname: Leg" + bad + "cramps\n", Format.YAML, "x"),
              Codes.SYNTAX);
      assertThat(p.line() + ":" + p.column()).as(p.toText()).isEqualTo("3:10");
      assertThat(p.message())
          .isEqualTo(
              String.format(
                  "the character U+%04X is not allowed in a YAML file; remove it",
                  (int) bad.charAt(0)));
    }
    // In a comment too: YAML forbids them anywhere in the stream.
    Problem p =
        only(
            validator.validate("id: x\r\nlanguage: en # \u0000\r\nname: y\r\n", Format.YAML, "x"),
            Codes.SYNTAX);
    assertThat(p.line() + ":" + p.column()).isEqualTo("2:16");
  }

  @Test
  void invalidUtf8IsOnItsLineWhateverTheLineEnds() {
    for (String eol : new String[] {"\n", "\r\n", "\r"}) {
      byte[] bytes =
          ("{" + eol + "\"id\": \"x\"," + eol + "\"name\": \"caf\u00E9\"}")
              .getBytes(StandardCharsets.ISO_8859_1);
      Problem p = only(validator.validate(bytes, Format.JSON, "x"), Codes.SYNTAX_ENCODING);
      assertThat(p.line() + ":" + p.column()).isEqualTo("3:13");
    }
  }

  @Test
  void aFileThatIsNotAFileIsAnIoProblem() throws Exception {
    Path directory = Files.createDirectory(dir.resolve("leg-cramps.json"));
    assertThat(only(validator.validate(directory), Codes.IO).message()).contains("is a directory");
    Path gone = dir.resolve("gone.yaml");
    assertThat(only(validator.validate(gone), Codes.IO).message()).contains("does not exist");
    // A named pipe would block a reader for ever: it is refused without being opened.
    Path fifo = fifo(dir.resolve("pipe.json"));
    assertThat(only(quickly(() -> validator.validate(fifo)), Codes.IO).message())
        .contains("not a regular file");
  }

  @Test
  void schemaAndRefPointingAnywhereAreNeverFetchedNorOpened() throws Exception {
    String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/schema.json";
    // A file outside the project that no one may open: a named pipe, which would block a reader.
    Path secret = fifo(dir.resolve("outside.schema.json"));
    String local = secret.toUri().toString();
    for (String target : List.of(remote, local, secret.toString(), "../" + secret.getFileName())) {
      String quoted = "\"" + target + "\"";
      Report schema =
          quickly(
              () ->
                  validator.validate(
                      "{\"$schema\": "
                          + quoted
                          + ", \"id\": \"a\", \"language\": \"en\", \"name\": \"x\"}",
                      Format.JSON,
                      "x"));
      // Read as data: a foreign schema is reported, never fetched nor opened.
      assertThat(only(schema, Codes.RULE_FOREIGN_SCHEMA).line()).isEqualTo(1);
      Report ref =
          quickly(
              () ->
                  validator.validate(
                      "{\"$ref\": "
                          + quoted
                          + ", \"id\": \"a\", \"language\": \"en\", \"name\": \"x\"}",
                      Format.JSON,
                      "x"));
      assertThat(only(ref, Codes.SCHEMA_UNKNOWN_PROPERTY).line()).isEqualTo(1);
      Report nested =
          quickly(
              () ->
                  validator.validate(
                      "id: a\nlanguage: en\nname: x\ncauses:\n  $ref: "
                          + quoted
                          + "\n  items:\n    - {$ref: "
                          + quoted
                          + ", id: c, name: c}\n",
                      Format.YAML,
                      "x"));
      assertThat(nested.problems())
          .as(nested.toText())
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p.code()).isEqualTo(Codes.SCHEMA_UNKNOWN_PROPERTY));
      Report ids =
          quickly(
              () ->
                  validator.validate(
                      "# yaml-language-server: $schema="
                          + target
                          + "\n$id: "
                          + quoted
                          + "\n$dynamicRef: "
                          + quoted
                          + "\nid: a\nlanguage: en\nname: x\n",
                      Format.YAML,
                      "x"));
      assertThat(ids.problems()).extracting(Problem::line).containsExactly(2, 3);
    }
    assertThat(hits).as("requests to the loopback server").isEmpty();
  }

  /** Makes a named pipe: opening it to read blocks until a writer comes, so a read would hang. */
  static Path fifo(Path path) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();
    return path;
  }
}
