package dev.caresheet.lint.internal;

import dev.caresheet.lint.LintCode;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Severity;
import dev.caresheet.schema.internal.Position;
import dev.caresheet.schema.internal.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects the editorial findings of one document at their places, with the severity the settings
 * give each rule; a rule that is off or suppressed in the document adds nothing.
 */
public final class Findings {

  /** The note of a message whose column is where the text starts. */
  static final String APPROXIMATE =
      " (the column is where the text starts: the exact column in a"
          + " folded YAML text cannot be known)";

  private final String source;
  private final SourceMap map;
  private final Settings settings;
  private final Set<String> suppressed;
  private final List<Problem> problems = new ArrayList<>();

  /** Findings of a document read from {@code source}, located through its map. */
  public Findings(String source, SourceMap map, Settings settings, Set<String> suppressed) {
    this.source = source;
    this.map = map;
    this.settings = settings;
    this.suppressed = suppressed;
  }

  /** The settings of the document. */
  public Settings settings() {
    return settings;
  }

  /** Whether a rule reports anything in this document. */
  public boolean on(LintCode code) {
    return settings.severity(code).isPresent() && !suppressed.contains(code.code());
  }

  /** Adds a finding at the value of {@code pointer}. */
  public void atValue(LintCode code, String pointer, String message, @Nullable String hint) {
    add(code, pointer, map.valueAt(pointer), message, hint);
  }

  /** Adds a finding at the property name of {@code pointer}. */
  public void atKey(LintCode code, String pointer, String message, @Nullable String hint) {
    add(code, pointer, map.keyAt(pointer), message, hint);
  }

  /** Adds a finding at a plain character of a text. */
  public void inText(
      LintCode code, Prose.Text text, int plainIndex, String message, @Nullable String hint) {
    SourceMap.InString in = map.inString(text.pointer(), text.value(), text.source(plainIndex));
    add(code, text.pointer(), in.at(), message + (in.exact() ? "" : APPROXIMATE), hint);
  }

  /** Adds a finding at a position. */
  public void add(
      LintCode code, String pointer, Position at, String message, @Nullable String hint) {
    if (!on(code)) {
      return;
    }
    Optional<Severity> severity = settings.severity(code);
    problems.add(
        Problem.at(
            source,
            at.line(),
            at.column(),
            pointer,
            severity.orElseThrow(),
            code.code(),
            message,
            hint));
  }

  /** Where a value is, for findings made later (across files). */
  public Position where(String pointer) {
    return map.valueAt(pointer);
  }

  /** Where a plain character of a text is, and the note to add when the column is approximate. */
  public Position where(Prose.Text text, int plainIndex) {
    return map.inString(text.pointer(), text.value(), text.source(plainIndex)).at();
  }

  /** The findings so far. */
  public List<Problem> problems() {
    return problems;
  }
}
