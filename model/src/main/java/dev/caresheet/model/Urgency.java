package dev.caresheet.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How soon a reader should seek help in a {@link SeekHelpAdvice} situation, from most to least
 * urgent. Written in documents in lower case ({@code "urgent"}).
 */
public enum Urgency {
  /** Call emergency services now. */
  @JsonProperty("emergency")
  EMERGENCY,
  /** See a doctor the same day. */
  @JsonProperty("urgent")
  URGENT,
  /** See a doctor within a few days. */
  @JsonProperty("soon")
  SOON,
  /** Mention it at a routine appointment. */
  @JsonProperty("routine")
  ROUTINE;

  /** {@return the value as written in documents ({@code "urgent"})} */
  public String value() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
