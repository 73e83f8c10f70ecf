package dev.caresheet.render.html.internal;

import java.util.Locale;
import java.util.Set;

/** What the renderer needs to know about a document's BCP 47 language tag. */
public final class Languages {
  private Languages() {}

  /** Primary language subtags whose default script is written right to left. */
  private static final Set<String> RTL_LANGUAGES =
      Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "ug", "ur", "yi");

  /** Script subtags written right to left. */
  private static final Set<String> RTL_SCRIPTS =
      Set.of("arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "samr", "mand");

  /**
   * Whether text in this language is written right to left: by its script subtag if it has one
   * ({@code az-Arab}), else by its primary language ({@code he}, {@code ar}).
   */
  public static boolean isRightToLeft(String languageTag) {
    String[] subtags = languageTag.toLowerCase(Locale.ROOT).split("-", 3);
    if (subtags.length > 1 && subtags[1].length() == 4) {
      return RTL_SCRIPTS.contains(subtags[1]);
    }
    return RTL_LANGUAGES.contains(subtags[0]);
  }
}
