package dev.caresheet.cli.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code caresheet serve}: the site of a set of content directories, rendered in memory, served on
 * loopback and kept up to date as files change; open pages reload themselves (server-sent events
 * from a small script that only preview pages carry).
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver}, with bounds on what it does not bound
 * itself (docs/SECURITY.md): the number of connections, request line and header sizes, the time a
 * request may take to arrive and a response to be read, idle connections, and the number of event
 * streams. Requests are answered from an in-memory map of the site's files, or, for the documents'
 * own images, from files whose real path is inside a content directory; nothing else is read.
 * Requests whose {@code Host} is not the address served are refused (DNS rebinding).
 */
public final class PreviewServer implements AutoCloseable {

  /** The URL path of the reload script. */
  public static final String RELOAD_JS = "/_caresheet/reload.js";

  /** The URL path of the event stream the reload script listens to. */
  public static final String EVENTS = "/_caresheet/events";

  /** The URL path of the stylesheet of the preview's own pages (errors, not found). */
  public static final String PREVIEW_CSS = "/_caresheet/preview.css";

  /** Threads answering requests; event streams take at most {@link #MAX_STREAMS} of them. */
  static final int WORKERS = 48;

  /** Open event streams (browser tabs) at once; more are answered 503. */
  static final int MAX_STREAMS = 32;

  /** How long an event stream stays open; the browser then opens a new one at once. */
  static final long STREAM_LIFETIME_MS = 20_000;

  /** A comment on each open event stream this often, so that a gone tab is noticed. */
  static final long PING_MS = 5_000;

  /** The longest request target accepted. */
  static final int MAX_TARGET = 1024;

  /** The largest image served. */
  static final long MAX_IMAGE_BYTES = 16L << 20;

  /** The JDK server's own bounds (seconds unless named), unless given on the command line. */
  static final Map<String, String> JDK_BOUNDS =
      Map.of(
          "jdk.httpserver.maxConnections", "128",
          "sun.net.httpserver.maxIdleConnections", "32",
          "sun.net.httpserver.maxReqHeaders", "64",
          "sun.net.httpserver.maxReqHeaderSize", "32768",
          "sun.net.httpserver.maxReqTime", "5",
          "sun.net.httpserver.maxRspTime", "30",
          "sun.net.httpserver.idleInterval", "10",
          "sun.net.httpserver.clockTick", "1000",
          // Without it, Nagle's algorithm and delayed acknowledgements add 40 ms to every answer.
          "sun.net.httpserver.nodelay", "true");

  static {
    // Read once, when the JDK server's classes load: before any server is made.
    JDK_BOUNDS.forEach(
        (k, v) -> {
          if (System.getProperty(k) == null) {
            System.setProperty(k, v);
          }
        });
  }

  private static final String RELOAD_SCRIPT = resource("reload.js");
  private static final String CSP_HTML =
      "default-src 'none'; script-src 'self'; style-src 'self'; "
          + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private static final String CSP_OTHER = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

  /** Where the terminal output of the server goes. */
  public interface Log {
    /**
     * A problem of a document, printed as {@code caresheet validate} prints it.
     *
     * @param problem the problem
     */
    void problem(Problem problem);

    /**
     * A line of information.
     *
     * @param line the line, without its line break
     */
    void info(String line);

    /**
     * A warning.
     *
     * @param line the line, without its line break
     */
    void warn(String line);
  }

  /**
   * What to serve, and where.
   *
   * @param roots the content directories
   * @param stylesheet a stylesheet file to use instead of the built-in one, watched too
   * @param host the address to bind to: a loopback address unless the user asked otherwise
   * @param port the port, 0 for a free one
   * @param language the language of the index page
   * @param validator the validator every document goes through, shared
   * @param log where the terminal output goes
   */
  public record Config(
      List<Path> roots,
      Optional<Path> stylesheet,
      String host,
      int port,
      String language,
      Validator validator,
      Log log) {
    /**
     * Checks that nothing is null.
     *
     * @param roots the content directories
     * @param stylesheet a stylesheet file to use instead of the built-in one, watched too
     * @param host the address to bind to
     * @param port the port, 0 for a free one
     * @param language the language of the index page
     * @param validator the validator every document goes through
     * @param log where the terminal output goes
     */
    public Config {
      roots = List.copyOf(roots);
      Objects.requireNonNull(stylesheet, "stylesheet");
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(validator, "validator");
      Objects.requireNonNull(log, "log");
    }
  }

