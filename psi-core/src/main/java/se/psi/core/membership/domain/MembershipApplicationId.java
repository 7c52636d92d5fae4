package se.psi.core.membership.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an application to join the partnership. */
public record MembershipApplicationId(UUID value) {

  public MembershipApplicationId {
    Objects.requireNonNull(value, "value");
  }

  public static MembershipApplicationId of(String text) {
    return new MembershipApplicationId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
