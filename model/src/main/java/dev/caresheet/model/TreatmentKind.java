package dev.caresheet.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What kind of treatment a {@link TreatmentOption} is. It decides its schema.org type: a {@code
 * Drug} for a medicine, a {@code LifestyleModification} for a lifestyle change, a {@code
 * MedicalTherapy} for the rest.
 */
public enum TreatmentKind {
  /** A medicine ("Paracetamol"). */
  @JsonProperty("medicine")
  MEDICINE,
  /** A therapy ("Physiotherapy", "Cognitive behavioural therapy"). */
  @JsonProperty("therapy")
  THERAPY,
  /** A procedure that is not an operation ("Botox injections"). */
  @JsonProperty("procedure")
  PROCEDURE,
  /** An operation. */
  @JsonProperty("surgery")
  SURGERY,
  /** A change in how the reader lives ("Regular exercise"). */
  @JsonProperty("lifestyle")
  LIFESTYLE,
  /** Anything else. */
  @JsonProperty("other")
  OTHER;

  /** {@return the value as written in documents ({@code "medicine"})} */
  public String value() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
