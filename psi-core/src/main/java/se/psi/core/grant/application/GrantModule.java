package se.psi.core.grant.application;

import com.google.inject.AbstractModule;
import se.psi.core.grant.port.in.AddHandlingGroupMemberUseCase;
import se.psi.core.grant.port.in.DecideGrantUseCase;
import se.psi.core.grant.port.in.DeclareConflictOfInterestUseCase;
import se.psi.core.grant.port.in.DraftGrantApplicationUseCase;
import se.psi.core.grant.port.in.DraftProposalUseCase;
import se.psi.core.grant.port.in.FindGrantSchemesUseCase;
import se.psi.core.grant.port.in.FindGrantedProjectsUseCase;
import se.psi.core.grant.port.in.GetGrantApplicationUseCase;
import se.psi.core.grant.port.in.JudgeCriterionUseCase;
import se.psi.core.grant.port.in.MakeConflictDeclarationUseCase;
import se.psi.core.grant.port.in.OpenGrantSchemeUseCase;
import se.psi.core.grant.port.in.RecordApplicantMeetingUseCase;
import se.psi.core.grant.port.in.RegisterDelegationUseCase;
import se.psi.core.grant.port.in.ReportDelegatedDecisionsUseCase;
import se.psi.core.grant.port.in.RequestCompletionUseCase;
import se.psi.core.grant.port.in.ResubmitGrantApplicationUseCase;
import se.psi.core.grant.port.in.ReviseGrantApplicationUseCase;
import se.psi.core.grant.port.in.StartAssessmentUseCase;
import se.psi.core.grant.port.in.SubmitGrantApplicationUseCase;
import se.psi.core.grant.port.in.WithdrawGrantApplicationUseCase;

/**
 * Wires the grant use cases (GRA-1..8), one service each. Needs GrantApplications, GrantSchemes, Delegations,
 * PresentationObligations, Partners and WorkingCommittees.
 */
public final class GrantModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(OpenGrantSchemeUseCase.class).to(OpenGrantSchemeService.class);
    bind(FindGrantSchemesUseCase.class).to(FindGrantSchemesService.class);
    bind(RegisterDelegationUseCase.class).to(RegisterDelegationService.class);
    bind(DraftGrantApplicationUseCase.class).to(DraftGrantApplicationService.class);
    bind(ReviseGrantApplicationUseCase.class).to(ReviseGrantApplicationService.class);
    bind(SubmitGrantApplicationUseCase.class).to(SubmitGrantApplicationService.class);
    bind(ResubmitGrantApplicationUseCase.class).to(ResubmitGrantApplicationService.class);
    bind(WithdrawGrantApplicationUseCase.class).to(WithdrawGrantApplicationService.class);
    bind(GetGrantApplicationUseCase.class).to(GetGrantApplicationService.class);
    bind(StartAssessmentUseCase.class).to(StartAssessmentService.class);
    bind(AddHandlingGroupMemberUseCase.class).to(AddHandlingGroupMemberService.class);
    bind(DeclareConflictOfInterestUseCase.class).to(DeclareConflictOfInterestService.class);
    bind(MakeConflictDeclarationUseCase.class).to(MakeConflictDeclarationService.class);
    bind(RecordApplicantMeetingUseCase.class).to(RecordApplicantMeetingService.class);
    bind(JudgeCriterionUseCase.class).to(JudgeCriterionService.class);
    bind(RequestCompletionUseCase.class).to(RequestCompletionService.class);
    bind(DraftProposalUseCase.class).to(DraftProposalService.class);
    bind(DecideGrantUseCase.class).to(DecideGrantService.class);
    bind(ReportDelegatedDecisionsUseCase.class).to(ReportDelegatedDecisionsService.class);
    bind(FindGrantedProjectsUseCase.class).to(FindGrantedProjectsService.class);
  }
}
