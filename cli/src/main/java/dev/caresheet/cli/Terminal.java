package dev.caresheet.cli;

/**
 * What the command knows about where its output goes: whether to colour it and whether to show
 * progress. Colour only on a terminal, and never when {@code NO_COLOR} is set (no-color.org).
 */
final class Terminal {
  static final Terminal PLAIN = new Terminal(false, false);

  final boolean colour;
  final boolean interactive;

  Terminal(boolean colour, boolean interactive) {
    this.colour = colour;
    this.interactive = interactive;
  }

  static Terminal detect() {
    boolean tty = System.console() != null;
    String noColor = System.getenv("NO_COLOR");
    boolean colour =
        tty && (noColor == null || noColor.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
    return new Terminal(colour, tty);
  }

  String red(String s) {
    return colour ? "\u001B[1;31m" + s + "\u001B[0m" : s;
  }

  String yellow(String s) {
    return colour ? "\u001B[1;33m" + s + "\u001B[0m" : s;
  }

  String dim(String s) {
    return colour ? "\u001B[2m" + s + "\u001B[0m" : s;
  }

  String bold(String s) {
    return colour ? "\u001B[1m" + s + "\u001B[0m" : s;
  }
}
