package dev.caresheet.codec;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a date only as the text {@code YYYY-MM-DD}, as the schema says. Jackson's own reader also
 * takes date-times (dropping the time), arrays and signed years, which would let a document the
 * schema rejects read without a word.
 */
final class StrictDateDeserializer extends ValueDeserializer<LocalDate> {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
    }
    String text = p.getString();
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // Falls through: 2024-02-30 has the shape but is no date.
      }
    }
    return (LocalDate)
        ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date in the form YYYY-MM-DD");
  }
}
