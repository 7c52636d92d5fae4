package se.psi.core.project.port.in;

import io.vavr.control.Either;
import se.psi.core.project.domain.Project;
import se.psi.core.rules.Rejection;

/** PRJ-2: the working committee anchors a project. */
public interface AnchorProjectUseCase {

  Either<Rejection, Project> anchorProject(AnchorProjectCommand command);
}
