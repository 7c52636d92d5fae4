package se.psi.core.project.application;

import static se.psi.core.project.port.in.ProjectPermissions.READ_PROJECT_BANK;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import se.psi.core.application.Today;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.project.port.in.CallMatch;
import se.psi.core.project.port.in.MatchProjectBankToOpenCallsUseCase;
import se.psi.core.project.port.out.FundingCalls;
import se.psi.core.project.port.out.ProjectBank;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

final class MatchProjectBankToOpenCallsService implements MatchProjectBankToOpenCallsUseCase {

  private final FundingCalls calls;
  private final ProjectBank bank;
  private final Today today;

  @Inject
  MatchProjectBankToOpenCallsService(FundingCalls calls, ProjectBank bank, Today today) {
    this.calls = calls;
    this.bank = bank;
    this.today = today;
  }

  @Override
  public Either<Rejection, List<CallMatch>> matchProjectBankToOpenCalls(Actor actor) {
    return READ_PROJECT_BANK.check(actor).map(ok -> {
      LocalDate date = today.date();
      List<ProjectIdea> ideas = bank.all();
      return calls.all().stream().filter(call -> call.isOpenOn(date))
          .map(call -> new CallMatch(call, ideas.stream()
              .filter(idea -> call.themes().contains(idea.theme())).toList()))
          .filter(match -> !match.ideas().isEmpty()).toList();
    });
  }
}
