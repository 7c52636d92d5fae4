package se.psi.core.project.port.in;

import io.vavr.control.Either;
import se.psi.core.project.domain.Project;
import se.psi.core.rules.Rejection;

/** PRJ-2: the owner asks for the partnership as the project's reference group, once it is anchored. */
public interface RequestStakeholderGroupUseCase {

  Either<Rejection, Project> requestStakeholderGroup(RequestStakeholderGroupCommand command);
}
