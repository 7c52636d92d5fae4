package se.psi.core.project.port.in;

import io.vavr.control.Either;
import se.psi.core.project.domain.Project;
import se.psi.core.rules.Rejection;

/** One project; public. */
public interface GetProjectUseCase {

  Either<Rejection, Project> getProject(ProjectQuery query);
}
