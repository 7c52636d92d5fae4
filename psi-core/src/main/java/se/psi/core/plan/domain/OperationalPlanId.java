package se.psi.core.plan.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an operational plan (verksamhetsplan). */
public record OperationalPlanId(UUID value) {

  public OperationalPlanId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
