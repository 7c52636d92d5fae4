package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-9: the officer gives a registered case its public title and secrecy marking. */
public interface DescribeGrantCaseUseCase {

  Either<Rejection, GrantApplication> describeGrantCase(DescribeGrantCaseCommand command);
}
