package dev.caresheet.render;

import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.PartKind;
import dev.caresheet.model.Urgency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The fixed words renderers print around content — "Causes", "First aid", "Important" — in a
 * document's language. English is built in, and Russian; a language without a bundle falls back
 * to English (never to the machine's default locale, so output does not depend on where it runs).
 * Add a language with a {@code dev/caresheet/render/Labels_xx.properties} resource (UTF-8) on the
 * class path, or replace single labels with {@link #with(Map)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Labels {

  /** Every key a bundle must define. */
  public static final Set<String> KEYS = Set.of(
      "part.differentialDiagnoses", "part.causes", "part.mechanisms", "part.triggers",
      "part.firstAid", "part.whenToSeekHelp", "part.prevention",
      "callout.important", "callout.note", "callout.warning",
      "urgency.emergency", "urgency.urgent", "urgency.soon", "urgency.routine",
      "alternateNames", "affectedAnatomy", "explainsCauses", "caution", "contents",
      "references", "about", "authors", "reviewers", "lastReviewed", "related",
      "site.index", "site.home", "site.letters");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(List.of("java.properties"));

  private final Locale locale;
  private final Map<String, String> labels;

  private Labels(Locale locale, Map<String, String> labels) {
    this.locale = locale;
    this.labels = Map.copyOf(labels);
  }

  /**
   * The labels for a BCP 47 language tag ({@code "ru"}, {@code "pt-BR"}), falling back from the
   * most specific bundle to English.
   *
   * @param languageTag a BCP 47 language tag
   * @return the labels
   */
  public static Labels forLanguage(String languageTag) {
    Locale locale = Locale.forLanguageTag(Objects.requireNonNull(languageTag, "languageTag"));
    ResourceBundle bundle;
    try {
      bundle = ResourceBundle.getBundle("dev.caresheet.render.Labels", locale,
          Labels.class.getClassLoader(), NO_FALLBACK);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("the built-in English labels are missing from the class path", e);
    }
    Map<String, String> labels = new HashMap<>();
    for (String key : KEYS) {
      labels.put(key, bundle.getString(key));
    }
    return new Labels(locale, labels);
  }

  /**
   * {@return these labels with some replaced; every key must be one of {@link #KEYS}}
   *
   * @param overrides the new labels, by key
   */
  public Labels with(Map<String, String> overrides) {
    Map<String, String> copy = new HashMap<>(labels);
    overrides.forEach((key, value) -> {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown label key \"" + key + "\"; known: " + KEYS);
      }
      copy.put(key, Objects.requireNonNull(value, key));
    });
    return new Labels(locale, copy);
  }

  /** {@return the locale the labels were asked for} */
  public Locale locale() {
    return locale;
  }

  /**
   * The label for a key.
   *
   * @param key one of {@link #KEYS}
   * @return the label
   * @throws IllegalArgumentException if the key is not one of {@link #KEYS}
   */
  public String get(String key) {
    String label = labels.get(Objects.requireNonNull(key, "key"));
    if (label == null) {
      throw new IllegalArgumentException("unknown label key \"" + key + "\"");
    }
    return label;
  }

  /**
   * {@return the default heading of a typed part ("Causes")}
   *
   * @param kind a typed part's kind
   */
  public String part(PartKind kind) {
    return get("part." + kind.key().orElseThrow(() ->
        new IllegalArgumentException("a free section has no default heading")));
  }

  /**
   * {@return the default title of a callout kind ("Important")}
   *
   * @param kind the callout's kind
   */
  public String callout(CalloutKind kind) {
    return get("callout." + kind.value());
  }

  /**
   * {@return what an urgency means for the reader ("See a doctor today")}
   *
   * @param urgency the urgency
   */
  public String urgency(Urgency urgency) {
    return get("urgency." + urgency.value());
  }
}
