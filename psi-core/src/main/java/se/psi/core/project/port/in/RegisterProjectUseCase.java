package se.psi.core.project.port.in;

import io.vavr.control.Either;
import se.psi.core.project.domain.Project;
import se.psi.core.rules.Rejection;

/** PRJ-1: an active partner registers a project it runs in its own name. */
public interface RegisterProjectUseCase {

  Either<Rejection, Project> registerProject(RegisterProjectCommand command);
}
