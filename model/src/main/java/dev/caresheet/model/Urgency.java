package dev.caresheet.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How soon a reader should seek help in a {@link SeekHelpAdvice} situation, from most to least
 * urgent. Written in documents in lower case ({@code "urgent"}).
 *
 * <p>The NHS care cards map one to one: "immediate action required" is {@link #EMERGENCY}, "urgent
 * advice" is {@link #URGENT} and "non-urgent advice" is {@link #NON_URGENT}. {@link #SOON} and
 * {@link #ROUTINE} are finer non-urgent levels of Caresheet's own.
 */
public enum Urgency {
  /** Call emergency services now (NHS: immediate action required). */
  @JsonProperty("emergency")
  EMERGENCY("emergency"),
  /** See a doctor the same day (NHS: urgent advice). */
  @JsonProperty("urgent")
  URGENT("urgent"),
  /** See a doctor when you can; not urgent (NHS: non-urgent advice). */
  @JsonProperty("non-urgent")
  NON_URGENT("non-urgent"),
  /** See a doctor within a few days. */
  @JsonProperty("soon")
  SOON("soon"),
  /** Mention it at a routine appointment. */
  @JsonProperty("routine")
  ROUTINE("routine");

  private final String value;

  Urgency(String value) {
    this.value = value;
  }

  /** {@return the value as written in documents ({@code "non-urgent"})} */
  public String value() {
    return value;
  }

  /** {@return whether the reader should act today: {@link #EMERGENCY} or {@link #URGENT}} */
  public boolean isUrgent() {
    return this == EMERGENCY || this == URGENT;
  }
}
