package dev.caresheet.render.html.internal;

import dev.caresheet.render.Labels;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The default labels of a renderer: {@link Labels#forLanguage(String)}, cached per language tag
 * so that a rendering does not load resource bundles. The cache is bounded, since language tags
 * come from content; past the bound, labels are loaded each time. Thread-safe.
 */
public final class LabelCache implements Function<String, Labels> {
  private static final int MAX_ENTRIES = 64;

  private final ConcurrentMap<String, Labels> cache = new ConcurrentHashMap<>();

  @Override
  public Labels apply(String languageTag) {
    Labels labels = cache.get(languageTag);
    if (labels == null) {
      labels = Labels.forLanguage(languageTag);
      if (cache.size() < MAX_ENTRIES) {
        cache.putIfAbsent(languageTag, labels);
      }
    }
    return labels;
  }
}
