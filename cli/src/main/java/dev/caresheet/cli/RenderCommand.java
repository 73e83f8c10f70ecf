package dev.caresheet.cli;

import dev.caresheet.model.Condition;
import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.Renderer;
import dev.caresheet.render.RendererProvider;
import dev.caresheet.render.Renderers;
import dev.caresheet.render.html.HtmlRenderer;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caresheet render}: renders valid documents to HTML, text, or any installed format. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render documents to a format: html and text are built in, and any format on the class path",
      "is found by name. Documents are validated first; an invalid one is not rendered, and its",
      "errors are printed (warnings are not: see 'caresheet validate'). Output goes to stdout, or",
      "with --out to DIR/ID.EXT, one file each, written atomically."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  caresheet render --format text examples/content/leg-cramps.json",
      "  caresheet render --format text --width 60 examples/content/leg-cramps.json",
      "  caresheet render --format html --page --out target/html examples/content"
    })
final class RenderCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      defaultValue = "html",
      paramLabel = "NAME",
      description =
          "The output format: html, text or another installed one (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--page",
      description =
          "Render a complete page (HTML: a document with head and body) instead of a fragment.")
  boolean page;

  @Option(
      names = "--width",
      defaultValue = "80",
      paramLabel = "COLUMNS",
      description = "Line width of text formats, in terminal columns (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = "--stylesheet",
      paramLabel = "URL",
      description = "A stylesheet for pages to link to.")
  String stylesheet;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write each document to DIR/ID.EXT instead of stdout.")
  Path out;

  @Mixin DocumentPaths paths;

  @Mixin CommandOutput output;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = output.out();
    PrintWriter err = output.err();
    RendererProvider provider =
        Renderers.provider(format)
            .orElseThrow(
                () ->
                    new UsageException(
                        "unknown format \""
                            + format
                            + "\"; available: "
                            + Renderers.providers().stream()
                                .map(RendererProvider::format)
                                .collect(Collectors.joining(", "))));
    RenderOptions options;
    try {
      options = RenderOptions.defaults().withPage(page).withWidth(width);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--width: " + e.getMessage());
    }
    if (stylesheet != null) {
      options = options.withStylesheet(stylesheet);
    }
    Renderer renderer = provider.create(options);

    List<Path> files = paths.expand(err);
    Report report =
        Validation.validate(
            files, Runtime.getRuntime().availableProcessors(), output.terminal(), err);
    // Errors only: they are why a document is not rendered. Warnings are validate's business.
    for (Problem problem : report.problems()) {
      if (problem.isError()) {
        Output.problem(err, output.terminal(), problem);
      }
    }
    Map<String, Condition> valid = report.conditions();
    if (out != null) {
      AtomicFiles.sweepStale(out); // temporary files of a run that was killed
      if (provider.format().equals("html")) {
        // Pages in a folder get their images beside them, as a site does; stdout keeps each src.
        SiteImages images = SiteImages.of(SiteCommand.byPath(valid));
        renderer = HtmlRenderer.builder().options(options).images(images.lookup()).build();
        images.write(out);
        for (String name : images.names()) {
          err.println("wrote " + out.resolve(name));
        }
      }
    }
    int refused = files.size() - valid.size();
    if (out == null) {
      boolean first = true;
      for (Path file : files) {
        Condition condition = valid.get(file.toString());
        if (condition != null) {
          if (!first) {
            stdout.println();
          }
          renderer.render(condition, stdout);
          first = false;
        }
      }
    } else {
      List<Condition> toWrite = new java.util.ArrayList<>();
      for (Path file : files) {
        Condition condition = valid.get(file.toString());
        if (condition != null) {
          toWrite.add(condition);
        }
      }
      Renderer pages = renderer;
      try (BatchWriter batch = new BatchWriter()) {
        // Rendered and written to temporary files on every core, renamed together at the end.
        List<Path> targets =
            Parallel.each(
                toWrite,
                Runtime.getRuntime().availableProcessors(),
                output.terminal(),
                err,
                "rendered",
                condition -> {
                  Path target = out.resolve(condition.id() + "." + provider.fileExtension());
                  try {
                    batch.add(target, pages.render(condition).getBytes(StandardCharsets.UTF_8));
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(target + ": " + e.getMessage(), e);
                  }
                  return target;
                });
        batch.commit();
        for (Path target : targets) {
          err.println("wrote " + target);
        }
      } catch (java.io.UncheckedIOException e) {
        throw new IOException(e.getMessage(), e.getCause());
      }
    }
    stdout.flush();
    if (refused > 0) {
      err.println(
          "caresheet: not rendered: "
              + Output.plural(refused, "invalid document")
              + " (see the errors above)");
      return ExitCodes.CONTENT;
    }
    return ExitCodes.OK;
  }
}
