package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.ASSESS_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.Proposal;
import se.psi.core.grant.port.in.DraftProposalUseCase;
import se.psi.core.grant.port.in.ProposalCommand;
import se.psi.core.grant.port.in.ReferralDetails;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Sek;

/** GRA-4: the acting member, as presenter, drafts the proposal, with jäv checked again first (GRA-7). */
final class DraftProposalService implements DraftProposalUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final ConflictDetection conflicts;

  @Inject
  DraftProposalService(Changes changes, GrantApplications applications, ConflictDetection conflicts) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, ASSESS_GRANT);
    this.conflicts = conflicts;
  }

  @Override
  public Either<Rejection, GrantApplication> draftProposal(ProposalCommand command) {
    return changes.change(ASSESS_GRANT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet ->
            conflicts.recheckThen(application, List.of(), today, rechecked -> rechecked.propose(
                proposal(command, today.date()), ruleSet, today.date(), today.eventMeta()))));
  }

  private static Proposal proposal(ProposalCommand command, LocalDate on) {
    return new Proposal(command.outcome(), Optional.ofNullable(command.amountKronor()).map(Sek::of),
        command.conditions(), command.reasons().strip(),
        Optional.ofNullable(command.referral()).map(ReferralDetails::toReferral), command.actor().personId(), on);
  }
}
