package dev.caresheet.cli;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.importer.ImportException;
import dev.caresheet.importer.ImportResult;
import dev.caresheet.importer.Importer;
import dev.caresheet.model.Condition;
import dev.caresheet.model.ImmutableCondition;
import dev.caresheet.schema.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caresheet import}: legacy articles in, drafts out, with a report per source. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import legacy articles as draft documents: scraped text, saved HTML pages and fragments,",
      "NHS website content API JSON, MedlinePlus summaries (JSON or XML), each detected by its",
      "content. Writes one draft per article to DIR/ID.json (or .yaml), atomically, never over an",
      "existing file without --force, and prints what became which part, what was dropped and",
      "why, and what needs a person. Exit 0 when every draft validates, 1 when some need a",
      "person to make them valid, 2 on usage or I/O errors."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  caresheet import leg-cramps.txt --out drafts",
      "  caresheet import pages/*.html --out drafts --yaml --language en",
      "  caresheet import zika.json --out content --force --headings our-headings.txt"
    })
final class ImportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "The files to import.")
  List<Path> sources;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where to write the drafts.")
  Path out;

  @ArgGroup(exclusive = true)
  FormatChoice format = new FormatChoice();

  static final class FormatChoice {
    @Option(names = "--yaml", description = "Write YAML drafts.")
    boolean yaml;

    @Option(names = "--json", description = "Write JSON drafts (the default).")
    boolean json;
  }

  @Option(
      names = "--language",
      paramLabel = "TAG",
      description = "The drafts' BCP 47 language (default: what each source declares or shows).")
  String language;

  @Option(names = "--force", description = "Overwrite drafts that exist.")
  boolean force;

  @Option(
      names = "--headings",
      paramLabel = "FILE",
      description =
          "More headings for the heading vocabulary, in its format ([part], then 'language phrase' lines).")
  Path headings;

  @Mixin CommandOutput output;

  @Override
  public Integer call() throws IOException {
    Importer.Builder builder = Importer.builder();
    if (language != null) {
      if (!language.matches("[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*")) {
        throw new UsageException("--language " + language + " is not a BCP 47 language tag");
      }
      builder.language(language);
    }
    if (headings != null) {
      try (Reader reader = Files.newBufferedReader(headings, StandardCharsets.UTF_8)) {
        builder.headings(reader, headings.toString());
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    Importer importer = builder.build();
    Format fmt = format.yaml ? Format.YAML : Format.JSON;
    ConditionCodec codec = ConditionCodec.defaults();
    String schema = SchemaCopies.reference(out);
    boolean ioError = false;
    boolean invalid = false;
    Set<String> written = new HashSet<>();
    for (Path source : sources) {
      List<ImportResult> results;
      try {
        results = importer.importSource(source);
      } catch (ImportException e) {
        output.err().println("caresheet: " + e.getMessage());
        ioError = true;
        continue;
      }
      for (ImportResult result : results) {
        Condition draft = ImmutableCondition.copyOf(result.condition()).withSchema(schema);
        String id = draft.id();
        for (int n = 2; written.contains(id); n++) {
          id = draft.id() + "-" + n;
        }
        Path file = out.resolve(id + "." + fmt.extensions().get(0));
        String text =
            codec.write(
                id.equals(draft.id()) ? draft : ImmutableCondition.copyOf(draft).withId(id), fmt);
        if (fmt == Format.YAML) {
          text = "# yaml-language-server: $schema=" + schema + "\n" + text;
        }
        boolean done;
        try {
          if (force) {
            AtomicFiles.write(file, text);
            done = true;
          } else {
            done = AtomicFiles.create(file, text);
          }
        } catch (IOException e) {
          output.err().println("caresheet: " + file + ": cannot write: " + e.getMessage());
          ioError = true;
          continue;
        }
        if (!done) {
          output
              .err()
              .println(
                  "caresheet: "
                      + file
                      + " already exists; not overwriting it"
                      + " (--force overwrites)");
          ioError = true;
          continue;
        }
        written.add(id);
        output
            .out()
            .println(
                result.report().source()
                    + " ("
                    + result.report().inputKind()
                    + ") -> "
                    + file
                    + (result.isValid() ? "" : "  [does not validate]"));
        output.out().print(result.report().toText());
        for (Problem p : result.validation().problems()) {
          output.out().println("  " + p.toText().replace("\n", "\n  "));
        }
        invalid |= !result.isValid();
      }
    }
    if (ioError) {
      return ExitCodes.USAGE;
    }
    return invalid ? ExitCodes.CONTENT : ExitCodes.OK;
  }
}
