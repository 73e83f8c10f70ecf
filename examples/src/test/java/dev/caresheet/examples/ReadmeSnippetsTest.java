package dev.caresheet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.render.Renderer;
import dev.caresheet.render.Renderers;
import dev.caresheet.render.RenderOptions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippets compile against the current API and run (docs that run, as in
 * commonmark-java's UsageExampleTest), so the README cannot rot. Each snippet becomes the body of
 * a method with the variables the prose around it assumes: {@code writer} and {@code renderer}.
 * Paths in the snippets are relative to the repository root.
 */
class ReadmeSnippetsTest {

  static final Path README = Path.of("../README.md");
  static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  static final Pattern OWN_IMPORTS = Pattern.compile("(?:(?:import [^\n]*;)?\n)*(?:import [^\n]*;\n)");
  static final String IMPORTS = String.join("\n",
      "import dev.caresheet.codec.*;", "import dev.caresheet.model.*;", "import dev.caresheet.render.*;",
      "import dev.caresheet.render.html.*;", "import dev.caresheet.render.text.*;",
      "import dev.caresheet.schema.*;", "import java.nio.file.*;", "import java.util.*;");

  @TempDir Path classes;

  @Test
  void everyJavaSnippetCompilesAndRuns() throws Exception {
    List<String> snippets = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
    while (m.find()) {
      snippets.add(m.group(1).replace("Path.of(\"examples/", "Path.of(\"../examples/"));
    }
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(3);

    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      // A snippet that declares `renderer` itself gets the parameter under another name.
      String rendererParameter = snippets.get(i).contains(" renderer =") ? "unused" : "renderer";
      // A snippet's own import lines, at its top, go before the class.
      Matcher own = OWN_IMPORTS.matcher(snippets.get(i));
      String imports = own.lookingAt() ? own.group() : "";
      String code = IMPORTS + "\n" + imports + "public class Snippet" + i + " {\n"
          + "  public static void run(Appendable writer, Renderer " + rendererParameter
          + ") throws Exception {\n" + snippets.get(i).substring(imports.length()) + "\n  }\n}\n";
      sources.add(new SimpleJavaFileObject(URI.create("string:///Snippet" + i + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return code;
        }
      });
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringBuilder diagnostics = new StringBuilder();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      boolean ok = compiler.getTask(null, files, d -> diagnostics.append(d).append('\n'),
          List.of("-classpath", System.getProperty("java.class.path"), "-proc:none"), null, sources).call();
      assertThat(ok).as("README snippets compile:\n%s", diagnostics).isTrue();
    }

    Renderer renderer = Renderers.create("text", RenderOptions.defaults());
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (int i = 0; i < snippets.size(); i++) {
        Method run = loader.loadClass("Snippet" + i).getMethod("run", Appendable.class, Renderer.class);
        StringBuilder writer = new StringBuilder();
        run.invoke(null, writer, renderer);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
