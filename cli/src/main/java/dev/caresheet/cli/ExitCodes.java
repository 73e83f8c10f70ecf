package dev.caresheet.cli;

/** The documented exit codes of the {@code caresheet} command. */
final class ExitCodes {
  private ExitCodes() {}

  /** Everything is fine. */
  static final int OK = 0;

  /** Content problems: invalid documents, files that would change under {@code fmt --check}. */
  static final int CONTENT = 1;

  /** Usage or I/O errors: a missing file, an unreadable directory, an unknown format. */
  static final int USAGE = 2;

  /** A bug in Caresheet. */
  static final int INTERNAL = 3;
}
