package se.psi.core.followup.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.psi.core.shared.Sek;

/**
 * GRA-17: a claim for repayment (återkrav) of money unused or not used as granted, and when it was repaid.
 *
 * @param grounds what the claim rests on, in the Region's words
 */
public record RepaymentClaim(UUID id, Sek amount, Reason reason, String grounds, String claimedBy,
    LocalDate claimedOn, Optional<LocalDate> repaidOn) {

  /** Why money is claimed back. */
  public enum Reason { UNUSED, NOT_USED_AS_GRANTED }

  public RepaymentClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(grounds, "grounds");
    Objects.requireNonNull(claimedBy, "claimedBy");
    Objects.requireNonNull(claimedOn, "claimedOn");
    Objects.requireNonNull(repaidOn, "repaidOn");
  }

  public boolean repaid() {
    return repaidOn.isPresent();
  }
}