  private final Config config;
  private final Preview preview;
  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final ContentWatcher watcher;
  private final Set<String> hosts;
  private final boolean anyIpLiteral;
  private final URI url;
  private final byte[] notFound;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger streams = new AtomicInteger();
  private final Object published = new Object();
  private volatile boolean stopping;
  private boolean closed;

  private PreviewServer(Config config) throws IOException {
    this.config = config;
    this.preview =
        new Preview(config.roots(), config.stylesheet(), config.validator(), config.language());
    this.notFound = Pages.notFound(config.language()).getBytes(StandardCharsets.UTF_8);
    report(preview.load(), true);
    InetAddress address = InetAddress.getByName(config.host());
    this.workers =
        new ThreadPoolExecutor(
            WORKERS,
            WORKERS,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            new Threads("caresheet-serve"));
    this.server = HttpServer.create(new InetSocketAddress(address, config.port()), 64);
    server.setExecutor(workers);
    server.createContext("/", this::handle);
    int port = server.getAddress().getPort();
    this.hosts = hosts(address, config.host(), port);
    this.anyIpLiteral = address.isAnyLocalAddress();
    String shown =
        address instanceof Inet6Address
            ? "[" + address.getHostAddress() + "]"
            : address.getHostAddress();
    if (address.isAnyLocalAddress()) {
      shown = "127.0.0.1";
    }
    this.url = URI.create("http://" + shown + ":" + port + "/");
    ContentWatcher w;
    try {
      w =
          new ContentWatcher(
              preview.roots(), preview.stylesheetFile(), this::changed, config.log()::warn);
    } catch (IOException | RuntimeException e) {
      server.stop(0);
      workers.shutdownNow();
      throw e;
    }
    this.watcher = w;
    workers.prestartAllCoreThreads();
    server.start();
    watcher.start();
  }

  /**
   * Reads and validates the content, prints its problems, and starts serving and watching.
   *
   * @param config what to serve, and where
   * @return the running server
   * @throws IOException if a content directory cannot be read or the address cannot be bound
   */
  public static PreviewServer start(Config config) throws IOException {
    return new PreviewServer(Objects.requireNonNull(config, "config"));
  }

  /** {@return the address of the index page} */
  public URI url() {
    return url;
  }

  /** The current generation of the site: how many updates it has had. */
  long generation() {
    return preview.snapshot().generation();
  }

