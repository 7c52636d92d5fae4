package se.psi.adapters.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import se.psi.client.ApiClient;
import se.psi.client.ApiException;
import se.psi.client.api.*;
import se.psi.client.model.*;

/**
 * Every operation of the API that takes a body, called through the generated client with an empty body of its
 * documented schema, on a resource that does not exist. Written out one by one, so that a generated method or model
 * that does not fit the API does not compile; {@code GeneratedClientTest} checks none is left out.
 */
final class EveryBodyOperation {

  /** A call of the generated client. */
  @FunctionalInterface
  interface ClientCall {
    void run() throws ApiException;
  }

  private static final UUID NOWHERE = UUID.fromString("00000000-0000-4000-8000-000000000000");
  private static final String IF_MATCH = "\"1\"";

  private EveryBodyOperation() {}

  /** Hands {@code call} each operation's id and its call. */
  static void callEach(ApiClient client, Map<String, String> headers, BiConsumer<String, ClientCall> call) {
    call.accept("openGrantFollowUp", () ->
        new GrantFollowUpApi(client).openGrantFollowUp(NOWHERE, new OpenRequest(), headers));
    call.accept("acceptGrant", () ->
        new GrantFollowUpApi(client).acceptGrant(NOWHERE, IF_MATCH, new AcceptanceRequest(), headers));
    call.accept("requestPayout", () ->
        new GrantFollowUpApi(client).requestPayout(NOWHERE, IF_MATCH, new PayoutRequest(), headers));
    call.accept("requestProjectChange", () ->
        new GrantFollowUpApi(client).requestProjectChange(NOWHERE, IF_MATCH, new ChangeRequest(), headers));
    call.accept("decideProjectChange", () -> new GrantFollowUpApi(client).decideProjectChange(NOWHERE, NOWHERE,
        IF_MATCH, new ChangeDecisionRequest(), headers));
    call.accept("submitFinalReport", () ->
        new GrantFollowUpApi(client).submitFinalReport(NOWHERE, IF_MATCH, new ReportRequest(), headers));
    call.accept("claimRepayment", () ->
        new GrantFollowUpApi(client).claimRepayment(NOWHERE, IF_MATCH, new ClaimRequest(), headers));
    call.accept("addActivity", () -> new PlansApi(client).addActivity(2022L, new ActivityRequest(), headers));
    call.accept("addHandlingGroupMember", () ->
        new GrantsApi(client).addHandlingGroupMember(NOWHERE, IF_MATCH, new JoinRequest(), headers));
    call.accept("addToProjectBank", () -> new ProjectsApi(client).addToProjectBank(new ProjectIdeaRequest(), headers));
    call.accept("adoptOperationalPlan", () ->
        new PlansApi(client).adoptOperationalPlan(NOWHERE, IF_MATCH, new AdoptionRequest(), headers));
    call.accept("applyForMembership", () ->
        new MembershipApi(client).applyForMembership(new ApplicationRequest(), headers));
    call.accept("appointContactPerson", () ->
        new ContactsApi(client).appointContactPerson(NOWHERE, IF_MATCH, new AppointmentRequest(), headers));
    call.accept("checkProposedRuleSets", () ->
        new RulesetsApi(client).checkProposedRuleSets(new RuleSetProposalRequest(), headers));
    call.accept("completeMembershipApplication", () ->
        new MembershipApi(client).completeMembershipApplication(NOWHERE.toString(), IF_MATCH,
            new CompletionRequest(), headers));
    call.accept("createOperationalPlan", () ->
        new PlansApi(client).createOperationalPlan(new OperationalPlanRequest(), headers));
    call.accept("decideGrant", () ->
        new GrantsApi(client).decideGrant(NOWHERE, IF_MATCH, new DecisionRequest(), headers));
    call.accept("declareConflictOfInterest", () ->
        new GrantsApi(client).declareConflictOfInterest(NOWHERE, IF_MATCH, new NoteRequest(), headers));
    call.accept("documentInnovation", () ->
        new DocumentationApi(client).documentInnovation(new InnovationRequest(), headers));
    call.accept("draftGrantApplication", () ->
        new GrantsApi(client).draftGrantApplication(new DraftRequest(), headers));
    call.accept("draftGrantProposal", () ->
        new GrantsApi(client).draftGrantProposal(NOWHERE, IF_MATCH, new ProposalRequest(), headers));
    call.accept("followUpActivity", () ->
        new PlansApi(client).followUpActivity(2022L, NOWHERE, IF_MATCH, new FollowUpRequest(), headers));
    call.accept("holdMeeting", () ->
        new MeetingsApi(client).holdMeeting(NOWHERE, IF_MATCH, new HeldRequest(), headers));
    call.accept("judgeGrantCriterion", () ->
        new GrantsApi(client).judgeGrantCriterion(NOWHERE, IF_MATCH, new JudgementRequest(), headers));
    call.accept("makeConflictDeclaration", () ->
        new GrantsApi(client).makeConflictDeclaration(NOWHERE, IF_MATCH, new DeclarationRequest(), headers));
    call.accept("openAdvisoryCase", () -> new AdvisoryApi(client).openAdvisoryCase(new AdvisoryCaseRequest(), headers));
    call.accept("openGrantScheme", () -> new GrantsApi(client).openGrantScheme(new SchemeRequest(), headers));
    call.accept("owePresentation", () -> new MeetingsApi(client).owePresentation(new PresentationRequest(), headers));
    call.accept("planMeeting", () -> new MeetingsApi(client).planMeeting(new MeetingPlanRequest(), headers));
    call.accept("prepareMeeting", () ->
        new MeetingsApi(client).prepareMeeting(NOWHERE, IF_MATCH, new PreparationRequest(), headers));
    call.accept("publishCall", () -> new ProjectsApi(client).publishCall(new CallRequest(), headers));
    call.accept("publishTemplate", () -> new DocumentationApi(client).publishTemplate(new TemplateRequest(), headers));
    call.accept("recordAdvisoryOutcome", () ->
        new AdvisoryApi(client).recordAdvisoryOutcome(NOWHERE, IF_MATCH, new OutcomeRequest(), headers));
    call.accept("recordApplicantMeeting", () ->
        new GrantsApi(client).recordApplicantMeeting(NOWHERE, IF_MATCH, new NoteRequest(), headers));
    call.accept("recordEngagement", () ->
        new PartnersApi(client).recordEngagement(NOWHERE, IF_MATCH, new EngagementRequest(), headers));
    call.accept("registerDelegation", () -> new GrantsApi(client).registerDelegation(new DelegationRequest(), headers));
    call.accept("registerForMeeting", () ->
        new MeetingsApi(client).registerForMeeting(NOWHERE, new RegistrationRequest(), headers));
    call.accept("registerProject", () -> new ProjectsApi(client).registerProject(new ProjectRequest(), headers));
    call.accept("registerThemeInterest", () ->
        new ProjectsApi(client).registerThemeInterest(new InterestRequest(), headers));
    call.accept("renewAgreement", () ->
        new PartnersApi(client).renewAgreement(NOWHERE, IF_MATCH, new RenewalRequest(), headers));
    call.accept("reportContactVacancy", () ->
        new ContactsApi(client).reportContactVacancy(NOWHERE, IF_MATCH, new VacancyRequest(), headers));
    call.accept("requestGrantCompletion", () ->
        new GrantsApi(client).requestGrantCompletion(NOWHERE, IF_MATCH, new NoteRequest(), headers));
    call.accept("describeGrantCase", () -> new GrantsApi(client).describeGrantCase(NOWHERE, IF_MATCH,
        new CaseDescriptionRequest(), headers));
    call.accept("reviseGrantApplication", () ->
        new GrantsApi(client).reviseGrantApplication(NOWHERE, IF_MATCH, new GrantRevisionRequest(), headers));
    call.accept("schedulePresentation", () ->
        new MeetingsApi(client).schedulePresentation(NOWHERE, IF_MATCH, new SchedulingRequest(), headers));
    call.accept("startGrantAssessment", () ->
        new GrantsApi(client).startGrantAssessment(NOWHERE, IF_MATCH, new AssessmentRequest(), headers));
    call.accept("submitIdea", () -> new IdeasApi(client).submitIdea(new IdeaRequest(), headers));
    call.accept("takeCommitteeSeat", () ->
        new WorkingCommitteeApi(client).takeCommitteeSeat(IF_MATCH, new SeatRequest(), headers));
    call.accept("triageIdea", () -> new IdeasApi(client).triageIdea(NOWHERE, IF_MATCH, new TriageRequest(), headers));
    call.accept("whatIfMembershipDecisions", () ->
        new MembershipApi(client).whatIfMembershipDecisions(new WhatIfRequest(), headers));
  }
}
