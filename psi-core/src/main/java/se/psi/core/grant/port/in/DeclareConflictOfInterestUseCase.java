package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-7: the acting person (a member, or the decider) declares jäv, with the reason as the note's text. */
public interface DeclareConflictOfInterestUseCase {

  Either<Rejection, GrantApplication> declareConflictOfInterest(AssessmentNoteCommand command);
}
