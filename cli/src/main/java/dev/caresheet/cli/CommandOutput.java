package dev.caresheet.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand writes to: its standard output and error streams, and the terminal they may
 * be. {@code @Mixin} it instead of injecting the command's spec and parent. ({@code @Command} with
 * nothing in it, because picocli takes no mixin without an annotation it knows.)
 */
@Command
final class CommandOutput {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The standard output of the command line. */
  PrintWriter out() {
    return command.commandLine().getOut();
  }

  /** The standard error of the command line. */
  PrintWriter err() {
    return command.commandLine().getErr();
  }

  /** The terminal, which decides about colour. */
  Terminal terminal() {
    return ((CaresheetCommand) command.parent().userObject()).terminal;
  }
}
