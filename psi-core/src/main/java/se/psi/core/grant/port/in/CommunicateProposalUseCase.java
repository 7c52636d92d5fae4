package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-10: the proposal is sent to the applicant with a day to answer (kommunicering). */
public interface CommunicateProposalUseCase {

  Either<Rejection, GrantApplication> communicateProposal(CommunicateProposalCommand command);
}
