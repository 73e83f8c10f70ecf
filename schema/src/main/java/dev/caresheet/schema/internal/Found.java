package dev.caresheet.schema.internal;

import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Severity;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the problems of one source, locating each through the source's {@link SourceMap}. */
public final class Found {

  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  /** A collector for a source name ({@code ""} for none). */
  public Found(String source) {
    this.source = source;
  }

  /** The source name. */
  public String source() {
    return source;
  }

  /** Adds an error at a position. */
  public void error(
      String code, String pointer, Position at, String message, @Nullable String hint) {
    add(Severity.ERROR, code, pointer, at, message, hint);
  }

  /** Adds a warning at a position. */
  public void warning(
      String code, String pointer, Position at, String message, @Nullable String hint) {
    add(Severity.WARNING, code, pointer, at, message, hint);
  }

  /** Adds a problem at a position. */
  public void add(
      Severity severity,
      String code,
      String pointer,
      Position at,
      String message,
      @Nullable String hint) {
    problems.add(
        Problems.create(source, at.line(), at.column(), pointer, severity, code, message, hint));
  }

  /** Adds a problem that has no place in the text (the file could not be read). */
  public void unplaced(String code, String message, @Nullable String hint) {
    problems.add(Problems.create(source, 0, 0, "", Severity.ERROR, code, message, hint));
  }

  /** Whether any error was found. */
  public boolean hasErrors() {
    for (Problem p : problems) {
      if (p.isError()) {
        return true;
      }
    }
    return false;
  }

  /** The problems found so far, in the order found. */
  public List<Problem> problems() {
    return problems;
  }
}
