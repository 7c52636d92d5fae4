package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-2, GRA-6: the applicant revises the project while drafting or completing; GRA-7 is checked again. */
public interface ReviseGrantApplicationUseCase {

  Either<Rejection, GrantApplication> reviseGrantApplication(ReviseGrantApplicationCommand command);
}
