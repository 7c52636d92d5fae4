package se.psi.core.followup.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import se.psi.core.shared.Sek;

/** GRA-17: money paid out on a payout request (rekvisition) signed by an authorised signatory. */
public record Payout(UUID id, Sek amount, String signedBy, LocalDate paidOn) {

  public Payout {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(signedBy, "signedBy");
    Objects.requireNonNull(paidOn, "paidOn");
  }
}
