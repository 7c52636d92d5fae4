package se.psi.core.project.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.shared.Actor;
import se.psi.core.rules.Rejection;

/** PRJ-4: the project bank's ideas, by theme; internal to the partnership. */
public interface FindProjectBankUseCase {

  Either<Rejection, List<ProjectIdea>> findProjectBank(Actor actor);
}
