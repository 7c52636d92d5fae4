package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.ASSESS_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantValues.ConflictOfInterest;
import se.psi.core.grant.domain.GrantValues.HandlingGroupMember;
import se.psi.core.grant.domain.GrantValues.Proposal;
import se.psi.core.shared.Referral;
import se.psi.core.grant.port.in.GrantCommands.AssessmentNoteCommand;
import se.psi.core.grant.port.in.GrantCommands.JudgeCriterionCommand;
import se.psi.core.grant.port.in.GrantCommands.ProposalCommand;
import se.psi.core.grant.port.in.GrantCommands.StartAssessmentCommand;
import se.psi.core.grant.port.in.GrantUseCases;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Sek;
import se.psi.core.usecase.Rejection;
import se.psi.core.usecase.RulesInForce;

/** The handling group's side of a grant case (GRA-3, GRA-4, GRA-6, GRA-7). */
final class AssessGrantService implements GrantUseCases.AssessGrantUseCase {

  private final GrantCases cases;
  private final Partners partners;
  private final WorkingCommittees committees;
  private final RulesInForce rules;

  @Inject
  AssessGrantService(GrantCases cases, Partners partners, WorkingCommittees committees, RulesInForce rules) {
    this.cases = cases;
    this.partners = partners;
    this.committees = committees;
    this.rules = rules;
  }

  @Override
  public Either<Rejection, GrantApplication> startAssessment(StartAssessmentCommand command) {
    List<HandlingGroupMember> members = command.members().stream().map(m -> new HandlingGroupMember(m.personId(),
        m.role(), OrganisationNumber.of(m.organisationNumber()))).toList();
    return cases.change("StartAssessment", ASSESS_GRANT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> application.startAssessment(members,
            detectConflicts(application, members, today.date()), today.ruleSet(), today.date(), today.meta()));
  }

  @Override
  public Either<Rejection, GrantApplication> declareConflictOfInterest(AssessmentNoteCommand command) {
    return cases.change("DeclareConflictOfInterest", ASSESS_GRANT, command.actor(), command.applicationId(),
        command.expectedVersion(), command, (application, today) -> application.declareConflict(
            command.actor().personId(), command.text().strip(), today.date(), today.meta()));
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
        command.expectedVersion(), command, (application, today) -> GrantCases.unchanged(application.judge(
            command.actor().personId(), command.criterion(), command.verdict(), command.reasoning().strip(),
            today.ruleSet(), today.date())));
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
        command.expectedVersion(), command, (application, today) -> application.propose(new Proposal(
            command.outcome(), Optional.ofNullable(command.amountKronor()).map(Sek::of), command.conditions(),
            command.reasons().strip(), Optional.ofNullable(command.referral())
                .map(r -> new Referral(r.to().strip(), r.kind(), r.why().strip())),
            command.actor().personId(), today.date()), today.ruleSet(), today.date(), today.meta()));
  }

  /**
   * GRA-7 from the partnership's own data: a member from the applicant's or a project partner's organisation, or
   * the person who sits for the applicant in the working committee.
   */
  private List<ConflictOfInterest> detectConflicts(GrantApplication application, List<HandlingGroupMember> members,
      LocalDate on) {
    OrganisationNumber applicant = application.applicant().organisationNumber();
    List<OrganisationNumber> projectPartners = application.project().partners().stream()
        .flatMap(p -> p.organisationNumber().stream()).toList();
    Optional<String> applicantsRepresentative = partners.findCurrent(applicant).toJavaOptional()
        .flatMap(partner -> committees.find(rules.registry().partnership()).toJavaOptional()
            .flatMap(committee -> committee.seatOf(partner.id())))
        .flatMap(seat -> seat.representative());
    List<ConflictOfInterest> conflicts = new ArrayList<>();
    for (HandlingGroupMember member : members) {
      if (member.organisation().equals(applicant)) {
        conflicts.add(new ConflictOfInterest(member.personId(), "grant.gra7.representsApplicant", true, on));
      } else if (projectPartners.contains(member.organisation())) {
        conflicts.add(new ConflictOfInterest(member.personId(), "grant.gra7.representsPartner", true, on));
      } else if (applicantsRepresentative.filter(member.personId()::equals).isPresent()) {
        conflicts.add(new ConflictOfInterest(member.personId(), "grant.gra7.seatForApplicant", true, on));
      }
    }
    return conflicts;
  }
}
