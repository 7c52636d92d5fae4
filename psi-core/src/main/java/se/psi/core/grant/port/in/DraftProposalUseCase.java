package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-4: the acting member, as presenter, drafts the proposal; a grant needs every criterion met (GRA-3). */
public interface DraftProposalUseCase {

  Either<Rejection, GrantApplication> draftProposal(ProposalCommand command);
}
