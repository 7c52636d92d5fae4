package se.psi.core.project.application;

import static se.psi.core.project.port.in.ProjectPermissions.PUBLISH_CALLS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Changes;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.project.domain.FundingCall;
import se.psi.core.project.domain.FundingCallId;
import se.psi.core.project.port.in.PublishCallCommand;
import se.psi.core.project.port.in.PublishCallUseCase;
import se.psi.core.project.port.out.FundingCalls;
import se.psi.core.project.port.out.ThemeInterests;
import se.psi.core.rules.Rejection;

final class PublishCallService implements PublishCallUseCase {

  private final Changes changes;
  private final FundingCalls calls;
  private final ThemeInterests interests;
  private final Partners partners;

  @Inject
  PublishCallService(Changes changes, FundingCalls calls, ThemeInterests interests, Partners partners) {
    this.changes = changes;
    this.calls = calls;
    this.interests = interests;
    this.partners = partners;
  }

  @Override
  public Either<Rejection, FundingCall> publishCall(PublishCallCommand command) {
    return changes.create(PUBLISH_CALLS, ProjectAggregates.calls(calls), command.actor(), command, FundingCall::id,
        today -> Either.right(FundingCall.publish(new FundingCallId(today.newId()), command.funder(),
            command.programme(), command.deadline(), command.themes(), today.date(), interests.all(),
            // PRJ-3, MEM-7, MEM-8: only a partner that has not withdrawn and whose agreement runs is told.
            partner -> partners.find(partner).filter(p -> p.isActiveOn(today.date())).isDefined(),
            today.eventMeta())));
  }
}
