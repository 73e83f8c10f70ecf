package dev.caresheet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version, from a resource Maven fills in at build time. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return lines();
  }

  /** The lines {@code caresheet --version} prints. */
  static String[] lines() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // String.concat rather than +: the first + of a run bootstraps invokedynamic string
    // concatenation, a fifth of the time of `caresheet --version`.
    return new String[] {
      "caresheet ".concat(properties.getProperty("version", "unknown")),
      String.join(
          "",
          "Java ",
          System.getProperty("java.version"),
          " (",
          System.getProperty("java.vm.name"),
          ")")
    };
  }
}
