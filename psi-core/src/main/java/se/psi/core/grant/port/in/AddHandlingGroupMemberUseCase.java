package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-4, GRA-7: a member joins the group; jäv is checked for the group as it now is. */
public interface AddHandlingGroupMemberUseCase {

  Either<Rejection, GrantApplication> addHandlingGroupMember(JoinHandlingGroupCommand command);
}
