package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.ASSESS_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.AssessmentNoteCommand;
import se.psi.core.grant.port.in.RecordApplicantMeetingUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-4: the handling group met the applicant, on the day given or today. */
final class RecordApplicantMeetingService implements RecordApplicantMeetingUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;

  @Inject
  RecordApplicantMeetingService(Changes changes, GrantApplications applications) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, ASSESS_GRANT);
  }

  @Override
  public Either<Rejection, GrantApplication> recordApplicantMeeting(AssessmentNoteCommand command) {
    return changes.change(ASSESS_GRANT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet ->
            application.recordApplicantMeeting(Optional.ofNullable(command.date()).orElse(today.date()),
                command.text().strip(), today.eventMeta())));
  }
}
