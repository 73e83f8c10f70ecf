package dev.caresheet.schema.internal;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901): building them, taking them apart, and saying them for people. */
public final class Pointers {
  private Pointers() {}

  /** The pointer of a property of the object at {@code parent}. */
  public static String child(String parent, String name) {
    return parent + "/" + escape(name);
  }

  /** The pointer of an item of the array at {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The pointer one level up; the root's parent is the root. */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The unescaped reference tokens of a pointer; none for the root. */
  public static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    int start = 1;
    while (true) {
      int slash = pointer.indexOf('/', start);
      String token = slash < 0 ? pointer.substring(start) : pointer.substring(start, slash);
      tokens.add(token.replace("~1", "/").replace("~0", "~"));
      if (slash < 0) {
        return tokens;
      }
      start = slash + 1;
    }
  }

  /** The last reference token, unescaped; {@code ""} for the root. */
  public static String last(String pointer) {
    List<String> tokens = tokens(pointer);
    return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
  }

  /**
   * The pointer as a content editor reads a path: {@code /causes/items/3/name} is {@code
   * causes.items[3].name}. The root is {@code "the document"}.
   */
  public static String readable(String pointer) {
    if (pointer.isEmpty()) {
      return "the document";
    }
    StringBuilder sb = new StringBuilder();
    for (String token : tokens(pointer)) {
      if (isIndex(token)) {
        sb.append('[').append(token).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(token);
      }
    }
    return sb.toString();
  }

  /** {@link #readable(String)} in back-quotes, or {@code "the document"} for the root. */
  public static String quoted(String pointer) {
    return pointer.isEmpty() ? "the document" : "`" + readable(pointer) + "`";
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }
}
