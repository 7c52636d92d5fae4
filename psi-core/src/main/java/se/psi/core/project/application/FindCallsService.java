package se.psi.core.project.application;

import static se.psi.core.project.port.in.ProjectPermissions.READ_CALLS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.project.domain.FundingCall;
import se.psi.core.project.port.in.FindCallsUseCase;
import se.psi.core.project.port.out.FundingCalls;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

final class FindCallsService implements FindCallsUseCase {

  private final FundingCalls calls;

  @Inject
  FindCallsService(FundingCalls calls) {
    this.calls = calls;
  }

  @Override
  public Either<Rejection, List<FundingCall>> findCalls(Actor actor) {
    return READ_CALLS.check(actor).map(ok -> calls.all());
  }
}
