package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.ASSESS_GRANT;
import static se.psi.core.grant.port.in.GrantPermissions.DECLARE_CONFLICT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantValues.HandlingGroupMember;
import se.psi.core.grant.domain.GrantValues.Proposal;
import se.psi.core.grant.port.in.GrantCommands.AssessmentNoteCommand;
import se.psi.core.grant.port.in.GrantCommands.ConflictDeclarationCommand;
import se.psi.core.grant.port.in.GrantCommands.JoinHandlingGroupCommand;
import se.psi.core.grant.port.in.GrantCommands.JudgeCriterionCommand;
import se.psi.core.grant.port.in.GrantCommands.MemberDetails;
import se.psi.core.grant.port.in.GrantCommands.ProposalCommand;
import se.psi.core.grant.port.in.GrantCommands.StartAssessmentCommand;
import se.psi.core.grant.port.in.GrantUseCases;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Referral;
import se.psi.core.shared.Sek;
import se.psi.core.rules.Rejection;

/**
 * The handling group's side of a grant case (GRA-3, GRA-4, GRA-6, GRA-7). Jäv is checked again against the
 * partnership's data before each declaration, judgement and proposal, and when a member joins the group.
 */
final class AssessGrantService implements GrantUseCases.AssessGrantUseCase {

  private final GrantCases cases;

  @Inject
  AssessGrantService(GrantCases cases) {
    this.cases = cases;
  }

  @Override
  public Either<Rejection, GrantApplication> startAssessment(StartAssessmentCommand command) {
    // The members are read inside the change, after the command's shape is validated: a missing one is refused.
    return cases.change("StartAssessment", ASSESS_GRANT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> {
          List<HandlingGroupMember> members = command.members().stream().map(AssessGrantService::member).toList();
          return application.startAssessment(members, cases.conflictsOf(application, members, today),
              today.ruleSet(), today.date(), today.meta());
        });
  }

  @Override
  public Either<Rejection, GrantApplication> addHandlingGroupMember(JoinHandlingGroupCommand command) {
    return cases.change("AddHandlingGroupMember", ASSESS_GRANT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> {
          HandlingGroupMember member = member(command.member());
          List<HandlingGroupMember> group = new ArrayList<>(application.handlingGroup());
          group.add(member);
          return application.addMember(member, cases.conflictsOf(application, group, today), today.ruleSet(),
              today.date(), today.meta());
        });
  }

  @Override
  public Either<Rejection, GrantApplication> declareConflictOfInterest(AssessmentNoteCommand command) {
    String person = command.actor().personId();
    return cases.change("DeclareConflictOfInterest", DECLARE_CONFLICT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> cases.recheck(application, List.of(person), today)
            .then(a -> a.declareConflict(person, command.text().strip(), today.date(), today.meta())));
  }

  @Override
  public Either<Rejection, GrantApplication> makeConflictDeclaration(ConflictDeclarationCommand command) {
    String person = command.actor().personId();
    return cases.change("MakeConflictDeclaration", DECLARE_CONFLICT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> {
          // Read after the command's shape is validated: a missing answer is refused, not a failure.
          Optional<String> conflict = command.conflict() ? Optional.of(command.reason().strip()) : Optional.empty();
          return cases.recheck(application, List.of(person), today)
              .then(a -> a.declare(person, conflict, today.ruleSet(), today.date(), today.meta()));
        });
  }

  @Override
  public Either<Rejection, GrantApplication> recordApplicantMeeting(AssessmentNoteCommand command) {
    return cases.change("RecordApplicantMeeting", ASSESS_GRANT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> GrantCases.unchanged(
            application.recordApplicantMeeting(Optional.ofNullable(command.date()).orElse(today.date()),
                command.text().strip())));
  }

  @Override
  public Either<Rejection, GrantApplication> judgeCriterion(JudgeCriterionCommand command) {
    return cases.change("JudgeCriterion", ASSESS_GRANT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> cases.recheck(application, List.of(), today)
            .then(a -> GrantCases.unchanged(a.judge(command.actor().personId(), command.criterion(),
                command.verdict(), command.reasoning().strip(), today.ruleSet(), today.date()))));
  }

  @Override
  public Either<Rejection, GrantApplication> requestCompletion(AssessmentNoteCommand command) {
    return cases.change("RequestCompletion", ASSESS_GRANT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> application.requestCompletion(
            command.actor().personId(), command.text().strip(), today.ruleSet(), today.date(), today.meta()));
  }

  @Override
  public Either<Rejection, GrantApplication> draftProposal(ProposalCommand command) {
    return cases.change("DraftProposal", ASSESS_GRANT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> cases.recheck(application, List.of(), today)
            .then(a -> a.propose(new Proposal(command.outcome(),
                Optional.ofNullable(command.amountKronor()).map(Sek::of), command.conditions(),
                command.reasons().strip(), Optional.ofNullable(command.referral())
                    .map(r -> new Referral(r.to().strip(), r.kind(), r.why().strip())), command.actor().personId(),
                today.date()), today.ruleSet(), today.date(), today.meta())));
  }

  private static HandlingGroupMember member(MemberDetails details) {
    return new HandlingGroupMember(details.personId(), details.role(),
        OrganisationNumber.of(details.organisationNumber()));
  }
}
