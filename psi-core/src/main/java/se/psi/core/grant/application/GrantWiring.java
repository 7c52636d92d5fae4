package se.psi.core.grant.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.grant.port.in.AddHandlingGroupMemberUseCase;
import se.psi.core.grant.port.in.AddSchemeSettingUseCase;
import se.psi.core.grant.port.in.CommunicateProposalUseCase;
import se.psi.core.grant.port.in.FindDelegationsUseCase;
import se.psi.core.grant.port.in.FindSchemeSettingsUseCase;
import se.psi.core.grant.port.in.RecordCommunicationAnswerUseCase;
import se.psi.core.grant.port.in.RecordDecisionNoticeUseCase;
import se.psi.core.grant.port.in.RefuseDecisionRequestUseCase;
import se.psi.core.grant.port.in.RequestGrantDecisionUseCase;
import se.psi.core.grant.port.in.ReviseGrantDecisionUseCase;
import se.psi.core.grant.port.in.RevokeDelegationUseCase;
import se.psi.core.grant.port.in.WaiveCommunicationUseCase;
import se.psi.core.grant.port.in.DecideGrantUseCase;
import se.psi.core.grant.port.in.DeclareConflictOfInterestUseCase;
import se.psi.core.grant.port.in.DescribeGrantCaseUseCase;
import se.psi.core.grant.port.in.DraftGrantApplicationUseCase;
import se.psi.core.grant.port.in.DraftProposalUseCase;
import se.psi.core.grant.port.in.FindGrantSchemesUseCase;
import se.psi.core.grant.port.in.FindGrantWorklistsUseCase;
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
import se.psi.core.grant.port.out.CaseRegistry;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.membership.port.out.Partners;

/**
 * Builds the grant use cases (GRA-1..8), one service each, over the kernel, the grant applications, schemes and
 * delegations, the records system that registers cases (GRA-9), the presentation obligations a granted decision creates, and the partners and committees conflicts of
 * interest are judged by.
 */
public final class GrantWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(OpenGrantSchemeUseCase.class, FindGrantSchemesUseCase.class,
      RegisterDelegationUseCase.class, DraftGrantApplicationUseCase.class, ReviseGrantApplicationUseCase.class,
      SubmitGrantApplicationUseCase.class, ResubmitGrantApplicationUseCase.class,
      WithdrawGrantApplicationUseCase.class, GetGrantApplicationUseCase.class, StartAssessmentUseCase.class,
      AddHandlingGroupMemberUseCase.class, DeclareConflictOfInterestUseCase.class,
      MakeConflictDeclarationUseCase.class, RecordApplicantMeetingUseCase.class, JudgeCriterionUseCase.class,
      RequestCompletionUseCase.class, DraftProposalUseCase.class, DecideGrantUseCase.class,
      ReportDelegatedDecisionsUseCase.class, FindGrantedProjectsUseCase.class,
      CommunicateProposalUseCase.class, RecordCommunicationAnswerUseCase.class, WaiveCommunicationUseCase.class,
      RequestGrantDecisionUseCase.class, RefuseDecisionRequestUseCase.class, RecordDecisionNoticeUseCase.class,
      ReviseGrantDecisionUseCase.class, FindDelegationsUseCase.class, RevokeDelegationUseCase.class,
      AddSchemeSettingUseCase.class, FindSchemeSettingsUseCase.class, DescribeGrantCaseUseCase.class,
      FindGrantWorklistsUseCase.class);

  private GrantWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, GrantApplications applications,
      GrantSchemes schemes, Delegations delegations, PresentationObligations presentations, Partners partners,
      WorkingCommittees committees, CaseRegistry registry) {
    var changes = kernel.changes();
    var conflicts = new ConflictDetection(partners, committees, kernel.today());
    useCases
        .add(OpenGrantSchemeUseCase.class, new OpenGrantSchemeService(kernel.boundary(), schemes, kernel.today()))
        .add(FindGrantSchemesUseCase.class, new FindGrantSchemesService(schemes))
        .add(RegisterDelegationUseCase.class, new RegisterDelegationService(changes, delegations))
        .add(DraftGrantApplicationUseCase.class, new DraftGrantApplicationService(changes, applications, schemes))
        .add(ReviseGrantApplicationUseCase.class, new ReviseGrantApplicationService(changes, applications,
            conflicts))
        .add(SubmitGrantApplicationUseCase.class, new SubmitGrantApplicationService(changes, applications, schemes,
            registry))
        .add(ResubmitGrantApplicationUseCase.class, new ResubmitGrantApplicationService(changes, applications, schemes,
            conflicts))
        .add(WithdrawGrantApplicationUseCase.class, new WithdrawGrantApplicationService(changes, applications))
        .add(GetGrantApplicationUseCase.class, new GetGrantApplicationService(changes, applications))
        .add(StartAssessmentUseCase.class, new StartAssessmentService(changes, applications, conflicts))
        .add(AddHandlingGroupMemberUseCase.class, new AddHandlingGroupMemberService(changes, applications,
            conflicts))
        .add(DeclareConflictOfInterestUseCase.class, new DeclareConflictOfInterestService(changes, applications,
            conflicts))
        .add(MakeConflictDeclarationUseCase.class, new MakeConflictDeclarationService(changes, applications,
            conflicts))
        .add(RecordApplicantMeetingUseCase.class, new RecordApplicantMeetingService(changes, applications))
        .add(JudgeCriterionUseCase.class, new JudgeCriterionService(changes, applications, conflicts))
        .add(RequestCompletionUseCase.class, new RequestCompletionService(changes, applications))
        .add(DraftProposalUseCase.class, new DraftProposalService(changes, applications, conflicts))
        .add(DecideGrantUseCase.class, new DecideGrantService(changes, applications, schemes, delegations,
            presentations, conflicts))
        .add(ReportDelegatedDecisionsUseCase.class, new ReportDelegatedDecisionsService(kernel.boundary(),
            applications))
        .add(FindGrantedProjectsUseCase.class, new FindGrantedProjectsService(kernel.boundary(), applications))
        .add(CommunicateProposalUseCase.class, new CommunicateProposalService(changes, applications))
        .add(RecordCommunicationAnswerUseCase.class, new RecordCommunicationAnswerService(changes, applications))
        .add(WaiveCommunicationUseCase.class, new WaiveCommunicationService(changes, applications))
        .add(RequestGrantDecisionUseCase.class, new RequestGrantDecisionService(changes, applications, schemes))
        .add(RefuseDecisionRequestUseCase.class, new RefuseDecisionRequestService(changes, applications))
        .add(RecordDecisionNoticeUseCase.class, new RecordDecisionNoticeService(changes, applications))
        .add(ReviseGrantDecisionUseCase.class, new ReviseGrantDecisionService(changes, applications, schemes,
            delegations))
        .add(FindDelegationsUseCase.class, new FindDelegationsService(kernel.boundary(), delegations))
        .add(RevokeDelegationUseCase.class, new RevokeDelegationService(changes, delegations))
        .add(AddSchemeSettingUseCase.class, new AddSchemeSettingService(changes, schemes))
        .add(FindSchemeSettingsUseCase.class, new FindSchemeSettingsService(kernel.boundary(), schemes))
        .add(DescribeGrantCaseUseCase.class, new DescribeGrantCaseService(changes, applications))
        .add(FindGrantWorklistsUseCase.class, new FindGrantWorklistsService(kernel.boundary(), applications,
            kernel.today()));
  }
}
