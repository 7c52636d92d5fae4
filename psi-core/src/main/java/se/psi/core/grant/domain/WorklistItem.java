package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A grant case on a worklist on a given day: the case, how many days have passed since it arrived, and GRA-11's flag
 * for a case not decided six months after it arrived (förvaltningslagen 12 §: the applicant may then ask in writing
 * for a decision).
 *
 * @param ageInDays days since the case arrived; empty for a draft, which has not arrived
 * @param undecidedSixMonths the case is undecided and more than six months have passed since it arrived
 */
public record WorklistItem(GrantCaseSummary grantCase, Optional<Long> ageInDays, boolean undecidedSixMonths) {

  /** GRA-11: the time the law gives before an undecided case is flagged. Law, not a scheme's figure. */
  public static final Period PROMPT_HANDLING = Period.ofMonths(6);

  /** The item for {@code grantCase} on {@code today}. */
  public static WorklistItem on(GrantCaseSummary grantCase, LocalDate today) {
    Optional<LocalDate> arrived = grantCase.arrivedOn();
    return new WorklistItem(grantCase, arrived.map(on -> ChronoUnit.DAYS.between(on, today)),
        grantCase.undecided() && arrived.filter(on -> today.isAfter(on.plus(PROMPT_HANDLING))).isPresent());
  }
}
