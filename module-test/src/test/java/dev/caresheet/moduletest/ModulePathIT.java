package dev.caresheet.moduletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Caresheet as a modular application sees it: the packaged jars on the module path, never the class
 * path. The README's usage ({@link Main}) and the command run there; every published jar has a
 * module descriptor that exports no {@code internal} package to everyone, and that {@code jdeps
 * --check} finds complete, with no unused qualified export.
 */
class ModulePathIT {

  /** Every published jar with its module name. */
  static final Map<String, String> PUBLISHED =
      Map.of(
          "caresheet-model", "dev.caresheet.model",
          "caresheet-schema", "dev.caresheet.schema",
          "caresheet-render-html", "dev.caresheet.render.html",
          "caresheet-render-text", "dev.caresheet.render.text",
          "caresheet-lint", "dev.caresheet.lint",
          "caresheet-import", "dev.caresheet.importer",
          "caresheet-cli", "dev.caresheet.cli",
          "caresheet-testing", "dev.caresheet.testing");

  static final Path DOCUMENT = Path.of("../examples/content/leg-cramps.json");

  @Test
  void theReadmeUsageRunsOnTheModulePath() throws Exception {
    Run run =
        java("-m", "dev.caresheet.moduletest/dev.caresheet.moduletest.Main", DOCUMENT.toString());
    assertThat(run.err).as("stderr (no SLF4J warning, no exception)").isEmpty();
    assertThat(run.out.lines().filter(l -> l.startsWith("FAILED")))
        .as("failed checks in:\n%s", run.out)
        .isEmpty();
    assertThat(run.out.lines().map(l -> l.replaceFirst(":.*", "")))
        .containsExactly(
            "ok named module",
            "ok read",
            "ok validate",
            "ok write",
            "ok render html",
            "ok render text",
            "ok service providers",
            "ok render by name",
            "ok override a part",
            "ok labels",
            "module-test");
    assertThat(run.exit).isZero();
  }

  @Test
  void theCommandRunsOnTheModulePath() throws Exception {
    Run valid =
        java("-m", "dev.caresheet.cli/dev.caresheet.cli.Main", "validate", DOCUMENT.toString());
    assertThat(valid.exit).as("%s%s", valid.out, valid.err).isZero();
    Run text =
        java(
            "-m",
            "dev.caresheet.cli/dev.caresheet.cli.Main",
            "render",
            "--format",
            "text",
            DOCUMENT.toString());
    assertThat(text.exit).as(text.err).isZero();
    assertThat(text.out).contains("Leg cramps");
    Run broken =
        java(
            "-m",
            "dev.caresheet.cli/dev.caresheet.cli.Main",
            "validate",
            "../examples/invalid/syntax-duplicate-key.json");
    assertThat(broken.exit).as("%s%s", broken.out, broken.err).isNotZero();
    assertThat(broken.out + broken.err).doesNotContain("Exception");
  }

  @Test
  void everyPublishedJarIsAModuleThatExportsNoInternalPackage() throws Exception {
    Map<String, Path> jars = new TreeMap<>();
    for (Path jar : modulePath()) {
      String name = jar.getFileName().toString();
      PUBLISHED.keySet().stream()
          .filter(a -> name.matches(a + "-[0-9].*\\.jar"))
          .findFirst()
          .ifPresent(a -> jars.put(a, jar));
    }
    assertThat(jars.keySet()).containsExactlyInAnyOrderElementsOf(PUBLISHED.keySet());

    for (Map.Entry<String, Path> jar : jars.entrySet()) {
      ModuleReference ref = ModuleFinder.of(jar.getValue()).findAll().iterator().next();
      ModuleDescriptor d = ref.descriptor();
      assertThat(d.name()).isEqualTo(PUBLISHED.get(jar.getKey()));
      assertThat(d.isAutomatic()).as(d.name()).isFalse();
      for (ModuleDescriptor.Exports e : d.exports()) {
        if (e.source().contains(".internal")) {
          assertThat(e.isQualified())
              .as("%s exports %s to everyone", d.name(), e.source())
              .isTrue();
          assertThat(e.targets())
              .as("%s exports %s", d.name(), e.source())
              .allMatch(t -> t.startsWith("dev.caresheet."));
        }
      }
      // jdeps reads the compiled descriptor against the classes and the modules they use: no
      // dependency missing (its exit status), no qualified export that its target does not use.
      String check =
          jdeps(
              "--multi-release",
              "17",
              "--module-path",
              modulePathString()
                  + java.io.File.pathSeparator
                  + read("caresheet.moduleTest.staticPath"),
              "--check",
              d.name());
      assertThat(check)
          .as("jdeps --check %s", d.name())
          .contains("[Module descriptor]")
          .doesNotContain("Unused qualified exports");
    }
  }

  static List<Path> modulePath() throws IOException {
    List<Path> path = new ArrayList<>();
    path.add(Path.of(System.getProperty("caresheet.moduleTest.jar")));
    for (String entry : read("caresheet.moduleTest.path").split(java.io.File.pathSeparator)) {
      path.add(Path.of(entry));
    }
    assertThat(path)
        .allMatch(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p), "a packaged jar");
    return path;
  }

  /** The path that the dependency plugin wrote to the file a system property names. */
  static String read(String property) throws IOException {
    return Files.readString(Path.of(System.getProperty(property)), StandardCharsets.UTF_8).strip();
  }

  static String modulePathString() throws IOException {
    return modulePath().stream()
        .map(Path::toString)
        .collect(Collectors.joining(java.io.File.pathSeparator));
  }

  record Run(int exit, String out, String err) {}

  static Run java(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--module-path");
    command.add(modulePathString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("module-test", ".out");
    Path err = Files.createTempFile("module-test", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  static String jdeps(String... args) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      int exit = jdeps.run(out, out, args);
      assertThat(exit).as("jdeps %s:\n%s", String.join(" ", args), bytes).isZero();
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
