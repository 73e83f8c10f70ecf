package dev.caresheet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.ContentException;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through the codec: each case ends in a {@link ContentException} at a line and
 * column — never another exception, a hang or running out of memory. Tagged {@code small-heap}: the
 * build runs these tests in a JVM of 256 MB ({@code -Xmx256m}, the parent POM), which a 50 MB input
 * would exhaust if it were decoded, copied or parsed whole.
 */
@Tag("small-heap")
class HostileCodecTest {

  private static final ConditionCodec CODEC = ConditionCodec.defaults();
  private static final String HEAD = "{\"id\": \"leg-cramps\", \"language\": \"en\", \"name\": ";

  @TempDir Path dir;

  /**
   * The issue's bound is "never more than a second". A shared CI machine can pause a JVM for longer
   * than that, so the test allows five: what it catches is a hang or a super-linear blow-up, which
   * takes minutes, not a slow second.
   */
  private static <T> T quickly(ThrowingSupplier<T> work) {
    // A guard against hangs, not a speed test: generous, so that a loaded machine never trips it.
    return assertTimeoutPreemptively(Duration.ofSeconds(30), work);
  }

  private static ContentException refused(String text, Format format) {
    return refused(text.getBytes(StandardCharsets.UTF_8), format);
  }

  private static ContentException refused(byte[] bytes, Format format) {
    return quickly(
        () -> {
          try {
            Condition c = CODEC.read(bytes, format, "hostile");
            throw new AssertionError("read a hostile document: " + c);
          } catch (ContentException e) {
            assertThat(e.line()).as(e.getMessage()).isPositive();
            assertThat(e.column()).as(e.getMessage()).isPositive();
            assertThat(e.getMessage()).startsWith("hostile:" + e.line() + ":" + e.column() + ": ");
            return e;
          }
        });
  }

  @Test
  void nesting100000DeepIsALimitNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    // The codec binds as it reads, so it stops at the first value that does not fit the model;
    // the nesting limit stops whatever the model would not (the validator's tests show the limit).
    assertThat(refused(HEAD + deep + "}", Format.JSON).reason()).isEqualTo("expected a text here");
    assertThat(refused("{\"alternateNames\": " + deep + "}", Format.JSON).reason())
        .isEqualTo("expected a text here");
    assertThat(
            refused("{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000), Format.JSON).reason())
        .startsWith("unknown property \"a\"");
    assertThat(refused("id: x\nname: " + deep + "\n", Format.YAML).reason())
        .isEqualTo("expected a text here");
    assertThat(refused("{a: ".repeat(100_000) + "1" + "}".repeat(100_000), Format.YAML).reason())
        .startsWith("unknown property \"a\"");
  }

  @Test
  void aFiftyMegabyteStringIsRefusedBeforeItIsParsed() {
    String huge = HEAD + "\"" + "a".repeat(50_000_000) + "\"}";
    ContentException e = refused(huge, Format.JSON);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.reason()).contains("the limit is 8388608");
  }

  @Test
  void fiftyMegabytesOfValidJsonInAFileAreRefusedWithoutReadingThem() throws IOException {
    Path file = HostileFiles.fiftyMegabytesOfJson(dir.resolve("huge.json"));
    ContentException e =
        quickly(
            () -> {
              try {
                CODEC.read(file);
                throw new AssertionError("read 50 MB");
              } catch (ContentException refused) {
                return refused;
              }
            });
    assertThat(e.getMessage()).startsWith(file + ":1:1: ").contains("bytes long");
    // The same bytes given in memory: refused before they are decoded (which would need 150 MB).
    assertThat(refused(Files.readAllBytes(file), Format.JSON).reason()).contains("bytes long");
  }

