package se.psi.core.plan.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an activity on a year's list (ACT-1). */
public record PlannedActivityId(UUID value) {

  public PlannedActivityId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
