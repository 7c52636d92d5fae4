package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * GRA-11 (förvaltningslagen 12 §): the applicant's written request that the case be decided, made once it had been
 * undecided for the period the scheme's settings give; the authority decides the case, or refuses the request with
 * reasons, by {@code decideBy}.
 *
 * @param receivedOn the day the written request arrived
 * @param decideBy the last day to decide the case or refuse the request
 * @param recordedBy the host's id of the person who recorded it
 * @param refused the refusal of the request with its reasons, if refused
 */
public record RequestForDecision(LocalDate receivedOn, LocalDate decideBy, String recordedBy,
    Optional<RequestRefusal> refused) {

  /** The request stands: neither answered by a decision (the case's status shows that) nor refused. */
  public boolean open() {
    return refused.isEmpty();
  }

  /** GRA-11's flag: the request stands and its last day has passed on {@code today}. */
  public boolean overdueOn(LocalDate today) {
    return open() && today.isAfter(decideBy);
  }

  /** GRA-11: the request refused by decision, with its reasons. */
  public record RequestRefusal(LocalDate on, String reasons, String by) {}
}
