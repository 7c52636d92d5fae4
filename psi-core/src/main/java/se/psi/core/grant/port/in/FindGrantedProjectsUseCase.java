package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.rules.Rejection;

/** The granted projects of a period, published. */
public interface FindGrantedProjectsUseCase {

  Either<Rejection, List<GrantApplication>> findGrantedProjects(GrantPeriodQuery query);
}
