package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.port.in.GrantCommands.AssessmentNoteCommand;
import se.psi.core.grant.port.in.GrantCommands.ConflictDeclarationCommand;
import se.psi.core.grant.port.in.GrantCommands.DecideGrantCommand;
import se.psi.core.grant.port.in.GrantCommands.DraftGrantApplicationCommand;
import se.psi.core.grant.port.in.GrantCommands.GrantApplicationCommand;
import se.psi.core.grant.port.in.GrantCommands.GrantPeriodQuery;
import se.psi.core.grant.port.in.GrantCommands.JoinHandlingGroupCommand;
import se.psi.core.grant.port.in.GrantCommands.JudgeCriterionCommand;
import se.psi.core.grant.port.in.GrantCommands.ProposalCommand;
import se.psi.core.grant.port.in.GrantCommands.ReviseGrantApplicationCommand;
import se.psi.core.grant.port.in.GrantCommands.StartAssessmentCommand;
import se.psi.core.shared.Actor;
import se.psi.core.rules.Rejection;

/** The grant for social innovation, from scheme to delegated decision (GRA-1..8). */
public final class GrantUseCases {

  private GrantUseCases() {}

  public interface OpenGrantSchemeUseCase {
    Either<Rejection, GrantScheme> openGrantScheme(GrantSchemeCommand command);
  }

  public interface FindGrantSchemesUseCase {
    Either<Rejection, List<GrantScheme>> findGrantSchemes(Actor actor);
  }

  /** GRA-5: the delegation register. */
  public interface RegisterDelegationUseCase {
    Either<Rejection, Delegation> registerDelegation(DelegationCommand command);
  }

  /** The applicant's side: draft, revise, submit (GRA-1, GRA-2), resubmit after completion (GRA-6), withdraw. */
  public interface ApplyForGrantUseCase {
    Either<Rejection, GrantApplication> draftGrantApplication(DraftGrantApplicationCommand command);

    Either<Rejection, GrantApplication> reviseGrantApplication(ReviseGrantApplicationCommand command);

    Either<Rejection, GrantApplication> submitGrantApplication(GrantApplicationCommand command);

    Either<Rejection, GrantApplication> resubmitGrantApplication(GrantApplicationCommand command);

    Either<Rejection, GrantApplication> withdrawGrantApplication(GrantApplicationCommand command);
  }

  /** One application, for its applicant and those who handle it; to anyone else it does not exist. */
  public interface GetGrantApplicationUseCase {
    Either<Rejection, GrantApplication> getGrantApplication(GrantApplicationCommand command);
  }

  /** The handling group's side (GRA-3, GRA-4, GRA-6, GRA-7). */
  public interface AssessGrantUseCase {
    /** Forms the group and records the jäv found in the partnership's data (GRA-7) before anyone assesses. */
    Either<Rejection, GrantApplication> startAssessment(StartAssessmentCommand command);

    /** GRA-4, GRA-7: a member joins the group; jäv is checked for the group as it now is. */
    Either<Rejection, GrantApplication> addHandlingGroupMember(JoinHandlingGroupCommand command);

    /** GRA-7: the acting person (a member, or the decider) declares jäv, with the reason as the note's text. */
    Either<Rejection, GrantApplication> declareConflictOfInterest(AssessmentNoteCommand command);

    /**
     * GRA-7: the acting person (a member, or the decider) declares that there is no jäv, or a conflict with its
     * reason; a member judges only after declaring that there is none.
     */
    Either<Rejection, GrantApplication> makeConflictDeclaration(ConflictDeclarationCommand command);

    Either<Rejection, GrantApplication> recordApplicantMeeting(AssessmentNoteCommand command);

    Either<Rejection, GrantApplication> judgeCriterion(JudgeCriterionCommand command);

    Either<Rejection, GrantApplication> requestCompletion(AssessmentNoteCommand command);

    Either<Rejection, GrantApplication> draftProposal(ProposalCommand command);
  }

  /** GRA-5: the decision on delegation; a grant is charged to the appropriation and owes a presentation (GRA-8). */
  public interface DecideGrantUseCase {
    Either<Rejection, GrantApplication> decideGrant(DecideGrantCommand command);
  }

  /** Anmälan av delegationsbeslut: the decisions taken on delegation in a period. */
  public interface ReportDelegatedDecisionsUseCase {
    Either<Rejection, List<GrantApplication>> reportDelegatedDecisions(GrantPeriodQuery query);
  }

  /** The granted projects of a period, published. */
  public interface FindGrantedProjectsUseCase {
    Either<Rejection, List<GrantApplication>> findGrantedProjects(GrantPeriodQuery query);
  }
}
