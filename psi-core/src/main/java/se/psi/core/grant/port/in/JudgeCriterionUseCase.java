package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** GRA-3: the acting member judges a criterion, with reasoning, after declaring that there is no jäv (GRA-7). */
public interface JudgeCriterionUseCase {

  Either<Rejection, GrantApplication> judgeCriterion(JudgeCriterionCommand command);
}
