package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.APPLY_FOR_GRANT;
import static se.psi.core.grant.port.in.GrantPermissions.READ_GRANT_APPLICATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.GrantCommands.DraftGrantApplicationCommand;
import se.psi.core.grant.port.in.GrantCommands.GrantApplicationCommand;
import se.psi.core.grant.port.in.GrantCommands.ReviseGrantApplicationCommand;
import se.psi.core.grant.port.in.GrantUseCases;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.shared.IdSource;
import se.psi.core.application.Change;
import se.psi.core.rules.Rejection;
import se.psi.core.application.UseCaseBoundary;

/** The applicant's side of a grant case. */
final class ApplyForGrantService implements GrantUseCases.ApplyForGrantUseCase,
    GrantUseCases.GetGrantApplicationUseCase {

  private final UseCaseBoundary boundary;
  private final GrantCases cases;
  private final GrantApplications applications;
  private final IdSource ids;

  @Inject
  ApplyForGrantService(UseCaseBoundary boundary, GrantCases cases, GrantApplications applications, IdSource ids) {
    this.boundary = boundary;
    this.cases = cases;
    this.applications = applications;
    this.ids = ids;
  }

  @Override
  public Either<Rejection, GrantApplication> draftGrantApplication(DraftGrantApplicationCommand command) {
    return boundary.change("DraftGrantApplication", GrantCases.TYPE, "", command.actor(), command, c -> {
      var applicant = c.applicant().toOrganisation();
      return APPLY_FOR_GRANT.check(c.actor(), Optional.of(applicant.organisationNumber()))
          .flatMap(ok -> cases.scheme(c.schemeYear()))
          .map(scheme -> {
            var draft = GrantApplication.draft(new GrantApplicationId(ids.newId()), scheme.year(), applicant,
                c.project().toProjectDescription());
            applications.save(draft);
            return Change.of(draft, draft.id().toString(), List.of());
          });
    });
  }

  @Override
  public Either<Rejection, GrantApplication> reviseGrantApplication(ReviseGrantApplicationCommand command) {
    return cases.change("ReviseGrantApplication", APPLY_FOR_GRANT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> application.revise(
            command.project().toProjectDescription(), today.meta())
            // GRA-7: a partner added or removed while completing changes who is disqualified.
            .flatMap(revised -> revised.then(a -> Either.right(cases.recheck(a, List.of(), today)))));
  }

  @Override
  public Either<Rejection, GrantApplication> submitGrantApplication(GrantApplicationCommand command) {
    return cases.change("SubmitGrantApplication", APPLY_FOR_GRANT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> cases.scheme(application.schemeYear())
            .flatMap(scheme -> application.submit(scheme, today.ruleSet(), today.date(), today.meta())));
  }

  @Override
  public Either<Rejection, GrantApplication> resubmitGrantApplication(GrantApplicationCommand command) {
    return cases.change("ResubmitGrantApplication", APPLY_FOR_GRANT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> cases.scheme(application.schemeYear())
            .flatMap(scheme -> cases.recheck(application, List.of(), today)
                .then(a -> a.resubmit(scheme, today.ruleSet(), today.date(), today.meta()))));
  }

  @Override
  public Either<Rejection, GrantApplication> withdrawGrantApplication(GrantApplicationCommand command) {
    return cases.change("WithdrawGrantApplication", APPLY_FOR_GRANT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> application.withdraw(today.meta()));
  }

  @Override
  public Either<Rejection, GrantApplication> getGrantApplication(GrantApplicationCommand command) {
    return boundary.query(command, c -> cases.visible(c.applicationId(), c.actor(), READ_GRANT_APPLICATION));
  }
}
