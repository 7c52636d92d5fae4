package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.ASSESS_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.HandlingGroupMember;
import se.psi.core.grant.port.in.MemberDetails;
import se.psi.core.grant.port.in.StartAssessmentCommand;
import se.psi.core.grant.port.in.StartAssessmentUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-4, GRA-7: the handling group is formed, and the jäv the partnership's data shows is recorded first. */
final class StartAssessmentService implements StartAssessmentUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final ConflictDetection conflicts;

  @Inject
  StartAssessmentService(Changes changes, GrantApplications applications, ConflictDetection conflicts) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, ASSESS_GRANT);
    this.conflicts = conflicts;
  }

  @Override
  public Either<Rejection, GrantApplication> startAssessment(StartAssessmentCommand command) {
    // The members are read inside the change, after the command's shape is validated: a missing one is refused.
    return changes.change(ASSESS_GRANT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet -> {
          List<HandlingGroupMember> members = command.members().stream().map(MemberDetails::toMember).toList();
          return application.startAssessment(members, conflicts.detect(application, members, List.of(), today.date()),
              ruleSet, today.date(), today.eventMeta());
        }));
  }
}
