package se.psi.core.project.port.in;

import io.vavr.control.Either;
import se.psi.core.project.domain.FundingCall;
import se.psi.core.rules.Rejection;

/**
 * PRJ-3: the committee publishes a call. Emits {@code CallMatchedPartner} for every active partner (not withdrawn,
 * agreement not ended: MEM-7, MEM-8) whose interests share a theme with the call.
 */
public interface PublishCallUseCase {

  Either<Rejection, FundingCall> publishCall(PublishCallCommand command);
}
