package se.psi.core.project.port.in;

import io.vavr.control.Either;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.rules.Rejection;

/** PRJ-4: an idea for the project bank; the idea (IDE-2) or advisory case (ADV-3) it came from points to it. */
public interface AddToProjectBankUseCase {

  Either<Rejection, ProjectIdea> addToProjectBank(AddToProjectBankCommand command);
}
