package dev.caresheet.cli;

import dev.caresheet.schema.ConditionSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code caresheet init}: sets up a content repository so that editors complete and check every
 * file offline, and CI validates it.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Set up DIR (default: the current directory) as a content repository: the schema editors",
      "load offline (schemas/condition.schema.json, this caresheet's own copy), VS Code's mappings",
      "of content files to it for JSON and YAML (.vscode/settings.json), an .editorconfig, a",
      "sample document (content/sample.json) and a CI workflow that validates content/",
      "(.github/workflows/caresheet.yml). Never overwrites a file: one that exists is kept, and",
      "said so. Each file is written atomically."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  caresheet init                 sets up the current directory",
      "  caresheet init my-content      creates my-content/ and sets it up",
      "  caresheet schema --out my-content/schemas/condition.schema.json   after an upgrade"
    })
final class InitCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "The repository's root (default: the current directory).")
  Path dir;

  @Mixin CommandOutput output;

  /** The files {@code init} writes, by path relative to the repository's root, in order. */
  static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("schemas/" + ConditionSchema.FILE_NAME, SchemaCommand.text());
    files.put(
        ".vscode/settings.json",
        """
        {
          "json.schemas": [
            {
              "fileMatch": ["content/**/*.json"],
              "url": "./schemas/condition.schema.json"
            }
          ],
          "yaml.schemas": {
            "./schemas/condition.schema.json": ["content/**/*.yaml", "content/**/*.yml"]
          },
          "yaml.schemaStore.enable": false,
          "files.encoding": "utf8",
          "files.insertFinalNewline": true
        }
        """);
    files.put(
        ".editorconfig",
        """
        # caresheet fmt writes UTF-8, two-space indentation and one final line break.
        root = true

        [*]
        charset = utf-8
        end_of_line = lf
        insert_final_newline = true
        trim_trailing_whitespace = true

        [*.{json,yaml,yml}]
        indent_style = space
        indent_size = 2
        """);
    files.put(
        "content/sample.json",
        """
        {
          "$schema": "../schemas/condition.schema.json",
          "id": "sample",
          "language": "en",
          "name": "Sample condition",
          "summary": "A sample document: rename it, or start another with caresheet new ID --dir content."
        }
        """);
    files.put(
        ".github/workflows/caresheet.yml",
        """
        # Validates the content on every push and pull request: every problem at file:line:column,
        # and a failed check when there is one. It runs the caresheet jar that the repository keeps
        # at tools/caresheet.jar (cli/target/caresheet.jar of a Caresheet build); change that path
        # to where your team keeps it.
        name: caresheet
        on: [push, pull_request]
        jobs:
          validate:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-java@v4
                with:
                  distribution: temurin
                  java-version: "17"
              - run: java -jar tools/caresheet.jar validate content
              - run: java -jar tools/caresheet.jar fmt --check content
        """);
    return files;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = output.out();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException(dir + " is not a directory");
    }
    int written = 0;
    int kept = 0;
    for (Map.Entry<String, String> file : files().entrySet()) {
      Path target = dir.resolve(file.getKey());
      if (AtomicFiles.create(target, file.getValue())) {
        out.println("wrote " + target);
        written++;
      } else {
        out.println(target + ": exists, kept");
        kept++;
      }
    }
    out.println(dir + ": " + Output.plural(written, "file") + " written, " + kept + " kept");
    return ExitCodes.OK;
  }
}