  @Test
  void invalidUtf8IsLocatedOnItsLineWhateverTheLineEnds() {
    byte[] latin1 = "{\n\"name\": \"caf\u00E9\"}".getBytes(StandardCharsets.ISO_8859_1);
    ContentException e = refused(latin1, Format.JSON);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(13);
    assertThat(e.reason()).contains("not valid UTF-8").contains("0xE9");
    for (String eol : new String[] {"\r\n", "\r"}) {
      byte[] bytes =
          ("{" + eol + "\"id\": \"x\"," + eol + "\"name\": \"caf\u00E9\"}")
              .getBytes(StandardCharsets.ISO_8859_1);
      ContentException located = refused(bytes, Format.JSON);
      assertThat(located.line())
          .as("line with %s line ends", eol.length() == 2 ? "CRLF" : "CR")
          .isEqualTo(3);
      assertThat(located.column()).isEqualTo(13);
    }
    // An overlong encoding of '<' and a truncated sequence at the end.
    refused(new byte[] {'{', (byte) 0xC0, (byte) 0xBC, '}'}, Format.YAML);
    refused(new byte[] {'i', 'd', ':', ' ', (byte) 0xE2, (byte) 0x82}, Format.YAML);
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    String json = "\uFEFF" + HEAD + "\"Leg cramps\"}";
    assertThat(
            quickly(() -> CODEC.read(json.getBytes(StandardCharsets.UTF_8), Format.JSON, "bom"))
                .name())
        .isEqualTo("Leg cramps");
    String yaml = "\uFEFFid: leg-cramps\nlanguage: en\nname: Leg cramps\n";
    assertThat(CODEC.read(yaml, Format.YAML, "bom").id()).isEqualTo("leg-cramps");
  }

  @Test
  void nulAndOtherControlCharactersAreRefusedWhereTheyAre() {
    for (char c : new char[] {'\u0000', '\u0007', '\u001B', '\u007F', '\u0085'}) {
      String escaped = String.format("\\u%04x", (int) c);
      // The model's checks run when an object is complete: the error names the property and is
      // placed at the object's end (the validator places it at the value itself).
      ContentException json = refused(HEAD + "\"Leg" + escaped + "cramps\"}", Format.JSON);
      assertThat(json.reason())
          .startsWith(
              "name contains the control character U+" + escaped.substring(2).toUpperCase());
      ContentException yaml =
          refused("id: x\nlanguage: en\nname: \"Leg" + escaped + "\"\n", Format.YAML);
      assertThat(yaml.reason()).startsWith("name contains the control character");
    }
    // Raw, unescaped: JSON forbids them in strings; YAML forbids them in the stream.
    assertThat(refused(HEAD + "\"Leg\u0000cramps\"}", Format.JSON).column())
        .as("the NUL itself")
        .isEqualTo(52);
    assertThat(refused("id: x\nlanguage: en\nname: Leg\u0000cramps\n", Format.YAML).line())
        .isEqualTo(3);
  }

  @Test
  void loneSurrogatesAreRefused() {
    for (String s : new String[] {"\\ud800", "\\udfff", "x\\ud83d", "\\ude00x"}) {
      ContentException e = refused(HEAD + "\"" + s + "\"}", Format.JSON);
      assertThat(e.reason()).startsWith("name contains an unpaired surrogate");
      assertThat(refused("id: x\nlanguage: en\nname: \"" + s + "\"\n", Format.YAML).reason())
          .startsWith("name contains an unpaired surrogate");
    }
  }

  @Test
  void numbersWithTenThousandDigitsAreRefused() {
    String digits = "9".repeat(10_000);
    assertThat(refused(HEAD + digits + "}", Format.JSON).reason()).contains("Number value length");
    refused(HEAD + "\"x\", \"alternateNames\": [1e" + digits + "]}", Format.JSON);
    // At the top level, where Jackson's limit error carries no location (found by CodecFuzzTest).
    ContentException topLevel = refused("\n  " + "5".repeat(101) + "\n", Format.JSON);
    assertThat(topLevel.line() + ":" + topLevel.column()).isEqualTo("2:3");
    refused("id: x\nlanguage: en\nname: " + digits + "\n", Format.YAML);
    refused("id: x\nlanguage: en\nname: 1e" + digits + "\n", Format.YAML);
    refused("id: x\nlanguage: en\nname: 0." + digits + "\n", Format.YAML);
  }

  @Test
  void duplicateKeysAreRefusedAtTheSecond() {
    ContentException json = refused("{\"id\": \"a\",\n \"id\": \"b\"}", Format.JSON);
    assertThat(json.line()).isEqualTo(2);
    assertThat(json.reason()).contains("id");
    ContentException yaml = refused("id: a\nlanguage: en\nid: b\n", Format.YAML);
    assertThat(yaml.line()).isEqualTo(3);
  }

