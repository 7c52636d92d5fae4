package se.psi.core.documentation.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a documented social innovation. */
public record InnovationRecordId(UUID value) {

  public InnovationRecordId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
