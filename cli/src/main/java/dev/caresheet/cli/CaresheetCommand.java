package dev.caresheet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: global options and the subcommands. */
@Command(
    name = "caresheet",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description =
        "Validate, format and render structured health-condition documents (JSON or YAML).",
    subcommands = {
      ValidateCommand.class, LintCommand.class, RenderCommand.class, FmtCommand.class,
      SchemaCommand.class, NewCommand.class, InitCommand.class, SiteCommand.class,
      ServeCommand.class, ImportCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  clean",
      "  1  content problems (invalid documents; files fmt --check would change)",
      "  2  usage or I/O errors (missing file, unreadable directory, unknown format)",
      "  3  internal error (a bug in caresheet; please report it with --debug output)"
    })
final class CaresheetCommand implements Runnable {

  final Terminal terminal;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "On an error, print the stack trace too.")
  boolean debug;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  CaresheetCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: validate, lint, render, fmt, site, serve, schema or new");
  }
}
