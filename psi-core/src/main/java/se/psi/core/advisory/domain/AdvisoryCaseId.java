package se.psi.core.advisory.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an advisory case. */
public record AdvisoryCaseId(UUID value) {

  public AdvisoryCaseId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
