package dev.caresheet.cli;

import dev.caresheet.schema.ConditionSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A repository's copy of the schema, {@code schemas/condition.schema.json}, which editors load
 * offline: where it is for some content, what version it is, and how a document names it.
 */
final class SchemaCopies {
  private SchemaCopies() {}

  /** Where a repository keeps its copy, relative to the repository's root. */
  static final Path IN_REPOSITORY = Path.of("schemas", ConditionSchema.FILE_NAME);

  /** The nearest {@code schemas/condition.schema.json} at or above {@code from}, if any. */
  static Optional<Path> find(Path from) {
    Path dir = from.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    for (; dir != null; dir = dir.getParent()) {
      Path copy = dir.resolve(IN_REPOSITORY);
      if (Files.isRegularFile(copy)) {
        return Optional.of(copy);
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code $schema} a new document in {@code dir} names: the path from {@code dir} to the
   * nearest repository copy, written with {@code /}, or the schema's {@code $id} when there is
   * none.
   */
  static String reference(Path dir) {
    return find(dir)
        .map(
            copy -> dir.toAbsolutePath().normalize().relativize(copy).toString().replace('\\', '/'))
        .orElse(ConditionSchema.ID);
  }

  /** The copy's {@code x-version}, or empty when the file is not a schema with one. */
  static Optional<String> version(Path copy) {
    try {
      if (Files.size(copy) > 4 << 20) {
        return Optional.empty();
      }
      JsonNode node = JsonMapper.shared().readTree(Files.readString(copy, StandardCharsets.UTF_8));
      JsonNode version = node.get("x-version");
      return version != null && version.isString()
          ? Optional.of(version.asString())
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether dotted version {@code a} is before {@code b} (1.1.0 before 1.2.0 before 1.10.0). */
  static boolean older(String a, String b) {
    String[] x = a.split("\\.", -1);
    String[] y = b.split("\\.", -1);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? number(x[i]) : 0;
      long q = i < y.length ? number(y[i]) : 0;
      if (p != q) {
        return p < q;
      }
    }
    return false;
  }

  private static long number(String part) {
    try {
      return Long.parseLong(part);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
