package dev.caresheet.lint.internal;

import dev.caresheet.lint.LintCode;
import dev.caresheet.schema.Severity;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of the rules for one document: each rule's severity or off, and its thresholds; the
 * defaults of {@link LintCode} where the configuration says nothing. Mutable while a configuration
 * is applied, then only read.
 */
public final class Settings {

  private final Map<LintCode, Optional<Severity>> severities = new EnumMap<>(LintCode.class);
  private final Map<LintCode, Map<String, Integer>> thresholds = new EnumMap<>(LintCode.class);

  /** The defaults of every rule. */
  public Settings() {
    for (LintCode code : LintCode.values()) {
      severities.put(code, Optional.of(code.defaultSeverity()));
      thresholds.put(code, new HashMap<>(code.thresholds()));
    }
  }

  /** A copy, to apply an override to. */
  public Settings copy() {
    Settings s = new Settings();
    s.severities.putAll(severities);
    for (Map.Entry<LintCode, Map<String, Integer>> e : thresholds.entrySet()) {
      s.thresholds.put(e.getKey(), new HashMap<>(e.getValue()));
    }
    return s;
  }

  /** Sets a rule's severity; empty turns it off. */
  public void severity(LintCode code, Optional<Severity> severity) {
    if (code.configurable()) {
      severities.put(code, severity);
    }
  }

  /** Sets a threshold of a rule. */
  public void threshold(LintCode code, String name, int value) {
    thresholds.get(code).put(name, value);
  }

  /** The severity of a rule, or empty when it is off. */
  public Optional<Severity> severity(LintCode code) {
    return severities.get(code);
  }

  /** A threshold of a rule; one of {@link LintCode#thresholds()}. */
  public int threshold(LintCode code, String name) {
    Integer v = thresholds.get(code).get(name);
    if (v == null) {
      throw new IllegalArgumentException(code.code() + " has no threshold " + name);
    }
    return v;
  }
}