  /** Stops serving and watching: event streams end, connections close, the threads end. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopping = true;
    synchronized (published) {
      published.notifyAll();
    }
    watcher.close();
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
    while (inFlight.get() > 0 && System.nanoTime() < end) {
      sleep(5);
    }
    server.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(500, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- updates ------------------------------------------------------------------------------

  private void changed(Set<Path> paths) {
    long start = System.nanoTime();
    Preview.Update update;
    try {
      update = preview.apply(paths);
    } catch (IOException | UncheckedIOException e) {
      config
          .log()
          .warn("cannot read the change (" + e.getMessage() + "); the preview stays as it was");
      return;
    } catch (RuntimeException e) {
      config.log().warn("internal error while updating the preview: " + e);
      return;
    }
    synchronized (published) {
      published.notifyAll();
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    report(update, false);
    if (!update.changedPages().isEmpty() || update.assets()) {
      List<String> pages = update.changedPages();
      String what = pages.size() <= 4 ? String.join(", ", pages) : pages.size() + " files";
      config
          .log()
          .info(
              "updated "
                  + (pages.isEmpty() ? "the stylesheet or an image" : what)
                  + " in "
                  + ms
                  + " ms");
    }
  }

  private void report(Preview.Update update, boolean first) {
    for (List<Problem> problems : update.newProblems().values()) {
      problems.forEach(config.log()::problem);
    }
    for (String source : update.fixed()) {
      config.log().info(source + ": no problems");
    }
    if (first || !update.newProblems().isEmpty() || !update.fixed().isEmpty()) {
      config
          .log()
          .info(
              update.documents()
                  + (update.documents() == 1 ? " document, " : " documents, ")
                  + update.errors()
                  + (update.errors() == 1 ? " error, " : " errors, ")
                  + update.warnings()
                  + (update.warnings() == 1 ? " warning" : " warnings"));
    }
  }

  // ---- requests -----------------------------------------------------------------------------

  private void handle(HttpExchange exchange) throws IOException {
    inFlight.incrementAndGet();
    try {
      answer(exchange);
    } catch (IOException e) {
      // the client went away
    } finally {
      inFlight.decrementAndGet();
      exchange.close();
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    Headers h = exchange.getResponseHeaders();
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Cache-Control", "no-store");
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    String method = exchange.getRequestMethod();
    boolean head = method.equals("HEAD");
    if (!head && !method.equals("GET")) {
      h.set("Allow", "GET, HEAD");
      plain(exchange, 405, "method not allowed", head);
      return;
    }
    if (!hostAllowed(exchange.getRequestHeaders().get("Host"))) {
      plain(exchange, 403, "this preview answers only at " + url, head);
      return;
    }
    drainBody(exchange);
    URI target = exchange.getRequestURI();
    String raw = target.getRawPath();
    if (target.isAbsolute() || target.getRawAuthority() != null || raw == null) {
      plain(exchange, 400, "bad request target", head);
      return;
    }
    if (raw.length() + Optional.ofNullable(target.getRawQuery()).map(String::length).orElse(0)
        > MAX_TARGET) {
      plain(exchange, 414, "request target too long", head);
      return;
    }
    Optional<String> name = Requests.name(raw);
    if (name.isEmpty()) {
      plain(exchange, 400, "bad path", head);
      return;
    }
    String path = name.get();
    switch (path) {
      case "_caresheet/reload.js" -> {
        send(
            exchange,
            200,
            "text/javascript; charset=utf-8",
            RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8),
            head,
            CSP_OTHER);
        return;
      }
      case "_caresheet/preview.css" -> {
        send(
            exchange,
            200,
            "text/css; charset=utf-8",
            Pages.CSS.getBytes(StandardCharsets.UTF_8),
            head,
            CSP_OTHER);
        return;
      }
      case "_caresheet/events" -> {
        events(exchange, target.getRawQuery());
        return;
      }
      default -> {
        // below
      }
    }
    Preview.Snapshot snapshot = preview.snapshot();
    Preview.Entry entry = snapshot.entries().get(path);
    if (entry != null) {
      if (entry.isHtml()) {
        html(exchange, 200, entry.body(), entry.scriptAt(), snapshot.token(path), head);
      } else {
        send(exchange, 200, entry.type(), entry.body(), head, CSP_OTHER);
      }
      return;
    }
    Path image = snapshot.images().get(path);
    if (image != null && image(exchange, image, path, head)) {
      return;
    }
    html(exchange, 404, notFound, notFound.length - "</body>\n</html>\n".length(), "none", head);
  }

  /** Serves an image if its real path is still inside a content directory; else false. */
  private boolean image(HttpExchange exchange, Path file, String name, boolean head)
      throws IOException {
    String type = Preview.IMAGE_TYPES.get(Preview.extension(file).orElse(""));
    if (type == null || !insideRoots(file)) {
      return false; // replaced by a link out of the content, or by something that is not a file
    }
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_IMAGE_BYTES) {
        return false;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return false;
    }
    send(exchange, 200, type, bytes, head, CSP_OTHER);
    return true;
  }

  private boolean insideRoots(Path file) {
    try {
      Path real = file.toRealPath();
      if (!Files.isRegularFile(real)) {
        return false;
      }
      for (Path root : preview.roots()) {
        if (real.startsWith(root.toRealPath())) {
          return true;
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  /** The event stream of one tab: "reload" as soon as what the tab shows is out of date. */
  private void events(HttpExchange exchange, String rawQuery) throws IOException {
    Map<String, String> query = Requests.query(rawQuery);
    Optional<String> page = Optional.ofNullable(query.get("path")).flatMap(Requests::name);
    String shown = query.getOrDefault("v", "");
    if (page.isEmpty() || !shown.matches("[0-9.]{1,40}|none|image\\.[0-9]{1,20}")) {
      plain(exchange, 400, "bad event stream request", false);
      return;
    }
    if (streams.incrementAndGet() > MAX_STREAMS) {
      streams.decrementAndGet();
      exchange.getResponseHeaders().set("Retry-After", "5");
      plain(exchange, 503, "too many open previews", false);
      return;
    }
    try {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      out.write("retry: 250\n\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STREAM_LIFETIME_MS);
      long nextPing = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PING_MS);
      while (!stopping) {
        if (!preview.snapshot().token(page.get()).equals(shown)) {
          out.write("event: reload\ndata: reload\n\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          return;
        }
        long now = System.nanoTime();
        if (now >= end) {
          return;
        }
        if (now >= nextPing) {
          out.write(":\n\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          nextPing = now + TimeUnit.MILLISECONDS.toNanos(PING_MS);
        }
        synchronized (published) {
          long generation = preview.snapshot().generation();
          long wait = TimeUnit.NANOSECONDS.toMillis(Math.min(end, nextPing) - now);
          if (!stopping && generation == preview.snapshot().generation() && wait > 0) {
            published.wait(wait);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      streams.decrementAndGet();
    }
  }

  private void html(
      HttpExchange exchange, int status, byte[] body, int scriptAt, String token, boolean head)
      throws IOException {
    byte[] script =
        ("<script src=\"" + RELOAD_JS + "\" data-version=\"" + token + "\"></script>\n")
            .getBytes(StandardCharsets.US_ASCII);
    Headers h = exchange.getResponseHeaders();
    h.set("Content-Type", "text/html; charset=utf-8");
    h.set("Content-Security-Policy", CSP_HTML);
    if (head) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length + script.length);
    OutputStream out = exchange.getResponseBody();
    out.write(body, 0, scriptAt);
    out.write(script);
    out.write(body, scriptAt, body.length - scriptAt);
  }

  private static void send(
      HttpExchange exchange, int status, String type, byte[] body, boolean head, String csp)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Content-Security-Policy", csp);
    if (head) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  private static void plain(HttpExchange exchange, int status, String text, boolean head)
      throws IOException {
    send(
        exchange,
        status,
        "text/plain; charset=utf-8",
        (text + "\n").getBytes(StandardCharsets.UTF_8),
        head,
        CSP_OTHER);
  }

  /** A GET may carry a body; a small one is read and dropped, a large one closes the connection. */
  private static void drainBody(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    byte[] buffer = new byte[4096];
    int total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > 65536) {
        throw new IOException("request body too large");
      }
    }
  }

  private boolean hostAllowed(List<String> values) {
    if (values == null || values.size() != 1) {
      return false;
    }
    String host = values.get(0).trim().toLowerCase(Locale.ROOT);
    if (hosts.contains(host)) {
      return true;
    }
    // Bound to every address: any IP literal is fine, since DNS rebinding needs a name.
    return anyIpLiteral && Requests.isIpLiteralWithPort(host, server.getAddress().getPort());
  }

  private static Set<String> hosts(InetAddress address, String given, int port) {
    List<String> names = new ArrayList<>();
    String literal =
        address instanceof Inet6Address
            ? "[" + address.getHostAddress() + "]"
            : address.getHostAddress();
    names.add(literal);
    if (!given.contains(":")) {
      names.add(given);
    }
    if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
      names.addAll(List.of("127.0.0.1", "localhost", "[::1]"));
    }
    Set<String> hosts = new java.util.HashSet<>();
    for (String n : names) {
      String lower = n.toLowerCase(Locale.ROOT);
      hosts.add(lower + ":" + port);
      if (port == 80) {
        hosts.add(lower);
      }
    }
    return Set.copyOf(hosts);
  }

  private static String resource(String name) {
    try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Daemon threads with a name, so that a stray one is easy to see. */
  private static final class Threads implements java.util.concurrent.ThreadFactory {
    private final String name;
    private final AtomicInteger n = new AtomicInteger();

    Threads(String name) {
      this.name = name;
    }

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
