package dev.caresheet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Condition;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.Inline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The README's developer page is true as printed (docs that run, as in commonmark-java's
 * UsageExampleTest):
 *
 * <ul>
 *   <li>every Java snippet is a whole compilation unit with its own imports: a class, compiled as
 *       printed (nothing is added) and its {@code main} run, or the application's {@code
 *       module-info}, every module of which the build declares;
 *   <li>the part override's page passes the W3C Nu HTML Checker and keeps every field of every
 *       first-aid step; the usage snippet's page passes it too;
 *   <li>the Maven and Gradle coordinates name the build's artifacts, its version and its SLF4J
 *       version.
 * </ul>
 *
 * <p>Paths in the snippets are relative to the repository root.
 */
class ReadmeSnippetsTest {

  static final Path ROOT = Path.of("..");
  static final Pattern BLOCK = Pattern.compile("```(\\w+)\n(.*?)```", Pattern.DOTALL);
  static final Pattern CLASS = Pattern.compile("(?m)^public class (\\w+)");
  static final Pattern MODULE = Pattern.compile("(?m)^module [\\w.]+ \\{");
  static final Pattern REQUIRES = Pattern.compile("requires ([\\w.]+);");

  static String readme;

  @TempDir Path temp;

  @BeforeAll
  static void read() throws Exception {
    readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  static List<String> blocks(String language) {
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      if (m.group(1).equals(language)) {
        blocks.add(m.group(2));
      }
    }
    return blocks;
  }

  @Test
  void everyJavaSnippetCompilesAsPrintedAndRuns() throws Exception {
    Map<String, String> classes = new LinkedHashMap<>();
    List<String> modules = new ArrayList<>();
    for (String snippet : blocks("java")) {
      Matcher c = CLASS.matcher(snippet);
      if (c.find()) {
        classes.put(c.group(1), snippet.replace("Path.of(\"examples/", "Path.of(\"../examples/"));
      } else {
        assertThat(MODULE.matcher(snippet).find())
            .as("a Java snippet is a public class or a module-info, as printed:%n%s", snippet)
            .isTrue();
        modules.add(snippet);
      }
    }
    assertThat(classes).containsKeys("RenderLegCramps", "FirstAidCards", "ValidateSet");
    assertThat(modules).hasSize(1);
    checkModuleNames(modules.get(0));

    Path out = temp.resolve("classes");
    compile(classes, out);
    Map<String, String> printed = new LinkedHashMap<>();
    Path page = temp.resolve("leg-cramps.html");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      for (String name : classes.keySet()) {
        Method main = loader.loadClass(name).getMethod("main", String[].class);
        assertThat(Modifier.isStatic(main.getModifiers())).as(name).isTrue();
        printed.put(name, run(main, page.toString()));
      }
    }

    NuChecker nu = new NuChecker();
    // The usage snippet: a valid page in the file, the text on standard output.
    assertThat(nu.errors(Files.readString(page, StandardCharsets.UTF_8))).isEmpty();
    assertThat(printed.get("RenderLegCramps")).startsWith("Leg cramps");
    assertThat(printed.get("ValidateSet")).startsWith("Leg cramps").contains("Migraine");

