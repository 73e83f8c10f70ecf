package dev.caresheet.importer.internal;

import dev.caresheet.model.Contributor;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an author line ("Author: Dr Ada Example, general practitioner", "Physician therapist, Elena
 * Sovinskaya", "Written by Ada Example") into a contributor: the one parser of author lines, for
 * scraped text and for an HTML page's byline.
 */
final class Authors {
  private Authors() {}

  private static final Pattern LEAD =
      Pattern.compile("^(?iu)(author|written by|by|автор|autor|escrito por)(?=[\\s:])\\s*:?\\s*");
  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3}");

  /**
   * Reads one line.
   *
   * @param text the line, with or without a leading "Author:"
   * @return the author, or null when the line is not a name with optional credentials
   */
  static @Nullable Contributor parse(String text) {
    String line = LEAD.matcher(Texts.tidy(text)).replaceFirst("").strip();
    int comma = line.lastIndexOf(',');
    if (comma > 0) {
      String before = line.substring(0, comma).strip();
      String after = line.substring(comma + 1).strip();
      if (NAME.matcher(after).matches() && !before.isEmpty()) {
        return Contributor.builder().name(after).credentials(before).build();
      }
      if (NAME.matcher(before).matches() && !after.isEmpty()) {
        return Contributor.builder().name(before).credentials(after).build();
      }
      return null;
    }
    return NAME.matcher(line).matches() ? Contributor.person(line) : null;
  }

  /**
   * Whether a line starts as a byline does ("Author:", "Written by", "By ").
   *
   * @param text the line
   * @return whether it does
   */
  static boolean hasLead(String text) {
    return LEAD.matcher(Texts.tidy(text)).lookingAt();
  }
}
