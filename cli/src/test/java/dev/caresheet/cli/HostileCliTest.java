package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.caresheet.testing.HostileFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files through the command line, in a JVM of 256 MB (tagged {@code small-heap}, see the
 * parent POM): every file ends in a located error line, never a stack trace or an internal error;
 * files that are not files, symbolic link loops, and files that disappear or turn into directories
 * between the expansion of the paths and their reading are reported, and the run goes on.
 */
@Tag("small-heap")
class HostileCliTest {

  /** A located problem line: path:line:column: severity: message [code]. */
  private static final Pattern LOCATED =
      Pattern.compile("^.+:\\d+:\\d+: (error|warning): .+ \\[[a-z.-]+\\].*$");

  @TempDir Path dir;

  /**
   * The bound is "never more than a second" a file; a shared CI machine can pause a JVM for
   * that long, so a run of many hostile files gets a generous fixed bound that catches hangs.
   */
  private static Cli.Run quickly(String... args) {
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run(args));
  }

  private static void assertNoStackTrace(Cli.Run run) {
    assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ", "internal error");
  }

  @Test
  void everyHostileFileIsOneLocatedErrorAndTheRunGoesOn() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    String head = "{\"id\": \"x\", \"language\": \"en\", \"name\": ";
    files.put(
        "deep.json",
        (head + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8));
    files.put(
        "deep.yaml",
        ("id: x\nlanguage: en\nname: " + "{a: ".repeat(100_000) + "1" + "}".repeat(100_000))
            .getBytes(StandardCharsets.UTF_8));
    files.put("latin1.json", (head + "\"caf\u00E9\"}").getBytes(StandardCharsets.ISO_8859_1));
    files.put("nul.json", (head + "\"a\\u0000b\"}").getBytes(StandardCharsets.UTF_8));
    files.put("nul.yaml", "id: x\nlanguage: en\nname: a\u0000b\n".getBytes(StandardCharsets.UTF_8));
    files.put("surrogate.json", (head + "\"\\ud800\"}").getBytes(StandardCharsets.UTF_8));
    files.put("digits.json", (head + "9".repeat(10_000) + "}").getBytes(StandardCharsets.UTF_8));
    files.put(
        "duplicate.json", (head + "\"a\", \"name\": \"b\"}").getBytes(StandardCharsets.UTF_8));
    files.put(
        "cr.json",
        "{\r\"id\": \"x\",\r\"language\": \"en\",\r\"name\": 42\r}\r"
            .getBytes(StandardCharsets.UTF_8));
    StringBuilder laughs =
        new StringBuilder("id: x\nlanguage: en\nname: x\nalternateNames: &a0 [lol, lol]\n");
    for (int i = 1; i < 20; i++) {
      laughs
          .append("a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [")
          .append(("*a" + (i - 1) + ", ").repeat(9))
          .append("*a")
          .append(i - 1)
          .append("]\n");
    }
    files.put("laughs.yaml", laughs.toString().getBytes(StandardCharsets.UTF_8));
    files.put(
        "tag.yaml",
        "id: x\nlanguage: en\nname: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\n"
            .getBytes(StandardCharsets.UTF_8));
    files.put(
        "two.yaml",
        "id: a\nlanguage: en\nname: A\n---\nid: b\nlanguage: en\nname: B\n"
            .getBytes(StandardCharsets.UTF_8));
    files.put("empty.json", new byte[0]);
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
    HostileFiles.fiftyMegabytesOfJson(dir.resolve("huge.json"));

    Cli.Run validate = quickly("validate", dir.toString());
    assertNoStackTrace(validate);
    assertThat(validate.exitCode()).isEqualTo(1);
    String[] lines = validate.out().split("\n");
    for (String name : files.keySet()) {
      assertThat(Arrays.stream(lines).filter(l -> l.startsWith(dir.resolve(name) + ":")))
          .as(name)
          .isNotEmpty()
          .allSatisfy(l -> assertThat(l).matches(LOCATED));
    }
    assertThat(validate.out())
        .contains(dir.resolve("huge.json") + ":1:1: error: the file is ")
        .contains(
            dir.resolve("nul.yaml")
                + ":3:8: error: the character U+0000 is not allowed in a YAML file")
        .contains(dir.resolve("cr.json") + ":4:9: error: ")
        .containsPattern("\n14 files, \\d+ errors, 0 warnings\n$");

    Cli.Run check = quickly("fmt", "--check", dir.toString());
    assertNoStackTrace(check);
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.err()).contains(dir.resolve("huge.json") + ":1:1: error: the file is ");
    assertThat(
            check.err().lines().filter(l -> !l.startsWith("  hint:") && !l.startsWith("14 files")))
        .allSatisfy(l -> assertThat(l).matches(LOCATED));

    Cli.Run render = quickly("render", "--format", "text", dir.toString());
    assertNoStackTrace(render);
    assertThat(render.exitCode()).isEqualTo(1);
    assertThat(render.out()).isEmpty();
    assertThat(render.err())
        .endsWith("caresheet: not rendered: 14 invalid documents (see the errors above)\n");
  }

  @Test
  void pathsThatAreNotFilesAreUsageErrorsOrSkipped() throws Exception {
    Path pipe = dir.resolve("pipe.json");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
    // Named: refused at once (reading a pipe would wait for a writer for ever).
    Cli.Run named = quickly("validate", pipe.toString());
    assertThat(named)
        .isEqualTo(new Cli.Run(2, "", "caresheet: error: not a regular file: " + pipe + "\n"));
    // In a directory: not a content file, so not listed.
    Files.writeString(dir.resolve("ok.yaml"), "id: ok\nlanguage: en\nname: OK\n");
    Cli.Run walked = quickly("validate", dir.toString());
    assertThat(walked).isEqualTo(new Cli.Run(0, "1 file, 0 errors, 0 warnings\n", ""));
    // A directory whose name says JSON is searched like any directory.
    Files.createDirectory(dir.resolve("sub.json"));
    Files.writeString(
        dir.resolve("sub.json/inner.json"),
        "{\"id\": \"inner\", \"language\": \"en\", \"name\": \"I\"}\n");
    assertThat(quickly("validate", dir.resolve("sub.json").toString()).out())
        .isEqualTo("1 file, 0 errors, 0 warnings\n");
  }

  @Test
  void symbolicLinkLoopsAreSkippedWithANote() throws IOException {
    Path content = Files.createDirectories(dir.resolve("content/a"));
    Files.writeString(content.resolve("ok.yaml"), "id: ok\nlanguage: en\nname: OK\n");
    Files.createSymbolicLink(content.resolve("loop"), dir.resolve("content"));
    Files.createSymbolicLink(content.resolve("self"), content.resolve("self"));
    Cli.Run run = quickly("validate", dir.resolve("content").toString());
    assertNoStackTrace(run);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("1 file, 0 errors, 0 warnings\n");
    assertThat(run.err())
        .contains("caresheet: note: skipped " + content.resolve("loop") + ": a symbolic link loop");
  }

  /**
   * Files change between the expansion of the paths and their reading: the test deletes one file
   * and replaces another by a directory when the command prints its first note (a symbolic link
   * loop's, printed after the expansion and before any file is read). Each command reports both
   * where they are and goes on with the rest.
   */
  @Test
  void filesThatDisappearOrTurnIntoDirectoriesMidRunAreReported() throws IOException {
    for (String[] command :
        new String[][] {{"validate"}, {"fmt", "--write"}, {"render", "--format", "text"}}) {
      Path content = Files.createDirectories(dir.resolve(command[0]));
      Files.writeString(
          content.resolve("a.json"), "{\"id\": \"a\", \"language\": \"en\", \"name\": \"A\"}");
      Files.writeString(
          content.resolve("b.json"), "{\"id\": \"b\", \"language\": \"en\", \"name\": \"B\"}");
      Files.writeString(content.resolve("c.yaml"), "id: c\nlanguage: en\nname: C\n");
      Files.createSymbolicLink(content.resolve("loop"), content);
      Path gone = content.resolve("a.json");
      Path turned = content.resolve("b.json");
      StringWriter out = new StringWriter();
      StringWriter errText = new StringWriter();
      Writer err =
          new Writer() {
            boolean done;

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
              errText.write(buf, off, len);
              if (!done && errText.toString().contains("caresheet: note:")) {
                done = true;
                Files.delete(gone);
                Files.delete(turned);
                Files.createDirectory(turned);
              }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
          };
      String[] args = Arrays.copyOf(command, command.length + 1);
      args[command.length] = content.toString();
      int code =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20),
              () ->
                  Main.run(
                      args,
                      new PrintWriter(out, true),
                      new PrintWriter(err, true),
                      Terminal.PLAIN));
      String all = out + errText.toString();
      assertThat(all)
          .as(String.join(" ", command))
          .doesNotContain("Exception", "\tat ", "internal error")
          .contains(gone + ": error: cannot read the file: it does not exist [io]")
          .contains(turned + ": error: cannot read the file: it is a directory [io]");
      assertThat(code).as(all).isEqualTo(1);
    }
  }
}
