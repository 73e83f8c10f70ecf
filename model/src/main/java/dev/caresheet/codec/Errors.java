package dev.caresheet.codec;

import dev.caresheet.model.InvalidContentException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson's exceptions into located {@link ContentException}s a content editor understands.
 */
final class Errors {
  private Errors() {}

  private static final Pattern MISSING =
      Pattern.compile("some of required attributes are not set \\[(.*)\\]");

  static ContentException located(
      String source, TokenStreamLocation at, String pointer, String reason) {
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return new ContentException(source, line, line == 0 ? 0 : column, pointer, reason, null);
  }

  static ContentException translate(JacksonException e, String source) {
    String pointer = pointer(e.getPath());
    TokenStreamLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = line == 0 ? 0 : Math.max(at.getColumnNr(), 0);
    return new ContentException(source, line, column, pointer, reason(e), e);
  }

  /**
   * Translates an exception raised while {@code parser} read {@code text}. A read limit's exception
   * carries no location (Jackson checks a number's length while it reads it, before it is a token),
   * so it is placed at the start of the value where the parser stopped; found by CodecFuzzTest.
   */
  static ContentException translate(
      JacksonException e, String source, @Nullable JsonParser parser, String text) {
    TokenStreamLocation at = e.getLocation();
    if ((at != null && at.getLineNr() > 0) || parser == null) {
      return translate(e, source);
    }
    int end = (int) Math.min(text.length(), Math.max(0, parser.currentLocation().getCharOffset()));
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && "0123456789+-.eE".indexOf(text.charAt(start - 1)) >= 0) {
      start--;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < start; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new ContentException(
        source, line, start - lineStart + 1, pointer(e.getPath()), reason(e), e);
  }

  private static String reason(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      return "unknown property \"" + u.getPropertyName() + "\"" + known(u.getKnownPropertyIds());
    }
    if (e instanceof ValueInstantiationException) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidContentException) {
        return cause.getMessage();
      }
      if (cause != null && cause.getMessage() != null) {
        Matcher m = MISSING.matcher(cause.getMessage());
        if (m.find()) {
          return "missing required property: " + m.group(1);
        }
        return cause.getMessage();
      }
    }
    if (e instanceof StreamConstraintsException) {
      return "the document exceeds a read limit: " + clean(e.getOriginalMessage());
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      Class<?> target = f.getTargetType();
      if (target != null && target.isEnum()) {
        return "\"" + f.getValue() + "\" is not one of " + enumValues(target);
      }
      if (target == java.time.LocalDate.class) {
        return "\"" + f.getValue() + "\" is not a date in the form YYYY-MM-DD";
      }
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      Class<?> target = m.getTargetType();
      String msg = String.valueOf(e.getOriginalMessage());
      if (msg.contains("Invalid `null` value")) {
        return "null is not allowed here; leave the property out instead";
      }
      if (target != null) {
        return "expected " + describe(target) + " here";
      }
    }
    String msg = clean(e.getOriginalMessage());
    if (msg.startsWith("Duplicate Object property")) {
      return "duplicate key " + msg.substring("Duplicate Object property ".length());
    }
    return msg;
  }

  private static String describe(Class<?> type) {
    if (type == String.class) {
      return "a text";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == dev.caresheet.model.Block.class) {
      return "a paragraph (a text) or a block (an object with one key: "
          + String.join(", ", dev.caresheet.model.Block.Kind.keys())
          + ")";
    }
    if (type.isEnum()) {
      return "one of " + enumValues(type);
    }
    if (type == java.time.LocalDate.class) {
      return "a date in the form YYYY-MM-DD";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    return "an object";
  }

  private static String enumValues(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < constants.length; i++) {
      sb.append(i == 0 ? "" : ", ")
          .append('"')
          .append(((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT))
          .append('"');
    }
    return sb.toString();
  }

  private static String known(Collection<Object> ids) {
    if (ids == null || ids.isEmpty()) {
      return "";
    }
    return "; expected one of "
        + ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static String clean(String message) {
    if (message == null) {
      return "the document could not be read";
    }
    int cut = message.indexOf("\n at [Source");
    return (cut >= 0 ? message.substring(0, cut) : message).trim();
  }

  /** The JSON pointer (RFC 6901) of a Jackson reference path. */
  static String pointer(List<JacksonException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference ref : path) {
      String name = ref.getPropertyName();
      if (name != null) {
        sb.append('/').append(name.replace("~", "~0").replace("/", "~1"));
      } else if (ref.getIndex() >= 0) {
        sb.append('/').append(ref.getIndex());
      }
    }
    return sb.toString();
  }
}
