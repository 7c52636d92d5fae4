package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.ASSESS_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.HandlingGroupMember;
import se.psi.core.grant.port.in.AddHandlingGroupMemberUseCase;
import se.psi.core.grant.port.in.JoinHandlingGroupCommand;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-4, GRA-7: a member joins the handling group; jäv is checked for the group as it would be. */
final class AddHandlingGroupMemberService implements AddHandlingGroupMemberUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final ConflictDetection conflicts;

  @Inject
  AddHandlingGroupMemberService(Changes changes, GrantApplications applications, ConflictDetection conflicts) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, ASSESS_GRANT);
    this.conflicts = conflicts;
  }

  @Override
  public Either<Rejection, GrantApplication> addHandlingGroupMember(JoinHandlingGroupCommand command) {
    return changes.change(ASSESS_GRANT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet -> {
          HandlingGroupMember member = command.member().toMember();
          List<HandlingGroupMember> group = new ArrayList<>(application.handlingGroup());
          group.add(member);
          return application.addMember(member, conflicts.detect(application, group, List.of(), today.date()),
              ruleSet, today.date(), today.eventMeta());
        }));
  }
}
