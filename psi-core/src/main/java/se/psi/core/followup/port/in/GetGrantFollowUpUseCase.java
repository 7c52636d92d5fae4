package se.psi.core.followup.port.in;

import io.vavr.control.Either;

import se.psi.core.rules.Rejection;

/** GRA-17, GRA-8: a grant's follow-up with the presentation it owes. */
public interface GetGrantFollowUpUseCase {

  Either<Rejection, GrantFollowUpView> getGrantFollowUp(GrantFollowUpQuery command);
}
