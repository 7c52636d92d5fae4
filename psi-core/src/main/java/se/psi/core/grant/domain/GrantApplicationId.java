package se.psi.core.grant.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an application for the grant for social innovation. */
public record GrantApplicationId(UUID value) {

  public GrantApplicationId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
