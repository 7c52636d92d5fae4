package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.psi.adapters.web.MatrixWorld.Made;
import se.psi.adapters.web.MatrixWorld.Target;
import se.psi.core.UseCasePermissions;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.core.port.in.Permission;
import se.psi.testkit.fixtures.Fixtures;

/**
 * Every operation of the API, called by every kind of caller on a resource of its own or of another organisation:
 * what the core permits (UseCasePermissions, documented in docs/roles.md) succeeds, everything else is refused with
 * 401 (anonymous), 403, or 404 where the resource is not to be revealed.
 */
class AuthorizationMatrixTest {

  private static final WebServer SERVER = WebServer.start("2022-03-01");
  private static final Http HTTP = Http.to(SERVER);
  private static final MatrixWorld WORLD = new MatrixWorld(HTTP);
  private static final Map<String, Permission> PERMISSIONS = new LinkedHashMap<>();

  static {
    UseCasePermissions.all().forEach(p -> PERMISSIONS.put(p.useCase(), p));
  }

  /** Who calls: the resource's own organisation, another one, each role, or nobody signed in. */
  enum Caller {
    ANONYMOUS, OWN_ORGANISATION, OTHER_ORGANISATION, COMMITTEE_MEMBER, ADVISER, HANDLING_GROUP_MEMBER,
    DELEGATED_DECIDER, ADMINISTRATOR;

    Optional<Actor> actor(OrganisationNumber owner) {
      return switch (this) {
        case ANONYMOUS -> Optional.empty();
        case OWN_ORGANISATION -> Optional.of(Actor.forOrganisation("own-admin",
            owner == null ? Fixtures.anOrganisationNumber() : owner, Role.PARTNER_ADMINISTRATOR));
        case OTHER_ORGANISATION -> Optional.of(Actor.forOrganisation("other-admin", Fixtures.anOrganisationNumber(),
            Role.PARTNER_ADMINISTRATOR));
        case COMMITTEE_MEMBER -> Optional.of(MatrixWorld.COMMITTEE);
        case ADVISER -> Optional.of(MatrixWorld.ADVISER);
        case HANDLING_GROUP_MEMBER -> Optional.of(MatrixWorld.HANDLER);
        case DELEGATED_DECIDER -> Optional.of(MatrixWorld.DECIDER);
        case ADMINISTRATOR -> Optional.of(MatrixWorld.ADMIN);
      };
    }
  }

  /** One operation: the use case whose permission governs it, and how to make a fresh request for it. */
  record Scenario(String operationId, String useCase, Function<MatrixWorld, Target> request) {}

  private static final String PUBLIC = "public";

  /**
   * Writes that change nothing in this world, so that no event is due: two are questions sent with a body (checking
   * proposed rulesets, a what-if of membership decisions), and the three daily jobs find nothing due on the
   * matrix's day (their events are tested where something is due).
   */
  private static final Set<String> CHANGE_NOTHING_HERE = Set.of("checkProposedRuleSets", "whatIfMembershipDecisions",
      "endExpiredAgreements", "remindVacantContacts", "remindFinalReports");

