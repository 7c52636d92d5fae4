package se.psi.core.project.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.project.domain.Project;
import se.psi.core.shared.Actor;
import se.psi.core.rules.Rejection;

/** PRJ-1: the partners' projects; public. */
public interface FindProjectsUseCase {

  Either<Rejection, List<Project>> findProjects(Actor actor);
}