    // The override: a valid page, every card a list item of the first-aid list holding every field.
    String cards = printed.get("FirstAidCards");
    assertThat(nu.errors(cards)).isEmpty();
    Condition legCramps =
        ConditionCodec.defaults().read(ROOT.resolve("examples/content/leg-cramps.json"));
    List<FirstAidStep> steps = legCramps.firstAid().orElseThrow().items();
    Document doc = Jsoup.parse(cards);
    List<Element> rendered = doc.select("section.first-aid > ol > li.card");
    assertThat(rendered).hasSameSizeAs(steps);
    int fields = 0;
    for (int i = 0; i < steps.size(); i++) {
      FirstAidStep step = steps.get(i);
      Element card = rendered.get(i);
      List<String> expected = new ArrayList<>();
      expected.add(step.instruction());
      step.detail().map(Inline::plain).ifPresent(expected::add);
      for (BodySiteVariant variant : step.variants()) {
        expected.add(variant.bodySite());
        expected.add(variant.instruction());
      }
      expected.addAll(step.cautions());
      for (String field : expected) {
        assertThat(card.text()).as("card %d", i + 1).contains(field);
        fields++;
      }
      assertThat(card.select("ul.card-variants > li")).hasSameSizeAs(step.variants());
      assertThat(card.select("p.card-caution")).hasSameSizeAs(step.cautions());
    }
    assertThat(fields).as("fields checked").isGreaterThan(steps.size() * 2);
    // Laid out like the built-in markup: one card per line.
    assertThat(cards.lines().filter(l -> l.startsWith("<li class=\"card\">"))).hasSameSizeAs(steps);
  }

  /** Every module the README's module-info requires is one the build declares. */
  private static void checkModuleNames(String moduleInfo) throws Exception {
    List<String> declared = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      for (Path dir : (Iterable<Path>) dirs::iterator) {
        Path pom = dir.resolve("pom.xml");
        Path info = dir.resolve("src/main/java/module-info.java");
        if (Files.exists(pom)) {
          Matcher m =
              Pattern.compile("<module.name>([\\w.]+)</module.name>")
                  .matcher(Files.readString(pom));
          if (m.find()) {
            declared.add(m.group(1));
          }
        }
        if (Files.exists(info)) {
          Matcher m =
              Pattern.compile("(?m)^(?:open )?module ([\\w.]+)").matcher(Files.readString(info));
          if (m.find()) {
            declared.add(m.group(1));
          }
        }
      }
    }
    Matcher requires = REQUIRES.matcher(moduleInfo);
    int n = 0;
    while (requires.find()) {
      assertThat(declared).as("module names of the build").contains(requires.group(1));
      n++;
    }
    assertThat(n).isEqualTo(3);
    for (String name :
        List.of(
            "dev.caresheet.model",
            "dev.caresheet.schema",
            "dev.caresheet.render.html",
            "dev.caresheet.render.text")) {
      assertThat(declared).contains(name);
      assertThat(readme).contains("| `" + name + "` |");
    }
  }

  @Test
  void theCoordinatesAreTheBuildsArtifactsAndVersions() throws Exception {
    String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher v =
        Pattern.compile("<artifactId>caresheet-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(parent);
    assertThat(v.find()).isTrue();
    String version = v.group(1).replace("-SNAPSHOT", "");
    Matcher slf4j = Pattern.compile("<slf4j.version>([^<]+)</slf4j.version>").matcher(parent);
    assertThat(slf4j.find()).isTrue();
    String bom = Files.readString(ROOT.resolve("bom/pom.xml"), StandardCharsets.UTF_8);

    String maven = blocks("xml").get(0);
    assertThat(maven)
        .contains(
            "<artifactId>caresheet-bom</artifactId>\n      <version>" + version + "</version>")
        .contains("<artifactId>slf4j-nop</artifactId>")
        .contains("<version>" + slf4j.group(1) + "</version>");
    String gradle = blocks("kotlin").get(0);
    assertThat(gradle)
        .contains("platform(\"dev.caresheet:caresheet-bom:" + version + "\")")
        .contains("\"org.slf4j:slf4j-nop:" + slf4j.group(1) + "\"");
    Matcher artifacts =
        Pattern.compile("caresheet-(?:model|schema|render-html|render-text)\\b")
            .matcher(maven + gradle);
    int n = 0;
    while (artifacts.find()) {
      assertThat(bom)
          .as("the BOM manages " + artifacts.group())
          .contains("<artifactId>" + artifacts.group() + "</artifactId>");
      n++;
    }
    assertThat(n).isGreaterThanOrEqualTo(6);
  }

  private static void compile(Map<String, String> classes, Path out) throws Exception {
    Files.createDirectories(out);
    List<JavaFileObject> sources = new ArrayList<>();
    for (Map.Entry<String, String> c : classes.entrySet()) {
      sources.add(
          new SimpleJavaFileObject(
              URI.create("string:///" + c.getKey() + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return c.getValue();
            }
          });
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringBuilder diagnostics = new StringBuilder();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      boolean ok =
          compiler
              .getTask(
                  null,
                  files,
                  d -> diagnostics.append(d).append('\n'),
                  List.of("-classpath", System.getProperty("java.class.path"), "-proc:none"),
                  null,
                  sources)
              .call();
      assertThat(ok).as("README snippets compile as printed:\n%s", diagnostics).isTrue();
    }
  }

  /** Runs a snippet's main with one argument, {@return what it printed on standard output} */
  private static String run(Method main, String argument) throws Exception {
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.invoke(null, (Object) new String[] {argument});
    } finally {
      System.setOut(stdout);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  /** The W3C Nu HTML Checker, offline, as render-html's tests run it. */
  static final class NuChecker {
    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();

    NuChecker() throws Exception {
      ErrorHandler handler =
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
              errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
              error(e);
            }
          };
      validator = new SimpleDocumentValidator(true, false, false);
      validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
      validator.setUpValidatorAndParsers(handler, true, false);
    }

    List<String> errors(String html) throws Exception {
      errors.clear();
      validator.checkHtmlInputSource(
          new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
      return List.copyOf(errors);
    }
  }
}
