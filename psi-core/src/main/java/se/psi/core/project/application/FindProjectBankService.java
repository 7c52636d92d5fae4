package se.psi.core.project.application;

import static se.psi.core.project.port.in.ProjectPermissions.READ_PROJECT_BANK;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.project.port.in.FindProjectBankUseCase;
import se.psi.core.project.port.out.ProjectBank;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

final class FindProjectBankService implements FindProjectBankUseCase {

  private final ProjectBank bank;

  @Inject
  FindProjectBankService(ProjectBank bank) {
    this.bank = bank;
  }

  @Override
  public Either<Rejection, List<ProjectIdea>> findProjectBank(Actor actor) {
    return READ_PROJECT_BANK.check(actor).map(ok -> bank.all());
  }
}
