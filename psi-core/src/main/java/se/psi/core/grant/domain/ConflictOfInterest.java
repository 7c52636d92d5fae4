package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.Objects;

/** GRA-7: a member who takes no part, declared by the member or detected from the partnership's data. */
public record ConflictOfInterest(String personId, String reason, boolean detected, LocalDate on) {
  public ConflictOfInterest {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(on, "on");
  }
}
