package dev.caresheet.render.html.internal;

/** Names of the built-in markup's classes. */
final class Css {
  private Css() {}

  /**
   * A camel-case key in kebab case, the class of its part's section: {@code firstAid} is {@code
   * first-aid}.
   */
  static String kebab(String key) {
    StringBuilder sb = new StringBuilder(key.length() + 4);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        sb.append('-').append((char) (c + ('a' - 'A')));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
