package dev.caresheet.render;

import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.PartKind;
import dev.caresheet.model.Recommendation;
import dev.caresheet.model.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The fixed words renderers print around content — "Causes", "First aid", "Important" — in a
 * document's language. English is built in, and Russian; a language without a bundle falls back to
 * English (never to the machine's default locale, so output does not depend on where it runs). Add
 * a language with a {@code dev/caresheet/render/Labels_xx.properties} resource (UTF-8) on the class
 * path, or replace single labels with {@link #with(Map)}.
 *
 * <p>The keys are derived from the model: {@code part.KEY} for every {@link PartKind#typed() typed
 * part}, {@code callout.KIND}, {@code urgency.LEVEL} and {@code selfCare.do|dont}, plus the words
 * of the page around the parts. Bundles are read as plain UTF-8 resources, not through {@code
 * ResourceBundle.Control}, so they load on the class path and in named modules alike.
 *
 * <p>Immutable and thread-safe.
 */
public final class Labels {

  /** Every key a bundle must define. */
  public static final Set<String> KEYS = keys();

  private static final String BASE = "Labels";
  private static final int MAX_CACHED = 64;

  private final Locale locale;
  private final Map<String, String> labels;

  private Labels(Locale locale, Map<String, String> labels) {
    this.locale = locale;
    this.labels = Map.copyOf(labels);
  }

  private static Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    for (PartKind kind : PartKind.typed()) {
      keys.add(kind.labelKey());
    }
    for (CalloutKind kind : CalloutKind.values()) {
      keys.add(calloutKey(kind));
    }
    for (Urgency urgency : Urgency.values()) {
      keys.add(urgencyKey(urgency));
    }
    for (Recommendation r : Recommendation.values()) {
      keys.add(recommendationKey(r));
    }
    keys.addAll(
        List.of(
            "alternateNames",
            "affectedAnatomy",
            "explainsCauses",
            "caution",
            "contents",
            "urgentAdvice",
            "references",
            "about",
            "authors",
            "reviewers",
            "publisher",
            "published",
            "modified",
            "lastReviewed",
            "nextReview",
            "license",
            "related",
            "figure",
            "site.index",
            "site.home",
            "site.letters"));
    return Set.copyOf(keys);
  }

  /** The built-in bundles, loaded once per tag through the one cache, {@link #cached}. */
  private static final java.util.function.Function<String, Labels> BUILT_IN =
      cached(tag -> load(Locale.forLanguageTag(tag)));

  /**
   * The labels for a BCP 47 language tag ({@code "ru"}, {@code "pt-BR"}), falling back from the
   * most specific bundle to English. Cached per tag (a bounded cache, since tags come from
   * content).
   *
   * @param languageTag the document's language tag
   * @return the labels
   */
  public static Labels forLanguage(String languageTag) {
    Objects.requireNonNull(languageTag, "languageTag");
    return BUILT_IN.apply(languageTag);
  }

  /**
   * A labels source that asks {@code source} once per language tag and keeps the answer (for a
   * bounded number of tags, since tags come from content): how every renderer uses the labels
   * function its builder was given. The source must be deterministic and thread-safe.
   *
   * @throws NullPointerException from the returned function if {@code source} returns null
   * @param source where labels come from, by language tag
   * @return the caching source
   */
  public static java.util.function.Function<String, Labels> cached(
      java.util.function.Function<? super String, Labels> source) {
    Objects.requireNonNull(source, "source");
    ConcurrentMap<String, Labels> cache = new ConcurrentHashMap<>();
    return tag -> {
      Labels found = cache.get(tag);
      if (found == null) {
        found =
            Objects.requireNonNull(
                source.apply(tag), () -> "the labels function returned null for \"" + tag + "\"");
        if (cache.size() < MAX_CACHED) {
          cache.putIfAbsent(tag, found);
        }
      }
      return found;
    };
  }

  private static Labels load(Locale locale) {
    Properties english = read(BASE + ".properties");
    if (english == null) {
      throw new IllegalStateException(
          "the built-in English labels are missing from the class path");
    }
    Map<String, String> labels = new HashMap<>();
    // From the least to the most specific bundle, each overriding the one before.
    List<String> suffixes = suffixes(locale);
    List<Properties> bundles = new ArrayList<>();
    bundles.add(english);
    for (int i = suffixes.size() - 1; i >= 0; i--) {
      Properties bundle = read(BASE + "_" + suffixes.get(i) + ".properties");
      if (bundle != null) {
        bundles.add(bundle);
      }
    }
    for (String key : KEYS) {
      for (Properties bundle : bundles) {
        String value = bundle.getProperty(key);
        if (value != null) {
          labels.put(key, value);
        }
      }
      if (!labels.containsKey(key)) {
        throw new IllegalStateException("the built-in English labels have no \"" + key + "\"");
      }
    }
    return new Labels(locale, labels);
  }

  /**
   * Bundle suffixes from the most specific: {@code zh_Hant_TW}, {@code zh_Hant}, {@code zh_TW},
   * {@code zh}.
   */
  private static List<String> suffixes(Locale locale) {
    String language = locale.getLanguage();
    if (language.isEmpty() || !language.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return List.of();
    }
    String script = locale.getScript();
    String country = locale.getCountry();
    Set<String> out = new LinkedHashSet<>();
    if (!script.isEmpty() && !country.isEmpty()) {
      out.add(language + "_" + script + "_" + country);
    }
    if (!script.isEmpty()) {
      out.add(language + "_" + script);
    }
    if (!country.isEmpty()) {
      out.add(language + "_" + country);
    }
    out.add(language);
    out.removeIf(s -> !s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'));
    return List.copyOf(out);
  }

  private static Properties read(String name) {
    try (InputStream in = open(name)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the labels " + name, e);
    }
  }

  private static InputStream open(String name) {
    // This module's own bundles first (works in a named module), then the class path's.
    InputStream in = Labels.class.getResourceAsStream(name);
    if (in == null) {
      ClassLoader loader = Labels.class.getClassLoader();
      if (loader != null) {
        in = loader.getResourceAsStream("dev/caresheet/render/" + name);
      }
    }
    return in;
  }

  /**
   * These labels with some replaced; every key must be one of {@link #KEYS}.
   *
   * @param overrides labels by key
   * @return the new labels
   */
  public Labels with(Map<String, String> overrides) {
    Map<String, String> copy = new HashMap<>(labels);
    overrides.forEach(
        (key, value) -> {
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
   * @throws IllegalArgumentException if the key is not one of {@link #KEYS}
   * @param key one of {@link #KEYS}
   * @return the label
   */
  public String get(String key) {
    String label = labels.get(Objects.requireNonNull(key, "key"));
    if (label == null) {
      throw new IllegalArgumentException("unknown label key \"" + key + "\"");
    }
    return label;
  }

  /**
   * The default heading of a typed part ("Causes").
   *
   * @param kind a typed part kind
   * @return the label
   */
  public String part(PartKind kind) {
    return get(kind.labelKey());
  }

  /**
   * The default title of a callout kind ("Important").
   *
   * @param kind the callout kind
   * @return the label
   */
  public String callout(CalloutKind kind) {
    return get(calloutKey(kind));
  }

  /**
   * What an urgency means for the reader ("See a doctor today").
   *
   * @param urgency the urgency
   * @return the label
   */
  public String urgency(Urgency urgency) {
    return get(urgencyKey(urgency));
  }

  /**
   * The heading of a Do or a Don't list ("Do", "Don't").
   *
   * @param recommendation do or don't
   * @return the label
   */
  public String recommendation(Recommendation recommendation) {
    return get(recommendationKey(recommendation));
  }

  private static String calloutKey(CalloutKind kind) {
    return "callout." + kind.value();
  }

  private static String urgencyKey(Urgency urgency) {
    return "urgency." + urgency.value();
  }

  private static String recommendationKey(Recommendation recommendation) {
    return "selfCare." + recommendation.value();
  }
}