  @Test
  void crlfAndCrLineEndsKeepLineNumbersRight() {
    for (String eol : new String[] {"\n", "\r\n", "\r"}) {
      String json =
          "{"
              + eol
              + "  \"id\": \"x\","
              + eol
              + "  \"language\": \"en\","
              + eol
              + "  \"name\": 42"
              + eol
              + "}"
              + eol;
      ContentException e = refused(json, Format.JSON);
      assertThat(e.line())
          .as("JSON, line ends %s", eol.replace("\r", "CR").replace("\n", "LF"))
          .isEqualTo(4);
      assertThat(e.column()).isEqualTo(11);
      String yaml =
          "id: x"
              + eol
              + "language: en"
              + eol
              + "summary: |-"
              + eol
              + "  a"
              + eol
              + "  b"
              + eol
              + "name: [1]"
              + eol;
      ContentException y = refused(yaml, Format.YAML);
      assertThat(y.line())
          .as("YAML, line ends %s", eol.replace("\r", "CR").replace("\n", "LF"))
          .isEqualTo(6);
    }
  }

  @Test
  void aBillionLaughsAreRefusedAtTheFirstAlias() {
    StringBuilder yaml = new StringBuilder("id: x\nlanguage: en\na0: &a0 [\"lol\", \"lol\"]\n");
    for (int i = 1; i < 30; i++) {
      yaml.append("a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [")
          .append(("*a" + (i - 1) + ", ").repeat(9))
          .append("*a")
          .append(i - 1)
          .append("]\n");
    }
    yaml.append("name: *a29\n");
    ContentException e = refused(yaml.toString(), Format.YAML);
    assertThat(e.reason()).containsAnyOf("alias", "unknown property");
    // Aliases alone, without an unknown property before them.
    String bomb = "id: x\nlanguage: en\nname: x\nalternateNames: &a [*a, *a]\n";
    assertThat(refused(bomb, Format.YAML).reason()).contains("alias");
    String inName = "id: &i x\nlanguage: en\nname: *i\n";
    ContentException alias = refused(inName, Format.YAML);
    assertThat(alias.line()).isEqualTo(3);
    assertThat(alias.reason()).contains("alias");
  }

  @Test
  void yamlTagsThatNameJavaTypesAreRefusedAndNothingIsLoaded() throws IOException {
    AtomicInteger hits = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          hits.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      String[] payloads = {
        "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\""
            + url
            + "\"]]]]\n",
        "name: !!java.net.URL [\"" + url + "\"]\n",
        "name: !<tag:yaml.org,2002:java.net.URL> \"" + url + "\"\n",
        "name: !java.lang.ProcessBuilder [[\"touch\", \"pwned\"]]\n",
        "name: !!str Leg cramps\n",
        "name: !!map {a: b}\n",
      };
      for (String payload : payloads) {
        String yaml = "id: x\nlanguage: en\n" + payload;
        ContentException e = refused(yaml, Format.YAML);
        assertThat(e.reason()).as(payload).contains("YAML tags");
      }
    } finally {
      server.stop(0);
    }
    assertThat(hits).as("requests to the loopback server").hasValue(0);
    assertThat(dir.resolve("pwned")).doesNotExist();
    assertThat(Path.of("pwned")).doesNotExist();
  }

  @Test
  void severalYamlDocumentsInOneFileAreRefusedAtTheSecond() {
    String yaml = "id: a\nlanguage: en\nname: A\n---\nid: b\nlanguage: en\nname: B\n";
    ContentException e = refused(yaml, Format.YAML);
    assertThat(e.line()).as("the second document's first line").isEqualTo(5);
    assertThat(e.reason()).contains("more than one YAML document");
    assertThat(refused("---\n" + yaml + "...\n", Format.YAML).line()).isEqualTo(6);
  }

  @Test
  void anEmptyFileIsEmpty() throws IOException {
    for (String text : new String[] {"", "\uFEFF", "\n\n", "# comment\n"}) {
      Format format = text.startsWith("#") ? Format.YAML : Format.JSON;
      ContentException e = refused(text, format);
      assertThat(e.getMessage()).isEqualTo("hostile:1:1: the document is empty");
    }
    // An explicitly empty YAML document is a null, not a map.
    assertThat(refused("---\n", Format.YAML).reason()).startsWith("expected an object here");
    Path empty = Files.createFile(dir.resolve("empty.yaml"));
    assertThatThrownBy(() -> CODEC.read(empty))
        .isInstanceOf(ContentException.class)
        .hasMessage(empty + ":1:1: the document is empty");
  }

  @Test
  void aDirectoryWhereAFileBelongsIsAnIoErrorNotAContentOne() throws IOException {
    Path fake = Files.createDirectory(dir.resolve("leg-cramps.json"));
    assertThatThrownBy(() -> CODEC.read(fake)).isInstanceOf(IOException.class);
  }
}