  static List<Scenario> scenarios() {
    List<Scenario> s = new ArrayList<>();
    // Membership and partners
    s.add(new Scenario("applyForMembership", "ApplyForMembership", w -> {
      OrganisationNumber number = Fixtures.anOrganisationNumber();
      return new Target("POST", "/api/v1/membership-applications", MembershipApiTest.application(number, true),
          null, number);
    }));
    s.add(new Scenario("getMembershipApplication", "GetMembershipApplication", w -> {
      Made application = w.application(true);
      return Target.get(application.path()).ownedBy(application.owner());
    }));
    s.add(new Scenario("completeMembershipApplication", "CompleteMembershipApplication", w -> {
      Made application = w.application(false);
      var completion = MembershipApiTest.application(application.owner(), true);
      completion.remove("organisation");
      return application.post("/completion", completion);
    }));
    s.add(new Scenario("findMembershipApplications", "FindMembershipApplications",
        w -> Target.get("/api/v1/membership-applications?status=SUBMITTED")));
    s.add(new Scenario("decideMembership", "DecideMembership", w -> w.application(true).post("/decision", null)));
    s.add(new Scenario("replayMembershipDecision", "ReplayMembershipDecision", w -> {
      Made application = w.decidedApplication();
      return Target.get(application.path() + "/decisions/1/replay").ownedBy(application.owner());
    }));
    s.add(new Scenario("whatIfMembershipDecisions", "WhatIfMembershipDecisions",
        w -> new Target("POST", "/api/v1/membership-applications/decisions/what-if",
            Map.of("from", "2022-01-01", "to", "2022-12-31"), null, null)));
    s.add(new Scenario("findPartners", "FindPartners", w -> Target.get("/api/v1/partners")));
    s.add(new Scenario("getPartner", "GetPartner", w -> Target.get(w.partner().path())));
    s.add(new Scenario("withdrawFromPartnership", "WithdrawFromPartnership",
        w -> w.partner().post("/withdrawal", null)));
    s.add(new Scenario("renewAgreement", "RenewAgreement",
        w -> w.partner().post("/agreement-renewal", Map.of("endsOn", "2026-12-31"))));
    s.add(new Scenario("endExpiredAgreements", "EndExpiredAgreements",
        w -> new Target("POST", "/api/v1/partners/agreement-ends", null, null, null)));
    s.add(new Scenario("recordEngagement", "RecordEngagement",
        w -> w.partner().post("/engagement", Map.of("level", "REGULAR"))));
    // Contacts
    s.add(new Scenario("getPartnerContact", "GetPartnerContact", w -> {
      Made contact = w.contactOf(w.partner());
      return Target.get(contact.path()).ownedBy(contact.owner());
    }));
    s.add(new Scenario("appointContactPerson", "AppointContactPerson", w -> {
      Made contact = w.contactOf(w.partner());
      return new Target("PUT", contact.path(), Map.of("person", Map.of("name", "Alva Lind", "role", "Ordförande",
          "email", "alva@example.se")), contact.etag(), contact.owner());
    }));
    s.add(new Scenario("reportContactVacancy", "ReportContactVacancy",
        w -> w.contactOf(w.partner()).post("/vacancy", Map.of())));
    s.add(new Scenario("findUnreachablePartners", "FindUnreachablePartners",
        w -> Target.get("/api/v1/unreachable-partners")));
    s.add(new Scenario("remindVacantContacts", "RemindVacantContacts",
        w -> new Target("POST", "/api/v1/unreachable-partners/reminders", null, null, null)));
    s.add(new Scenario("exportPersonalData", "ExportPersonalData", w -> Target.get(w.formerContact())));
    s.add(new Scenario("erasePersonalData", "ErasePersonalData",
        w -> new Target("DELETE", w.formerContact(), null, null, null)));
    // Working committee and rulesets
    s.add(new Scenario("getWorkingCommittee", "GetWorkingCommittee", w -> Target.get("/api/v1/working-committee")));
    s.add(new Scenario("takeCommitteeSeat", "TakeCommitteeSeat", w -> {
      Made partner = w.partner();
      return new Target("POST", "/api/v1/working-committee/seats", Map.of("partnerId", partner.id()),
          w.committeeEtag(), partner.owner());
    }));
    s.add(new Scenario("leaveCommitteeSeat", "LeaveCommitteeSeat", w -> {
      Made seat = w.committeeWithSeatOf(w.partner());
      return new Target("DELETE", seat.path(), null, seat.etag(), seat.owner());
    }));
    s.add(new Scenario("nextCommitteeMeetings", "NextCommitteeMeetings",
        w -> Target.get("/api/v1/working-committee/next-meetings?firstMeeting=2022-01-10")));
    s.add(new Scenario("listRuleSets", PUBLIC, w -> Target.get("/api/v1/rulesets")));
    s.add(new Scenario("ruleSetInForce", PUBLIC, w -> Target.get("/api/v1/rulesets/in-force")));
    s.add(new Scenario("listRules", PUBLIC, w -> Target.get("/api/v1/rules")));
    s.add(new Scenario("checkRuleSets", "CheckRuleSets", w -> Target.get("/api/v1/rulesets/check")));
    s.add(new Scenario("checkProposedRuleSets", "CheckProposedRuleSets", w -> new Target("POST",
        "/api/v1/rulesets/check", Map.of("rulesets", HTTP.get("/api/v1/rulesets").json()), null, null)));
    // Grants
    s.add(new Scenario("findGrantSchemes", "ReadGrantSchemes", w -> Target.get("/api/v1/grant-schemes")));
    s.add(new Scenario("openGrantScheme", "ManageGrantSchemes", w -> new Target("POST", "/api/v1/grant-schemes",
        Map.of("year", w.nextSchemeYear(), "appropriationKronor", 100_000, "minimumKronor", 1_000,
            "maximumKronor", 10_000, "guidelines", "Riktlinjer"), null, null)));
    s.add(new Scenario("registerDelegation", "ManageDelegations", w -> new Target("POST", "/api/v1/delegations",
        Map.of("delegate", "deputy", "position", "Ställföreträdande", "fromCommittee", "Kulturnämnden",
            "validFrom", "2022-01-01"), null, null)));
    s.add(new Scenario("reportDelegatedDecisions", "ReportDelegatedDecisions",
        w -> Target.get("/api/v1/delegations/decisions")));
    s.add(new Scenario("findGrantedProjects", "FindGrantedProjects", w -> Target.get("/api/v1/granted-projects")));
    s.add(new Scenario("draftGrantApplication", "ApplyForGrant", w -> {
      OrganisationNumber number = Fixtures.anOrganisationNumber();
      var body = Http.JSON.createObjectNode().put("schemeYear", 2022);
      body.putObject("applicant").put("organisationNumber", number.toString()).put("name", "Föreningen")
          .put("kind", "ASSOCIATION");
      body.set("project", MatrixWorld.grantProject());
      return new Target("POST", "/api/v1/grant-applications", body, null, number);
    }));
    s.add(new Scenario("getGrantApplication", "ReadGrantApplication", w -> {
      Made draft = w.grantDraft();
      return Target.get(draft.path()).ownedBy(draft.owner());
    }));
    s.add(new Scenario("reviseGrantApplication", "ApplyForGrant", w -> {
      Made draft = w.grantDraft();
      return new Target("PUT", draft.path() + "/project", Map.of("project", MatrixWorld.grantProject()),
          draft.etag(), draft.owner());
    }));
    s.add(new Scenario("submitGrantApplication", "ApplyForGrant", w -> w.grantDraft().post("/submission", null)));
    s.add(new Scenario("describeGrantCase", "DescribeGrantCase", w -> {
      Made submitted = w.grantSubmitted();
      return new Target("PUT", submitted.path() + "/case-description", Map.of("title", "Ansökan om utvecklingsmedel",
          "secretParts", "Budgetbilagan", "secrecyGround", "sekretess enligt OSL 30 kap. 23 §"), submitted.etag(),
          submitted.owner());
    }));
    s.add(new Scenario("findHandlingQueue", "ReadHandlingQueue",
        w -> Target.get("/api/v1/grant-worklists/handling-queue?olderThanDays=0")));
    s.add(new Scenario("findDecisionQueue", "ReadDecisionQueue",
        w -> Target.get("/api/v1/grant-worklists/decision-queue")));
    s.add(new Scenario("findOwnGrantApplications", "ReadOwnGrantApplications", w -> {
      Made draft = w.grantDraft();
      return Target.get("/api/v1/grant-worklists/applicants/" + draft.owner()).ownedBy(draft.owner());
    }));
    s.add(new Scenario("withdrawGrantApplication", "ApplyForGrant",
        w -> w.grantSubmitted().post("/withdrawal", null)));
    s.add(new Scenario("resubmitGrantApplication", "ApplyForGrant",
        w -> w.grantAskedToComplete().post("/resubmission", null)));
    s.add(new Scenario("startGrantAssessment", "AssessGrant",
        w -> w.grantSubmitted().post("/assessment", MatrixWorld.group())));
    s.add(new Scenario("addHandlingGroupMember", "AssessGrant",
        w -> w.grantAssessing().post("/handling-group-members", MatrixWorld.newMember())));
    s.add(new Scenario("makeConflictDeclaration", "DeclareConflictOfInterest",
        w -> w.grantAssessing().post("/conflict-declarations", MatrixWorld.noConflict())));
    s.add(new Scenario("declareConflictOfInterest", "DeclareConflictOfInterest",
        w -> w.grantAssessing().post("/conflicts-of-interest", MatrixWorld.note())));
    s.add(new Scenario("recordApplicantMeeting", "AssessGrant",
        w -> w.grantAssessing().post("/applicant-meetings", MatrixWorld.note())));
    s.add(new Scenario("judgeGrantCriterion", "AssessGrant",
        w -> w.grantAssessing().post("/judgements", MatrixWorld.judgement("SOCIETAL_BENEFIT"))));
    s.add(new Scenario("requestGrantCompletion", "AssessGrant",
        w -> w.grantAssessing().post("/completion-requests", MatrixWorld.note())));
    s.add(new Scenario("draftGrantProposal", "AssessGrant",
        w -> w.grantJudged().post("/proposal", MatrixWorld.proposal())));
    s.add(new Scenario("decideGrant", "DecideGrant", w -> w.grantProposed().post("/decision", w.decision())));
    s.add(new Scenario("communicateGrantProposal", "CommunicateGrantProposal", w -> w.grantProposed().post(
        "/communication", Map.of("answerBy", "2022-03-15", "channel", "e-post"))));
    s.add(new Scenario("recordCommunicationAnswer", "RecordCommunicationAnswer", w -> w.grantCommunicated().post(
        "/communication/answer", Map.of("answered", true, "summary", "Godtar förslaget"))));
    s.add(new Scenario("waiveCommunication", "WaiveCommunication", w -> w.grantProposed().post(
        "/communication/waiver", Map.of("reason", "Beslutet går inte sökanden emot"))));
    s.add(new Scenario("requestGrantDecision", "RequestGrantDecision", w -> w.grantSubmitted().post(
        "/decision-request", Map.of("receivedOn", "2022-09-05"))));
    s.add(new Scenario("refuseDecisionRequest", "RefuseDecisionRequest", w -> w.grantDecisionRequested().post(
        "/decision-request/refusal", Map.of("reason", "Yttrande väntas"))));
    s.add(new Scenario("recordDecisionNotice", "RecordDecisionNotice", w -> w.grantDecided().post(
        "/decision/notice", Map.of("notifiedOn", "2022-03-01", "channel", "EMAIL"))));
    s.add(new Scenario("reviseGrantDecision", "ReviseGrantDecision", w -> w.grantDecided().post(
        "/decision/revisions", w.revision())));
    s.add(new Scenario("findDelegations", "FindDelegations", w -> Target.get("/api/v1/delegations")));
    s.add(new Scenario("revokeDelegation", "RevokeDelegation", w -> w.delegation().post("/revocation",
        Map.of("revokedOn", "2022-06-01", "reason", "Ny delegationsordning"))));
    s.add(new Scenario("addSchemeSetting", "AddSchemeSetting", w -> new Target("POST",
        "/api/v1/grant-scheme-settings", Map.of("validFrom", w.nextSchemeYear() + "-01-01",
            "appealRoute", "LAGLIGHETSPROVNING", "appealWithinWeeks", 3, "appealTextSv", "Text",
            "appealTextEn", "Text", "undecidedAfterMonths", 6, "requestAnsweredWithinWeeks", 4), null, null)));
    s.add(new Scenario("findSchemeSettings", PUBLIC, w -> Target.get("/api/v1/grant-scheme-settings")));
    // After the grant (GRA-17)
    s.add(new Scenario("openGrantFollowUp", "OpenGrantFollowUp", w -> {
      Made granted = w.granted();
      return new Target("POST", "/api/v1/grant-follow-ups/" + granted.id(), MatrixWorld.followUpTerms(), null,
          granted.owner());
    }));
    s.add(new Scenario("getGrantFollowUp", "ReadGrantFollowUp", w -> {
      Made opened = w.followUpOpened();
      return Target.get(opened.path()).ownedBy(opened.owner());
    }));
    s.add(new Scenario("acceptGrant", "AcceptGrant", w -> w.followUpOpened().post("/acceptance",
        Map.of("signatories", List.of("own-admin", "admin"), "signatoryEvidence", "Registreringsbevis"))));
    s.add(new Scenario("requestPayout", "RequestPayout", w -> w.followUpAccepted().post("/payouts",
        Map.of("amountKronor", 1_000))));
    s.add(new Scenario("requestProjectChange", "RequestProjectChange", w -> w.followUpAccepted().post("/changes",
        Map.of("description", "Fler träffar"))));
    s.add(new Scenario("decideProjectChange", "DecideProjectChange", w -> {
      Made changed = w.followUpChangeRequested();
      return changed.post("/changes/" + changed.id() + "/decision", Map.of("approved", true, "reasons", "Skäl"));
    }));
    s.add(new Scenario("submitFinalReport", "SubmitFinalReport", w -> w.followUpAccepted().post("/final-report",
        Map.of("whatWasDone", "Tolv träffar", "spentKronor", 0, "coFinancingKronor", 50_000))));
    s.add(new Scenario("remindFinalReports", "RemindFinalReports",
        w -> new Target("POST", "/api/v1/grant-follow-ups/final-report-reminders", null, null, null)));
    s.add(new Scenario("claimRepayment", "ClaimRepayment", w -> w.followUpPaid().post("/repayment-claims",
        Map.of("amountKronor", 1_000, "reason", "NOT_USED_AS_GRANTED", "grounds", "Inte enligt beslutet"))));
    s.add(new Scenario("recordRepayment", "RecordRepayment", w -> {
      Made claimed = w.followUpClaimed();
      return claimed.post("/repayment-claims/" + claimed.id() + "/repayment", null);
    }));
    // Meetings and presentations
    s.add(new Scenario("findMeetings", "FindMeetings", w -> Target.get("/api/v1/meetings")));
    s.add(new Scenario("meetingYear", "MeetingYear", w -> Target.get("/api/v1/meetings/year")));
    s.add(new Scenario("planMeeting", "PlanMeeting", w -> new Target("POST", "/api/v1/meetings", Map.of("format",
        "WORKSHOP", "title", "Verkstad", "date", "2022-05-01", "digital", true), null, null)));
    s.add(new Scenario("getMeeting", "FindMeetings",
        w -> Target.get(w.meeting("PUBLIC_DIALOGUE", "2022-04-05").path())));
    s.add(new Scenario("prepareMeeting", "PrepareMeeting", w -> w.meeting("PUBLIC_DIALOGUE", "2022-04-05")
        .post("/programme", Map.of("agendaItem", "Samtal om ensamhet"))));
    s.add(new Scenario("registerForMeeting", "RegisterForMeeting", w -> w.meeting("PUBLIC_DIALOGUE", "2022-04-05")
        .post("/registrations", Map.of("organisation", "Studieförbundet"))));
    s.add(new Scenario("holdMeeting", "HoldMeeting",
        w -> w.meeting("PUBLIC_DIALOGUE", "2022-03-01").post("/held", Map.of())));
    s.add(new Scenario("cancelMeeting", "CancelMeeting",
        w -> w.meeting("PUBLIC_DIALOGUE", "2022-04-05").post("/cancellation", null)));
    s.add(new Scenario("findPresentations", "FindPresentations", w -> Target.get("/api/v1/presentations")));
    s.add(new Scenario("owePresentation", "OwePresentation", w -> new Target("POST", "/api/v1/presentations",
        Map.of("projectReference", "P-2", "projectTitle", "Fritidsbank"), null, null)));
    s.add(new Scenario("schedulePresentation", "SchedulePresentation", w -> w.presentation().post("/scheduling",
        Map.of("meetingId", w.meeting("PUBLIC_DIALOGUE", "2022-06-01").id()))));
    s.add(new Scenario("fulfilPresentation", "FulfilPresentation",
        w -> w.scheduledPresentationAtHeldDialogue().post("/fulfilment", null)));
    // Plans
    s.add(new Scenario("findOperationalPlans", "ReadPlans", w -> Target.get("/api/v1/operational-plans")));
    s.add(new Scenario("createOperationalPlan", "ManagePlans", w -> new Target("POST", "/api/v1/operational-plans",
        Map.of("title", "Plan", "fromYear", 2021, "toYear", 2026, "goals", List.of("Dialog")), null, null)));
    s.add(new Scenario("getOperationalPlan", "ReadPlans", w -> Target.get(w.plan().path())));
    s.add(new Scenario("adoptOperationalPlan", "ManagePlans", w -> w.plan().post("/adoption",
        Map.of("meetingId", w.heldMeeting("GENERAL_MEETING").id()))));
    s.add(new Scenario("getActivityList", "ReadPlans", w -> {
      w.activity();
      return Target.get("/api/v1/activity-lists/2022");
    }));
    s.add(new Scenario("addActivity", "ManagePlans", w -> new Target("POST", "/api/v1/activity-lists/2022/activities",
        MatrixWorld.activity(w.plan().id()), null, null)));
    s.add(new Scenario("followUpActivity", "ManagePlans", w -> w.activity().post("/follow-up",
        Map.of("status", "DONE", "achievedCount", 2, "note", "Två samtal hölls"))));
    s.add(new Scenario("followUpYear", "FollowUpYear", w -> {
      w.activity();
      return Target.get("/api/v1/activity-lists/2022/follow-up");
    }));
    // Documentation, ideas, advisory cases
    s.add(new Scenario("findTemplates", "ReadDocumentation", w -> Target.get("/api/v1/documentation/templates")));
    s.add(new Scenario("getTemplate", "ReadDocumentation",
        w -> Target.get("/api/v1/documentation/templates/Social%20innovation")));
    s.add(new Scenario("publishTemplate", "PublishTemplate", w -> new Target("POST",
        "/api/v1/documentation/templates", Map.of("name", "Uppföljning", "fields", List.of()), null, null)));
    s.add(new Scenario("findInnovations", "ReadDocumentation",
        w -> Target.get("/api/v1/documentation/innovations")));
    s.add(new Scenario("getInnovation", "ReadDocumentation", w -> Target.get(w.innovation().path())));
    s.add(new Scenario("documentInnovation", "DocumentInnovation", w -> new Target("POST",
        "/api/v1/documentation/innovations", Map.of("templateName", "Social innovation", "challenge", "Ensamhet",
            "innovation", "Språkcafé", "origin", "NON_PROFIT", "actors", List.of("Föreningen"),
            "priorityAreas", List.of(), "results", "Tre caféer", "answers", Map.of()), null, null)));
    s.add(new Scenario("submitIdea", "SubmitIdea", w -> new Target("POST", "/api/v1/ideas",
        MatrixWorld.idea("kim@example.se"), null, null)));
    s.add(new Scenario("followIdea", "FollowIdea", w -> Target.get("/api/v1/ideas/receipts/" + w.idea().id())));
    s.add(new Scenario("findIdeas", "TriageIdeas", w -> Target.get("/api/v1/ideas")));
    s.add(new Scenario("triageIdea", "TriageIdeas", w -> w.idea().post("/triage", Map.of("outcome", "TO_ADVICE",
        "note", "Till rådgivningen"))));
    s.add(new Scenario("eraseIdeaContact", "EraseIdeaContact", w -> w.idea().post("/contact-erasure", null)));
    s.add(new Scenario("findAdvisoryCases", "ReadAdvisoryCases", w -> Target.get("/api/v1/advisory-cases")));
    s.add(new Scenario("openAdvisoryCase", "Advise", w -> new Target("POST", "/api/v1/advisory-cases",
        MatrixWorld.advisoryCaseBody(), null, null)));
    s.add(new Scenario("recordAdvisoryOutcome", "Advise", w -> w.advisoryCase().post("/outcomes",
        Map.of("kind", "ADVICE_GIVEN", "note", "Råd om finansiering", "close", false))));
    // Calls, project bank, projects
    s.add(new Scenario("findCalls", "ReadCalls", w -> Target.get("/api/v1/calls")));
    s.add(new Scenario("publishCall", "PublishCalls", w -> new Target("POST", "/api/v1/calls", Map.of("funder",
        "Arvsfonden", "programme", "Projektstöd", "deadline", "2022-05-31", "themes", List.of("unga")), null, null)));
    s.add(new Scenario("registerThemeInterest", "RegisterThemeInterest", w -> {
      Made partner = w.partner();
      return new Target("PUT", "/api/v1/calls/theme-interests", Map.of("partnerId", partner.id(),
          "themes", List.of("unga")), null, partner.owner());
    }));
    s.add(new Scenario("findProjects", "ReadProjects", w -> Target.get("/api/v1/projects")));
    s.add(new Scenario("registerProject", "OwnProjects", w -> {
      Made partner = w.partner();
      return new Target("POST", "/api/v1/projects", Map.of("owner", partner.id(), "title", "Fritidsbank",
          "description", "Lån av utrustning"), null, partner.owner());
    }));
    s.add(new Scenario("anchorProject", "AnchorProjects", w -> w.project().post("/anchoring", null)));
    s.add(new Scenario("requestStakeholderGroup", "OwnProjects",
        w -> w.anchoredProject().post("/stakeholder-group", null)));
    s.add(new Scenario("findProjectBank", "ReadProjectBank", w -> Target.get("/api/v1/projects/bank")));
    s.add(new Scenario("addToProjectBank", "ManageProjectBank", w -> new Target("POST", "/api/v1/projects/bank",
        Map.of("theme", "unga", "title", "Verkstad", "description", "Kvällsöppen verkstad"), null, null)));
    s.add(new Scenario("matchProjectBankToOpenCalls", "ReadProjectBank",
        w -> Target.get("/api/v1/projects/bank/matches")));
    // Forms
    s.add(new Scenario("listForms", PUBLIC, w -> Target.get("/api/v1/forms")));
    s.add(new Scenario("getForm", PUBLIC, w -> Target.get("/api/v1/forms/applyForMembership")));
    return s;
  }

