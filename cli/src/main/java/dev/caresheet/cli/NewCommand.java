package dev.caresheet.cli;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import dev.caresheet.model.InvalidContentException;
import dev.caresheet.schema.ConditionSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caresheet new}: writes a minimal valid document to start from. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Write a minimal valid condition document, ID.json (or ID.yaml), that names the schema so",
      "editors autocomplete it: by its path from DIR to the nearest schemas/condition.schema.json",
      "(which 'caresheet init' writes), so editors load it offline, else by its $id. Never",
      "overwrites a file."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  caresheet new migraine                          writes ./migraine.json",
      "  caresheet new migraine --yaml --dir content     writes content/migraine.yaml",
      "  caresheet new anorexia-nervosa --name \"Anorexia nervosa\" --language en"
    })
final class NewCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", description = "The condition's id: a slug such as leg-cramps.")
  String id;

  @Option(names = "--name", description = "The condition's name (default: from the id).")
  String name;

  @Option(
      names = "--language",
      defaultValue = "en",
      description = "BCP 47 language (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--yaml", description = "Write YAML instead of JSON.")
  boolean yaml;

  @Option(
      names = "--dir",
      defaultValue = ".",
      paramLabel = "DIR",
      description = "Where to write (default: the current directory).")
  Path dir;

  @Mixin CommandOutput output;

  @Override
  public Integer call() throws IOException {
    Format format = yaml ? Format.YAML : Format.JSON;
    Condition skeleton;
    String schema = SchemaCopies.reference(dir);
    try {
      skeleton =
          Condition.builder()
              .schema(schema)
              .id(id)
              .language(language)
              .name(name != null ? name : nameFromId(id))
              .build();
    } catch (InvalidContentException e) {
      throw new UsageException(e.getMessage());
    }
    Path file = dir.resolve(id + "." + format.extensions().get(0));
    if (Files.exists(file)) {
      throw new UsageException(file + " already exists; not overwriting it");
    }
    String text = ConditionCodec.defaults().write(skeleton, format);
    if (format == Format.YAML) {
      text = "# yaml-language-server: $schema=" + schema + "\n" + text;
    }
    AtomicFiles.write(file, text);
    output.out().println("created " + file);
    if (schema.equals(ConditionSchema.ID)) {
      output
          .err()
          .println(
              "caresheet: no schemas/"
                  + ConditionSchema.FILE_NAME
                  + " above "
                  + dir
                  + "; the document names the schema by its $id. 'caresheet init' writes"
                  + " a copy editors load offline");
    }
    return ExitCodes.OK;
  }

  private static String nameFromId(String id) {
    String words = id.replace('-', ' ');
    return words.isEmpty()
        ? words
        : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
