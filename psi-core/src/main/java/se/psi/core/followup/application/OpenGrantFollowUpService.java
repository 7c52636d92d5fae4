package se.psi.core.followup.application;

import static se.psi.core.followup.port.in.FollowUpPermissions.OPEN_FOLLOW_UP;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.application.Found;
import se.psi.core.application.Today;
import se.psi.core.followup.domain.FollowUpTerms;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.port.in.OpenGrantFollowUpCommand;
import se.psi.core.followup.port.in.OpenGrantFollowUpUseCase;
import se.psi.core.followup.port.out.GrantFollowUps;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantDecision;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Changed;
import se.psi.core.shared.Sek;

/** GRA-17: the Region opens the follow-up of a granted application, once, with the decision's terms. */
final class OpenGrantFollowUpService implements OpenGrantFollowUpUseCase {

  private final FollowUpChanges followUps;
  private final GrantFollowUps stored;
  private final GrantApplications applications;

  @Inject
  OpenGrantFollowUpService(FollowUpChanges followUps, GrantFollowUps stored, GrantApplications applications) {
    this.followUps = followUps;
    this.stored = stored;
    this.applications = applications;
  }

  @Override
  public Either<Rejection, GrantFollowUp> openGrantFollowUp(OpenGrantFollowUpCommand command) {
    return followUps.changes.create(OPEN_FOLLOW_UP, followUps.followUps, command.actor(), command,
        () -> Optional.empty(), GrantFollowUp::applicationId, today -> open(command, today));
  }

  private Either<Rejection, Changed<GrantFollowUp>> open(OpenGrantFollowUpCommand c, Today today) {
    GrantApplicationId id = new GrantApplicationId(c.applicationId());
    if (stored.find(id).isDefined()) {
      return Either.left(new Rejection.IllegalState(GrantFollowUp.TYPE, id.toString(), "OPEN",
          "followup.alreadyOpen"));
    }
    return Found.orNotFound(applications.find(id), GrantApplication.TYPE, id).flatMap(application -> {
      Optional<Sek> granted = application.decision().filter(d -> d.outcome() == GrantOutcome.GRANTED)
          .flatMap(GrantDecision::amount);
      if (granted.isEmpty()) {
        return Either.left(new Rejection.IllegalState(GrantApplication.TYPE, id.toString(),
            application.status().name(), "followup.notGranted"));
      }
      FollowUpTerms terms = new FollowUpTerms(c.reportDue(), Sek.of(c.coFinancingRequiredKronor()),
          c.reminderLeadDays(), c.reminderIntervalDays());
      return Either.right(GrantFollowUp.open(id, application.schemeYear(),
          application.applicant().organisationNumber(), application.project().title(), granted.get(), terms,
          today.date(), today.eventMeta()));
    });
  }
}
