package se.psi.core.membership.port.in;

import io.vavr.control.Either;
import se.psi.core.membership.domain.Partner;
import se.psi.core.rules.Rejection;

/** MEM-9: a partner records its engagement level; recorded, never required. */
public interface RecordEngagementUseCase {

  Either<Rejection, Partner> recordEngagement(RecordEngagementCommand command);
}