  @AfterAll
  static void stop() {
    SERVER.close();
  }

  @Test
  void every_operation_of_the_api_is_in_the_matrix() {
    List<String> documented = new ArrayList<>();
    HTTP.get("/api/v1/openapi.json").json().get("paths").forEach(path -> path.forEach(operation ->
        documented.add(operation.get("operationId").asText())));

    assertThat(scenarios()).extracting(Scenario::operationId).containsExactlyInAnyOrderElementsOf(documented);
    assertThat(scenarios()).extracting(Scenario::useCase).allSatisfy(useCase ->
        assertThat(useCase.equals(PUBLIC) || PERMISSIONS.containsKey(useCase)).as(useCase).isTrue());
  }

  @TestFactory
  Stream<DynamicTest> every_operation_answers_every_caller_as_the_core_permits() {
    return scenarios().stream().flatMap(scenario -> Stream.of(Caller.values()).map(caller ->
        DynamicTest.dynamicTest(scenario.operationId() + " by " + caller, () -> {
          Target target = scenario.request().apply(WORLD);
          Optional<Actor> actor = caller.actor(target.owner());
          Http http = actor.map(HTTP::as).orElse(HTTP);
          if (target.etag() != null) {
            http = http.ifMatch(target.etag());
          }
          int eventsBefore = SERVER.psi.outbox().events().size();
          Http.Answer answer = target.body() == null && !target.method().equals("POST")
              ? http.send(target.method(), target.path(), null, null)
              : http.send(target.method(), target.path(), "application/json",
                  target.body() == null ? null : Http.JSON.writeValueAsString(target.body()));
          if (permitted(scenario.useCase(), actor, target.owner())) {
            assertThat(answer.status()).as("%s by %s: %s", scenario.operationId(), caller, answer)
                .isBetween(200, 299);
            if (!target.method().equals("GET") && !CHANGE_NOTHING_HERE.contains(scenario.operationId())) {
              assertThat(SERVER.psi.outbox().events().size()).as("the events of %s by %s (docs/events.md: every "
                  + "change emits its events)", scenario.operationId(), caller).isGreaterThan(eventsBefore);
            }
          } else {
            assertThat(answer.status()).as("%s by %s: %s", scenario.operationId(), caller, answer)
                .isIn(actor.isEmpty() ? List.of(401, 404) : List.of(403, 404));
          }
        })));
  }

  private static boolean permitted(String useCase, Optional<Actor> actor, OrganisationNumber owner) {
    if (useCase.equals(PUBLIC)) {
      return true;
    }
    Permission permission = PERMISSIONS.get(useCase);
    return permission.allows(actor.orElse(Actor.of("anonymous")), Optional.ofNullable(owner));
  }
}
