package dev.caresheet.cli;

import dev.caresheet.schema.ConditionSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caresheet schema}: prints the JSON Schema of condition documents, or writes it. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (draft 2020-12) that condition documents follow, for editors and",
      "other tools. It is the schema 'caresheet validate' checks against. With --out, write it to",
      "FILE atomically, replacing an older copy, so that a repository's schemas/condition.schema.json",
      "stays in step with the installed caresheet."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  caresheet schema > condition.schema.json",
      "  caresheet schema --out schemas/condition.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the schema to FILE instead of stdout.")
  Path out;

  @Mixin CommandOutput output;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = output.out();
    String text = text();
    if (out == null) {
      stdout.print(text);
      stdout.flush();
      return ExitCodes.OK;
    }
    if (Files.isDirectory(out)) {
      throw new UsageException(
          out
              + " is a directory; name the file, such as "
              + out.resolve(ConditionSchema.FILE_NAME));
    }
    if (Files.isRegularFile(out)
        && Files.size(out) < (8 << 20)
        && Arrays.equals(Files.readAllBytes(out), text.getBytes(StandardCharsets.UTF_8))) {
      stdout.println(out + ": schema " + ConditionSchema.VERSION + ", unchanged");
      return ExitCodes.OK;
    }
    String was =
        Files.isRegularFile(out)
            ? SchemaCopies.version(out).map(v -> " (was " + v + ")").orElse(" (replaced)")
            : "";
    AtomicFiles.write(out, text);
    stdout.println("wrote " + out + ": schema " + ConditionSchema.VERSION + was);
    return ExitCodes.OK;
  }

  /** The schema as printed and written: the resource, with one final line break. */
  static String text() {
    String text = ConditionSchema.text();
    return text.endsWith("\n") ? text : text + "\n";
  }
}
