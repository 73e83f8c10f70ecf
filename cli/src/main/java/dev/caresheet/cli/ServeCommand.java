package dev.caresheet.cli;

import dev.caresheet.cli.serve.PreviewServer;
import dev.caresheet.schema.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caresheet serve}: a live preview of the site, on loopback, for content teams. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the site that `caresheet site` would write, rendered in memory, and keep it up to",
      "date: when a document, an image or the stylesheet changes, the pages that show it are",
      "rendered again and open browser tabs reload. A document that does not validate shows its",
      "errors (file:line:column, with the hint) in place of its page, and on the terminal.",
      "Listens on 127.0.0.1 only, unless --host says otherwise. Ctrl-C stops it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  caresheet serve examples/content",
      "  caresheet serve content/ --port 0          # any free port; the address is printed",
      "",
      "Output:",
      "  caresheet: 3 documents, 0 errors, 0 warnings",
      "  Preview at http://127.0.0.1:8000/ (Ctrl-C stops it)"
    })
final class ServeCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "CONTENT_DIR",
      description = "Directories of content files.")
  List<Path> dirs;

  @Option(
      names = "--port",
      defaultValue = "8000",
      paramLabel = "N",
      description = "The port (default: ${DEFAULT-VALUE}); 0 picks a free one.")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "The address to listen on (default: 127.0.0.1, this machine only). Any other "
              + "address lets other machines see the preview.")
  String host;

  @Option(
      names = "--stylesheet",
      paramLabel = "FILE",
      description = "A stylesheet to use instead of the built-in one (watched too).")
  Path stylesheet;

  @Option(
      names = "--language",
      defaultValue = "en",
      paramLabel = "TAG",
      description = "The language of the index page (default: ${DEFAULT-VALUE}).")
  String language;

  @Mixin CommandOutput output;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = output.out();
    PrintWriter err = output.err();
    for (Path dir : dirs) {
      if (!Files.exists(dir)) {
        throw new UsageException("no such directory: " + dir);
      }
      if (!Files.isDirectory(dir)) {
        throw new UsageException(
            "not a directory: " + dir + " (serve watches directories; give the one that holds it)");
      }
    }
    if (stylesheet != null && !Files.isRegularFile(stylesheet)) {
      throw new UsageException("not a file: " + stylesheet);
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be from 0 to 65535");
    }
    String address = host == null ? "127.0.0.1" : host;
    if (host != null) {
      try {
        InetAddress resolved = InetAddress.getByName(host);
        if (!resolved.isLoopbackAddress()) {
          err.println(
              "caresheet: warning: listening on "
                  + host
                  + ": other machines that reach this address "
                  + "can see the preview. Leave --host out to serve this machine only.");
        }
      } catch (UnknownHostException e) {
        throw new UsageException("unknown host: " + host);
      }
    }
    PreviewServer.Log log =
        new PreviewServer.Log() {
          @Override
          public void problem(Problem problem) {
            Output.problem(err, output.terminal(), problem);
          }

          @Override
          public void info(String line) {
            err.println("caresheet: " + line);
          }

          @Override
          public void warn(String line) {
            err.println("caresheet: warning: " + line);
          }
        };
    PreviewServer server;
    try {
      server =
          PreviewServer.start(
              new PreviewServer.Config(
                  dirs,
                  Optional.ofNullable(stylesheet),
                  address,
                  port,
                  language,
                  Validation.VALIDATOR,
                  log));
    } catch (BindException e) {
      throw new UsageException(
          "cannot listen on "
              + address
              + ":"
              + port
              + ": "
              + e.getMessage()
              + (port != 0 ? " (--port 0 picks a free port)" : ""),
          e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  err.println("caresheet: stopped");
                  err.flush();
                  stopped.countDown();
                },
                "caresheet-stop"));
    out.println("Preview at " + server.url() + " (Ctrl-C stops it)");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
