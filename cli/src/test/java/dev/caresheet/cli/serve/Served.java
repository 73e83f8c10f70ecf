package dev.caresheet.cli.serve;

import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A preview server on a copy of the example content, and raw HTTP/1.1 on 127.0.0.1 to talk to it.
 */
final class Served implements AutoCloseable {

  static final Path EXAMPLES = Path.of("../examples/content");
  static final Validator VALIDATOR = Validator.create();

  final Path content;
  final PreviewServer server;
  final int port;
  final List<String> log = Collections.synchronizedList(new ArrayList<>());

  /** Copies the example content, with its images folder, into {@code content}. */
  static void copyExamples(Path content) throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path f : files.toList()) {
        Path to = content.resolve(f.getFileName().toString());
        if (Files.isDirectory(f)) {
          // The documents' images (examples/content/images), one level deep.
          Files.createDirectories(to);
          try (Stream<Path> inner = Files.list(f)) {
            for (Path g : inner.toList()) {
              Files.copy(g, to.resolve(g.getFileName().toString()));
            }
          }
        } else {
          Files.copy(f, to);
        }
      }
    }
  }

  Served(Path dir) throws IOException {
    this.content = dir.resolve("content");
    Files.createDirectories(content);
    copyExamples(content);
    PreviewServer.Log sink =
        new PreviewServer.Log() {
          @Override
          public void problem(Problem problem) {
            log.add(problem.toText());
          }

          @Override
          public void info(String line) {
            log.add(line);
          }

          @Override
          public void warn(String line) {
            log.add("warning: " + line);
          }
        };
    this.server =
        PreviewServer.start(
            new PreviewServer.Config(
                List.of(content), Optional.empty(), "127.0.0.1", 0, "en", VALIDATOR, sink));
    this.port = server.url().getPort();
  }

  String host() {
    return "127.0.0.1:" + port;
  }

  /**
   * One raw request, {@code Connection: close}; the whole answer, or what came before the server
   * closed.
   */
  Answer raw(String request) throws IOException {
    return raw(request.getBytes(StandardCharsets.ISO_8859_1));
  }

  Answer raw(byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
      } catch (SocketException e) {
        return new Answer(0, "", "");
      }
      return Answer.read(socket.getInputStream());
    }
  }

  Answer get(String target) throws IOException {
    return raw("GET " + target + " HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n");
  }

  @Override
  public void close() {
    server.close();
  }

  /** A status (0 when the server closed without answering), the head and the body. */
  record Answer(int status, String head, String body) {
    static Answer read(InputStream in) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        int n;
        while ((n = in.read(buffer)) > 0) {
          bytes.write(buffer, 0, n);
        }
      } catch (SocketException e) {
        // reset: what came before counts
      }
      String all = bytes.toString(StandardCharsets.UTF_8);
      int end = all.indexOf("\r\n\r\n");
      if (!all.startsWith("HTTP/1.1 ") || end < 0) {
        return new Answer(0, all, "");
      }
      return new Answer(
          Integer.parseInt(all.substring(9, 12)), all.substring(0, end), all.substring(end + 4));
    }

    boolean hasHeader(String name) {
      return head.toLowerCase(java.util.Locale.ROOT)
          .contains("\r\n" + name.toLowerCase(java.util.Locale.ROOT) + ":");
    }
  }
}
