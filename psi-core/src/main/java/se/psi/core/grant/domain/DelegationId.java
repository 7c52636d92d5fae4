package se.psi.core.grant.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a delegation in the delegation register (GRA-5). */
public record DelegationId(UUID value) {

  public DelegationId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
