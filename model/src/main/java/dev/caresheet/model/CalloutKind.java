package dev.caresheet.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of a {@link Callout}, which decides how prominently it is shown. */
public enum CalloutKind {
  /** Something the reader must not miss ("Important!"). */
  @JsonProperty("important")
  IMPORTANT,
  /** A side remark worth knowing ("Please note"). */
  @JsonProperty("note")
  NOTE,
  /** A danger to the reader ("Warning"). */
  @JsonProperty("warning")
  WARNING;

  /** {@return the value as written in documents ({@code "important"})} */
  public String value() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
