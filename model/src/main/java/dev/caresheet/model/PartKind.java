package dev.caresheet.model;

import java.util.Optional;

/**
 * The kinds of {@link Part}, in the default reading order of a condition document. Each typed kind
 * has a fixed {@link #key() key}, the name of its property in the document.
 */
public enum PartKind {
  /** Conditions that look alike and how to tell them apart. */
  DIFFERENTIAL_DIAGNOSES("differentialDiagnoses"),
  /** What causes the condition. */
  CAUSES("causes"),
  /** How the condition comes about in the body. */
  MECHANISMS("mechanisms"),
  /** Precursors and risk factors. */
  TRIGGERS("triggers"),
  /** Ordered first-aid steps. */
  FIRST_AID("firstAid"),
  /** When to see a doctor or call for help. */
  WHEN_TO_SEEK_HELP("whenToSeekHelp"),
  /** How to prevent the condition. */
  PREVENTION("prevention"),
  /** A free titled section; its key is the section's own id. */
  SECTION(null);

  private final String key;

  PartKind(String key) {
    this.key = key;
  }

  /**
   * The property name of a typed part in the document, such as {@code "firstAid"}; empty for
   * {@link #SECTION}, whose key is each section's id.
   *
   * @return the key, or empty for {@link #SECTION}
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /**
   * {@return the typed kind whose key is {@code key}, if any}
   *
   * @param key a property name such as {@code "causes"}
   */
  public static Optional<PartKind> ofKey(String key) {
    for (PartKind kind : values()) {
      if (key.equals(kind.key)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
