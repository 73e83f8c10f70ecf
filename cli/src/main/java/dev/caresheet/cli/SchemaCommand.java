package dev.caresheet.cli;

import dev.caresheet.schema.ConditionSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code caresheet schema}: prints the JSON Schema of condition documents. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (draft 2020-12) that condition documents follow, for editors and",
      "other tools. It is the schema 'caresheet validate' checks against."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  caresheet schema > condition.schema.json"})
final class SchemaCommand implements Callable<Integer> {
  @Mixin
  CommandOutput output;

  @Override
  public Integer call() {
    PrintWriter out = output.out();
    String text = ConditionSchema.text();
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.flush();
    return ExitCodes.OK;
  }
}
