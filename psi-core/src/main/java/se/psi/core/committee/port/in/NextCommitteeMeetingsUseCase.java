package se.psi.core.committee.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import se.psi.core.rules.Rejection;

/** AU-4: the committee meets every third week (the interval of the ruleset in force on {@code from}). */
public interface NextCommitteeMeetingsUseCase {

  Either<Rejection, List<LocalDate>> nextCommitteeMeetings(NextCommitteeMeetingsQuery query);
}
