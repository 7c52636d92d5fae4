package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.testkit.usecases.PsiWorld.aContact;
import static se.psi.testkit.usecases.PsiWorld.anOrganisation;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.psi.core.UseCasePermissions;
import se.psi.core.advisory.port.in.FindAdvisoryCasesQuery;
import se.psi.core.advisory.port.in.FindAdvisoryCasesUseCase;
import se.psi.core.advisory.port.in.OpenAdvisoryCaseCommand;
import se.psi.core.advisory.port.in.OpenAdvisoryCaseUseCase;
import se.psi.core.committee.port.in.*;
import se.psi.core.contact.port.in.*;
import se.psi.core.documentation.domain.InnovationOrigin;
import se.psi.core.documentation.port.in.DocumentInnovationCommand;
import se.psi.core.documentation.port.in.DocumentInnovationUseCase;
import se.psi.core.documentation.port.in.FindInnovationsUseCase;
import se.psi.core.documentation.port.in.PublishTemplateCommand;
import se.psi.core.documentation.port.in.PublishTemplateUseCase;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.grant.port.in.AssessmentNoteCommand;
import se.psi.core.grant.port.in.ConflictDeclarationCommand;
import se.psi.core.followup.domain.RepaymentClaim;
import se.psi.core.followup.port.in.AcceptGrantCommand;
import se.psi.core.followup.port.in.AcceptGrantUseCase;
import se.psi.core.followup.port.in.ClaimRepaymentCommand;
import se.psi.core.followup.port.in.ClaimRepaymentUseCase;
import se.psi.core.followup.port.in.DecideProjectChangeCommand;
import se.psi.core.followup.port.in.DecideProjectChangeUseCase;
import se.psi.core.followup.port.in.FinalReportDutiesQuery;
import se.psi.core.followup.port.in.GetGrantFollowUpUseCase;
import se.psi.core.followup.port.in.GrantFollowUpQuery;
import se.psi.core.followup.port.in.OpenGrantFollowUpCommand;
import se.psi.core.followup.port.in.OpenGrantFollowUpUseCase;
import se.psi.core.followup.port.in.RecordRepaymentCommand;
import se.psi.core.followup.port.in.RecordRepaymentUseCase;
import se.psi.core.followup.port.in.RemindFinalReportsUseCase;
import se.psi.core.followup.port.in.RequestPayoutCommand;
import se.psi.core.followup.port.in.RequestPayoutUseCase;
import se.psi.core.followup.port.in.RequestProjectChangeCommand;
import se.psi.core.followup.port.in.RequestProjectChangeUseCase;
import se.psi.core.followup.port.in.SubmitFinalReportCommand;
import se.psi.core.followup.port.in.SubmitFinalReportUseCase;
import se.psi.core.grant.port.in.DecideGrantCommand;
import se.psi.core.grant.port.in.DecideGrantUseCase;
import se.psi.core.grant.port.in.DraftGrantApplicationCommand;
import se.psi.core.grant.port.in.DraftGrantApplicationUseCase;
import se.psi.core.grant.port.in.FindGrantSchemesUseCase;
import se.psi.core.grant.port.in.FindGrantedProjectsUseCase;
import se.psi.core.grant.port.in.GetGrantApplicationUseCase;
import se.psi.core.grant.port.in.GrantApplicationCommand;
import se.psi.core.grant.port.in.GrantApplicationQuery;
import se.psi.core.grant.port.in.GrantPeriodQuery;
import se.psi.core.grant.port.in.MakeConflictDeclarationUseCase;
import se.psi.core.grant.port.in.OpenGrantSchemeCommand;
import se.psi.core.grant.port.in.OpenGrantSchemeUseCase;
import se.psi.core.grant.port.in.RecordApplicantMeetingUseCase;
import se.psi.core.grant.port.in.RegisterDelegationCommand;
import se.psi.core.grant.port.in.RegisterDelegationUseCase;
import se.psi.core.grant.port.in.ReportDelegatedDecisionsUseCase;
import se.psi.core.idea.domain.IdeaChannel;
import se.psi.core.idea.domain.IdeaSource;
import se.psi.core.idea.domain.TriageOutcome;
import se.psi.core.idea.port.in.ContactDetails;
import se.psi.core.idea.port.in.EraseIdeaContactCommand;
import se.psi.core.idea.port.in.EraseIdeaContactUseCase;
import se.psi.core.idea.port.in.FollowIdeaQuery;
import se.psi.core.idea.port.in.FollowIdeaUseCase;
import se.psi.core.idea.port.in.SubmitIdeaCommand;
import se.psi.core.idea.port.in.SubmitIdeaUseCase;
import se.psi.core.idea.port.in.TriageIdeaCommand;
import se.psi.core.idea.port.in.TriageIdeaUseCase;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.port.in.CancelMeetingUseCase;
import se.psi.core.meeting.port.in.FindMeetingsUseCase;
import se.psi.core.meeting.port.in.FindPresentationsUseCase;
import se.psi.core.meeting.port.in.FulfilPresentationCommand;
import se.psi.core.meeting.port.in.FulfilPresentationUseCase;
import se.psi.core.meeting.port.in.HoldMeetingCommand;
import se.psi.core.meeting.port.in.HoldMeetingUseCase;
import se.psi.core.meeting.port.in.MeetingCommand;
import se.psi.core.meeting.port.in.MeetingYearQuery;
import se.psi.core.meeting.port.in.MeetingYearUseCase;
import se.psi.core.meeting.port.in.OwePresentationCommand;
import se.psi.core.meeting.port.in.OwePresentationUseCase;
import se.psi.core.meeting.port.in.PlanMeetingCommand;
import se.psi.core.meeting.port.in.PlanMeetingUseCase;
import se.psi.core.meeting.port.in.PrepareMeetingCommand;
import se.psi.core.meeting.port.in.PrepareMeetingUseCase;
import se.psi.core.meeting.port.in.RegisterForMeetingCommand;
import se.psi.core.meeting.port.in.RegisterForMeetingUseCase;
import se.psi.core.meeting.port.in.SchedulePresentationCommand;
import se.psi.core.meeting.port.in.SchedulePresentationUseCase;
import se.psi.core.membership.domain.EngagementLevel;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.*;
import se.psi.core.plan.port.in.AddActivityCommand;
import se.psi.core.plan.port.in.AddActivityUseCase;
import se.psi.core.plan.port.in.CreateOperationalPlanCommand;
import se.psi.core.plan.port.in.CreateOperationalPlanUseCase;
import se.psi.core.plan.port.in.FindOperationalPlansUseCase;
import se.psi.core.plan.port.in.FollowUpYearUseCase;
import se.psi.core.plan.port.in.YearQuery;
import se.psi.core.port.in.Permission;
import se.psi.core.project.port.in.AddToProjectBankCommand;
import se.psi.core.project.port.in.AddToProjectBankUseCase;
import se.psi.core.project.port.in.AnchorProjectCommand;
import se.psi.core.project.port.in.AnchorProjectUseCase;
import se.psi.core.project.port.in.FindCallsUseCase;
import se.psi.core.project.port.in.FindProjectBankUseCase;
import se.psi.core.project.port.in.FindProjectsUseCase;
import se.psi.core.project.port.in.PublishCallCommand;
import se.psi.core.project.port.in.PublishCallUseCase;
import se.psi.core.project.port.in.RegisterProjectCommand;
import se.psi.core.project.port.in.RegisterProjectUseCase;
import se.psi.core.project.port.in.RegisterThemeInterestCommand;
import se.psi.core.project.port.in.RegisterThemeInterestUseCase;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.Rejection;
import se.psi.core.rulesets.port.in.CheckProposedRuleSetsQuery;
import se.psi.core.rulesets.port.in.CheckProposedRuleSetsUseCase;
import se.psi.core.rulesets.port.in.CheckRuleSetsQuery;
import se.psi.core.rulesets.port.in.CheckRuleSetsUseCase;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;

/** The role matrix of docs/roles.md is exactly what the use cases enforce, use case by use case, caller by caller. */
class RoleMatrixTest {

  private static final Path DOC = Path.of("..", "docs", "roles.md");

  /** Who calls: no role, each role without an organisation, or a partner administrator of its own or another org. */
  enum Caller { ANYONE, COMMITTEE_MEMBER, ADVISER, HANDLING_GROUP_MEMBER, DELEGATED_DECIDER, ADMINISTRATOR,
      OWN_ORGANISATION,
    OTHER_ORGANISATION }

  /**
   * A partnership with a partner that has had two contacts, an open application, and a seated partner, on
   * {@code today}; its dates are relative to that day.
   */
  static final class Scenario {
    final PsiWorld world;
    final Partner partner;
    final MembershipApplication pending;
    final OrganisationDetails newcomer = anOrganisation(OrganisationKind.COOPERATIVE, "Nytt kooperativ");
    final java.util.UUID formerContact;
    final java.util.UUID dialogue;
    final java.util.UUID presentation;
    final OrganisationDetails grantApplicant = anOrganisation(OrganisationKind.ASSOCIATION, "Språkvänner");
    final java.util.UUID grantDraft;
    final java.util.UUID delegation;
    final se.psi.core.idea.domain.Idea idea;
    final java.util.UUID project;
    /** GRA-17: the draft's follow-up, accepted, with 1 000 kronor paid, a change requested and a claim made. */
    final java.util.UUID change;
    final java.util.UUID claim;

    Scenario(String today) {
      world = new PsiWorld(today);
      partner = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
      pending = world.apply(world.aCompleteApplication(anOrganisation(OrganisationKind.FOUNDATION,
          "Stiftelsen Activa")));
      int year = world.year();
      Actor admin = PsiWorld.administrator();
      PsiWorld.ok(world.useCase(OpenGrantSchemeUseCase.class).openGrantScheme(
          new OpenGrantSchemeCommand(admin, year, 500_000, 10_000, 100_000, "Riktlinjer")));
      delegation = PsiWorld.ok(world.useCase(RegisterDelegationUseCase.class).registerDelegation(
          new RegisterDelegationCommand(admin, "person", "Områdeschef", "Kulturnämnden", world.inThisYear(1, 1), null)))
          .id().value();
      grantDraft = PsiWorld.ok(world.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
          new DraftGrantApplicationCommand(admin, year, grantApplicant,
              GrantUseCasesTest.project(40_000, year)))).id().value();
      var followUp = followUp(world, grantDraft, OrganisationNumber.of(grantApplicant.organisationNumber()));
      change = followUp.changes().get(0).id();
      claim = followUp.claims().get(0).id();
      idea = PsiWorld.ok(world.useCase(SubmitIdeaUseCase.class).submitIdea(
          new SubmitIdeaCommand(Actor.of("citizen"), IdeaSource.CITIZEN, null,
              new ContactDetails("Kim", "kim@example.se"), "Ensamhet", "Café", null,
              IdeaChannel.WEB_FORM, null)));
      dialogue = PsiWorld.ok(world.useCase(PlanMeetingUseCase.class).planMeeting(
          new PlanMeetingCommand(PsiWorld.committeeMember(), MeetingFormat.PUBLIC_DIALOGUE, "Digitalt utanförskap",
              world.inThisYear(4, 5), Municipality.KUMLA, false, null))).id().value();
      presentation = PsiWorld.ok(world.useCase(OwePresentationUseCase.class).owePresentation(
          new OwePresentationCommand(PsiWorld.committeeMember(), "grant-0", "Läxhjälp"))).id().value();
      var plan = PsiWorld.ok(world.useCase(CreateOperationalPlanUseCase.class).createOperationalPlan(
          new CreateOperationalPlanCommand(PsiWorld.committeeMember(), "Verksamhetsplan", year - 1, year + 4,
              List.of("Dialog"))));
      PsiWorld.ok(world.useCase(AddActivityUseCase.class).addActivity(new AddActivityCommand(
          PsiWorld.committeeMember(), year, plan.id().value(), 1, "Stormöten", "AU", 3, "Två stormöten")));
      PsiWorld.ok(world.useCase(PublishTemplateUseCase.class).publishTemplate(
          new PublishTemplateCommand(PsiWorld.committeeMember(), "PSI-mall", List.of())));
      project = PsiWorld.ok(world.useCase(RegisterProjectUseCase.class).registerProject(
          new RegisterProjectCommand(PsiWorld.adminOf(partner), partner.id().value(), "Kamratstöd",
              "Unga stöttar unga"))).id().value();
      formerContact = world.psi.contacts().find(partner.id()).get().current().get().person().id().value();
      PsiWorld.ok(world.useCase(AppointContactPersonUseCase.class).appointContactPerson(
          new AppointContactPersonCommand(PsiWorld.administrator(), partner.id().value(), aContact(true), null,
              null)));
    }

    /**
     * A follow-up of {@code application} stored as the Region and the grantee would have taken it: its scheme's
     * figures count the grant and the payout, so that every use case of the follow-up can be called on it.
     */
    private static se.psi.core.followup.domain.GrantFollowUp followUp(PsiWorld world, java.util.UUID application,
        OrganisationNumber grantee) {
      var meta = Fixtures.eventMeta();
      var rules = PsiWorld.rulesOn(world.today());
      var scheme = world.psi.grantSchemes().find(world.year()).get();
      var granted = scheme.grant(se.psi.core.shared.Sek.of(40_000), se.psi.core.rules.Rules.pending(world.today()))
          .get();
      world.psi.grantSchemes().save(granted);
      world.psi.grantSchemes().save(granted.pay(se.psi.core.shared.Sek.of(1_000)));
      var id = new se.psi.core.grant.domain.GrantApplicationId(application);
      var f = se.psi.core.followup.domain.GrantFollowUp.open(id, world.year(), grantee, "Språkvänner",
          se.psi.core.shared.Sek.of(40_000), new se.psi.core.followup.domain.FollowUpTerms(
              world.today().plusMonths(10), se.psi.core.shared.Sek.of(40_000), 30, 14), world.today(), meta)
          .aggregate();
      world.psi.grantFollowUps().save(f);
      f = f.accept(new se.psi.core.followup.domain.Acceptance("chair", world.today(), List.of("chair"), "Protokoll"),
          meta).get().aggregate();
      world.psi.grantFollowUps().save(f);
      f = f.pay(java.util.UUID.randomUUID(), se.psi.core.shared.Sek.of(1_000), "chair", rules, world.today(), meta)
          .get().aggregate();
      world.psi.grantFollowUps().save(f);
      f = f.requestChange(java.util.UUID.randomUUID(), "Ny lokal", "chair", world.today(), meta).get().aggregate();
      world.psi.grantFollowUps().save(f);
      f = f.claim(new se.psi.core.followup.domain.RepaymentClaim(java.util.UUID.randomUUID(),
          se.psi.core.shared.Sek.of(500), se.psi.core.followup.domain.RepaymentClaim.Reason.UNUSED, "Oanvänt",
          "person", world.today(), java.util.Optional.empty()), rules, meta).get().aggregate();
      world.psi.grantFollowUps().save(f);
      return f;
    }

    /** The organisation that owns the resource a use case acts on. */
    OrganisationNumber ownerOf(String useCase) {
      return switch (useCase) {
        case "ApplyForMembership" -> OrganisationNumber.of(newcomer.organisationNumber());
        case "CompleteMembershipApplication", "GetMembershipApplication" -> pending.organisation().organisationNumber();
        case "ApplyForGrant", "ReadGrantApplication", "ReadOwnGrantApplications" ->
            OrganisationNumber.of(grantApplicant.organisationNumber());
        case "AcceptGrant", "RequestPayout", "RequestProjectChange", "SubmitFinalReport", "ReadGrantFollowUp" ->
            OrganisationNumber.of(grantApplicant.organisationNumber());
        default -> partner.organisation().organisationNumber();
      };
    }

    Actor actor(Caller caller, String useCase) {
      return switch (caller) {
        case ANYONE -> Actor.of("anyone");
        case OWN_ORGANISATION -> PsiWorld.adminOf(ownerOf(useCase));
        case OTHER_ORGANISATION -> PsiWorld.adminOf(Fixtures.anOrganisationNumber());
        default -> Actor.of("person", Role.valueOf(caller.name()));
      };
    }
  }

  private static final Map<String, java.util.function.BiFunction<Scenario, Actor, Either<Rejection, ?>>> CALLS =
      Map.ofEntries(
          Map.entry("ApplyForMembership", (s, a) -> s.world.useCase(ApplyForMembershipUseCase.class)
              .applyForMembership(new ApplyForMembershipCommand(a, s.newcomer, null, null, null, null))),
          Map.entry("CompleteMembershipApplication", (s, a) -> s.world.useCase(
              CompleteMembershipApplicationUseCase.class).completeMembershipApplication(
                  new CompleteMembershipApplicationCommand(a, s.pending.id().value(), null, null, null, null))),
          Map.entry("GetMembershipApplication", (s, a) -> s.world.useCase(GetMembershipApplicationUseCase.class)
              .getMembershipApplication(new MembershipApplicationQuery(a, s.pending.id().value()))),
          Map.entry("FindMembershipApplications", (s, a) -> s.world.useCase(
              FindMembershipApplicationsUseCase.class).findMembershipApplications(
                  new FindMembershipApplicationsQuery(a, null, 0, 10))),
          Map.entry("DecideMembership", (s, a) -> s.world.useCase(DecideMembershipUseCase.class)
              .decideMembership(new DecideMembershipCommand(a, s.pending.id().value(), null))),
          Map.entry("WithdrawFromPartnership", (s, a) -> s.world.useCase(WithdrawFromPartnershipUseCase.class)
              .withdrawFromPartnership(new PartnerCommand(a, s.partner.id().value(), null))),
          Map.entry("RecordEngagement", (s, a) -> s.world.useCase(RecordEngagementUseCase.class).recordEngagement(
              new RecordEngagementCommand(a, s.partner.id().value(), EngagementLevel.REGULAR, null))),
          Map.entry("RenewAgreement", (s, a) -> s.world.useCase(RenewAgreementUseCase.class).renewAgreement(
              new RenewAgreementCommand(a, s.partner.id().value(), s.world.inThisYear(12, 31).plusYears(4), null))),
          Map.entry("EndExpiredAgreements", (s, a) -> s.world.useCase(EndExpiredAgreementsUseCase.class)
              .endExpiredAgreements(new EndExpiredAgreementsCommand(a))),
          Map.entry("ReplayMembershipDecision", (s, a) -> s.world.useCase(
              se.psi.core.membership.port.in.ReplayMembershipDecisionUseCase.class).replayMembershipDecision(
                  new se.psi.core.membership.port.in.ReplayMembershipDecisionQuery(a,
                      s.partner.applicationId().value(), 1))),
          Map.entry("WhatIfMembershipDecisions", (s, a) -> s.world.useCase(
              se.psi.core.membership.port.in.WhatIfMembershipDecisionsUseCase.class).whatIfMembershipDecisions(
                  new se.psi.core.membership.port.in.WhatIfMembershipDecisionsQuery(a, s.world.day.minusYears(1),
                      s.world.day, null, null, null))),
          Map.entry("FindPartners", (s, a) -> s.world.useCase(FindPartnersUseCase.class)
              .findPartners(new FindPartnersQuery(a, null, null, false, 0, 10))),
          Map.entry("GetPartner", (s, a) -> s.world.useCase(GetPartnerUseCase.class)
              .getPartner(new PartnerCommand(a, s.partner.id().value(), null))),
          Map.entry("AppointContactPerson", (s, a) -> s.world.useCase(AppointContactPersonUseCase.class)
              .appointContactPerson(new AppointContactPersonCommand(a, s.partner.id().value(), aContact(false),
                  null, null))),
          Map.entry("ReportContactVacancy", (s, a) -> s.world.useCase(ReportContactVacancyUseCase.class)
              .reportContactVacancy(new ReportContactVacancyCommand(a, s.partner.id().value(), null, null))),
          Map.entry("GetPartnerContact", (s, a) -> s.world.useCase(GetPartnerContactUseCase.class)
              .getPartnerContact(new PartnerContactQuery(a, s.partner.id().value()))),
          Map.entry("FindUnreachablePartners", (s, a) -> s.world.useCase(FindUnreachablePartnersUseCase.class)
              .findUnreachablePartners(new ContactDutiesQuery(a))),
          Map.entry("RemindVacantContacts", (s, a) -> s.world.useCase(RemindVacantContactsUseCase.class)
              .remindVacantContacts(new ContactDutiesQuery(a))),
          Map.entry("ExportPersonalData", (s, a) -> s.world.useCase(ExportPersonalDataUseCase.class)
              .exportPersonalData(new PersonalDataCommand(a, s.formerContact))),
          Map.entry("ErasePersonalData", (s, a) -> s.world.useCase(ErasePersonalDataUseCase.class)
              .erasePersonalData(new PersonalDataCommand(a, s.formerContact))),
          Map.entry("TakeCommitteeSeat", (s, a) -> s.world.useCase(TakeCommitteeSeatUseCase.class)
              .takeCommitteeSeat(new SeatCommand(a, s.partner.id().value(), null, null))),
          Map.entry("LeaveCommitteeSeat", (s, a) -> s.world.useCase(LeaveCommitteeSeatUseCase.class)
              .leaveCommitteeSeat(new SeatCommand(a, s.partner.id().value(), null, null))),
          Map.entry("GetWorkingCommittee", (s, a) -> s.world.useCase(GetWorkingCommitteeUseCase.class)
              .getWorkingCommittee(new CommitteeQuery(a))),
          Map.entry("NextCommitteeMeetings", (s, a) -> s.world.useCase(NextCommitteeMeetingsUseCase.class)
              .nextCommitteeMeetings(new NextCommitteeMeetingsQuery(a, s.world.day.minusWeeks(7), null, 3))),
          Map.entry("PlanMeeting", (s, a) -> s.world.useCase(PlanMeetingUseCase.class).planMeeting(
              new PlanMeetingCommand(a, MeetingFormat.WORKSHOP, "Verkstad", s.world.inThisYear(6, 1), null, true,
                  null))),
          Map.entry("PrepareMeeting", (s, a) -> s.world.useCase(PrepareMeetingUseCase.class)
              .prepareMeeting(new PrepareMeetingCommand(a, s.dialogue, "Välkommen", null, null))),
          Map.entry("RegisterForMeeting", (s, a) -> s.world.useCase(RegisterForMeetingUseCase.class)
              .registerForMeeting(new RegisterForMeetingCommand(a, s.dialogue, null, null))),
          Map.entry("HoldMeeting", (s, a) -> s.world.useCase(HoldMeetingUseCase.class)
              .holdMeeting(new HoldMeetingCommand(a, s.dialogue, Set.of(), List.of(), null))),
          Map.entry("CancelMeeting", (s, a) -> s.world.useCase(CancelMeetingUseCase.class)
              .cancelMeeting(new MeetingCommand(a, s.dialogue, null))),
          Map.entry("FindMeetings", (s, a) -> s.world.useCase(FindMeetingsUseCase.class)
              .findMeetings(new MeetingYearQuery(a, s.world.year(), null))),
          Map.entry("MeetingYear", (s, a) -> s.world.useCase(MeetingYearUseCase.class)
              .meetingYear(new MeetingYearQuery(a, s.world.year(), null))),
          Map.entry("OwePresentation", (s, a) -> s.world.useCase(OwePresentationUseCase.class)
              .owePresentation(new OwePresentationCommand(a, "grant-1", "Språkcafé"))),
          Map.entry("SchedulePresentation", (s, a) -> s.world.useCase(SchedulePresentationUseCase.class)
              .schedulePresentation(new SchedulePresentationCommand(a, s.presentation, s.dialogue, null))),
          Map.entry("FulfilPresentation", (s, a) -> s.world.useCase(FulfilPresentationUseCase.class)
              .fulfilPresentation(new FulfilPresentationCommand(a, s.presentation, null))),
          Map.entry("FindPresentations", (s, a) -> s.world.useCase(FindPresentationsUseCase.class)
              .findUnfulfilledPresentations(a)),
          Map.entry("ManagePlans", (s, a) -> s.world.useCase(CreateOperationalPlanUseCase.class)
              .createOperationalPlan(new CreateOperationalPlanCommand(a, "Plan", s.world.year() + 5,
                  s.world.year() + 8, List.of("Mål")))),
          Map.entry("ReadPlans", (s, a) -> s.world.useCase(FindOperationalPlansUseCase.class)
              .findOperationalPlans(a)),
          Map.entry("FollowUpYear", (s, a) -> s.world.useCase(FollowUpYearUseCase.class)
              .followUpYear(new YearQuery(a, s.world.year()))),
          Map.entry("PublishTemplate", (s, a) -> s.world.useCase(PublishTemplateUseCase.class)
              .publishTemplate(new PublishTemplateCommand(a, "Kort mall", List.of()))),
          Map.entry("DocumentInnovation", (s, a) -> s.world.useCase(
              DocumentInnovationUseCase.class).documentInnovation(new DocumentInnovationCommand(
                  a, "PSI-mall", null, "Ensamhet", "Språkcafé", InnovationOrigin.NON_PROFIT, List.of("Verdandi"),
                  Set.of(), "Resultat", Map.of()))),
          Map.entry("ReadDocumentation", (s, a) -> s.world.useCase(FindInnovationsUseCase.class)
              .findInnovations(a)),
          Map.entry("ManageGrantSchemes", (s, a) -> s.world.useCase(OpenGrantSchemeUseCase.class)
              .openGrantScheme(new OpenGrantSchemeCommand(a, s.world.year() + 1, 500_000, 10_000, 100_000,
                  "Riktlinjer"))),
          Map.entry("ReadGrantSchemes", (s, a) -> s.world.useCase(FindGrantSchemesUseCase.class)
              .findGrantSchemes(a)),
          Map.entry("ManageDelegations", (s, a) -> s.world.useCase(RegisterDelegationUseCase.class)
              .registerDelegation(new RegisterDelegationCommand(a, "another", "Chef", "Kulturnämnden",
                  s.world.inThisYear(1, 1), null))),
          Map.entry("ApplyForGrant", (s, a) -> s.world.useCase(DraftGrantApplicationUseCase.class)
              .draftGrantApplication(new DraftGrantApplicationCommand(a, s.world.year(),
                  s.grantApplicant, GrantUseCasesTest.project(20_000, s.world.year())))),
          Map.entry("ReadGrantApplication", (s, a) -> s.world.useCase(GetGrantApplicationUseCase.class)
              .getGrantApplication(new GrantApplicationQuery(a, s.grantDraft))),
          Map.entry("AssessGrant", (s, a) -> s.world.useCase(RecordApplicantMeetingUseCase.class)
              .recordApplicantMeeting(new AssessmentNoteCommand(a, s.grantDraft, "Möte", null, null))),
          Map.entry("DeclareConflictOfInterest", (s, a) -> s.world.useCase(MakeConflictDeclarationUseCase.class)
              .makeConflictDeclaration(new ConflictDeclarationCommand(a, s.grantDraft, false, null,
                  null))),
          Map.entry("DecideGrant", (s, a) -> s.world.useCase(DecideGrantUseCase.class).decideGrant(
              new DecideGrantCommand(a, s.grantDraft, s.delegation, GrantOutcome.REJECTED, null,
                  List.of(), "Motivering", null, List.of(), null))),
          Map.entry("ReportDelegatedDecisions", (s, a) -> s.world.useCase(
              ReportDelegatedDecisionsUseCase.class).reportDelegatedDecisions(
                  new GrantPeriodQuery(a, s.world.inThisYear(1, 1), s.world.inThisYear(12, 31)))),
          Map.entry("DescribeGrantCase", (s, a) -> s.world.useCase(
              se.psi.core.grant.port.in.DescribeGrantCaseUseCase.class).describeGrantCase(
                  new se.psi.core.grant.port.in.DescribeGrantCaseCommand(a, s.grantDraft, "Rubrik", null, null,
                      null))),
          Map.entry("ReadHandlingQueue", (s, a) -> s.world.useCase(
              se.psi.core.grant.port.in.FindGrantWorklistsUseCase.class).handlingQueue(
                  new se.psi.core.grant.port.in.HandlingQueueQuery(a, null, null, 0, 10))),
          Map.entry("ReadDecisionQueue", (s, a) -> s.world.useCase(
              se.psi.core.grant.port.in.FindGrantWorklistsUseCase.class).decisionQueue(
                  new se.psi.core.grant.port.in.DecisionQueueQuery(a, 0, 10))),
          Map.entry("ReadOwnGrantApplications", (s, a) -> s.world.useCase(
              se.psi.core.grant.port.in.FindGrantWorklistsUseCase.class).ownApplications(
                  new se.psi.core.grant.port.in.OwnGrantApplicationsQuery(a, s.grantApplicant.organisationNumber(),
                      0, 10))),
          Map.entry("FindGrantedProjects", (s, a) -> s.world.useCase(FindGrantedProjectsUseCase.class)
              .findGrantedProjects(new GrantPeriodQuery(a, s.world.inThisYear(1, 1),
                  s.world.inThisYear(12, 31)))),
          Map.entry("OpenGrantFollowUp", (s, a) -> s.world.useCase(OpenGrantFollowUpUseCase.class)
              .openGrantFollowUp(new OpenGrantFollowUpCommand(a, s.grantDraft, s.world.today().plusMonths(10),
                  0L, 30, 14))),
          Map.entry("AcceptGrant", (s, a) -> s.world.useCase(AcceptGrantUseCase.class).acceptGrant(
              new AcceptGrantCommand(a, s.grantDraft, List.of("chair"), "Registreringsbevis", null))),
          Map.entry("RequestPayout", (s, a) -> s.world.useCase(RequestPayoutUseCase.class).requestPayout(
              new RequestPayoutCommand(a, s.grantDraft, 1_000L, null))),
          Map.entry("RequestProjectChange", (s, a) -> s.world.useCase(RequestProjectChangeUseCase.class)
              .requestProjectChange(new RequestProjectChangeCommand(a, s.grantDraft, "Fler träffar", null))),
          Map.entry("DecideProjectChange", (s, a) -> s.world.useCase(DecideProjectChangeUseCase.class)
              .decideProjectChange(new DecideProjectChangeCommand(a, s.grantDraft, s.change, true, "Skäl", null))),
          Map.entry("SubmitFinalReport", (s, a) -> s.world.useCase(SubmitFinalReportUseCase.class)
              .submitFinalReport(new SubmitFinalReportCommand(a, s.grantDraft, "Gjort", 1_000L, 40_000L, null))),
          Map.entry("RemindFinalReports", (s, a) -> s.world.useCase(RemindFinalReportsUseCase.class)
              .remindFinalReports(new FinalReportDutiesQuery(a))),
          Map.entry("ClaimRepayment", (s, a) -> s.world.useCase(ClaimRepaymentUseCase.class).claimRepayment(
              new ClaimRepaymentCommand(a, s.grantDraft, 100L, RepaymentClaim.Reason.NOT_USED_AS_GRANTED, "Skäl",
                  null))),
          Map.entry("RecordRepayment", (s, a) -> s.world.useCase(RecordRepaymentUseCase.class).recordRepayment(
              new RecordRepaymentCommand(a, s.grantDraft, s.claim, null))),
          Map.entry("ReadGrantFollowUp", (s, a) -> s.world.useCase(GetGrantFollowUpUseCase.class)
              .getGrantFollowUp(new GrantFollowUpQuery(a, s.grantDraft))),
          Map.entry("SubmitIdea", (s, a) -> s.world.useCase(SubmitIdeaUseCase.class).submitIdea(
              new SubmitIdeaCommand(a, IdeaSource.EMPLOYEE, null, null, "Utmaning", "Idé", null,
                  IdeaChannel.MEETING, null))),
          Map.entry("FollowIdea", (s, a) -> s.world.useCase(FollowIdeaUseCase.class)
              .followIdea(new FollowIdeaQuery(a, s.idea.receipt()))),
          Map.entry("TriageIdeas", (s, a) -> s.world.useCase(TriageIdeaUseCase.class).triageIdea(
              new TriageIdeaCommand(a, s.idea.id().value(), TriageOutcome.TO_ADVICE, "Råd",
                  null))),
          Map.entry("EraseIdeaContact", (s, a) -> s.world.useCase(EraseIdeaContactUseCase.class)
              .eraseIdeaContact(new EraseIdeaContactCommand(a, s.idea.id().value(), null))),
          Map.entry("Advise", (s, a) -> s.world.useCase(OpenAdvisoryCaseUseCase.class).openAdvisoryCase(
              new OpenAdvisoryCaseCommand(a, "Föreningen", null, OrganisationKind.ASSOCIATION,
                  "Idé", "Utmaning", null, null, List.of("Coompanion")))),
          Map.entry("ReadAdvisoryCases", (s, a) -> s.world.useCase(FindAdvisoryCasesUseCase.class)
              .findAdvisoryCases(new FindAdvisoryCasesQuery(a))),
          Map.entry("PublishCalls", (s, a) -> s.world.useCase(PublishCallUseCase.class).publishCall(
              new PublishCallCommand(a, "ESF", "Program", s.world.inThisYear(9, 1),
                  Set.of("klimat")))),
          Map.entry("ReadCalls", (s, a) -> s.world.useCase(FindCallsUseCase.class).findCalls(a)),
          Map.entry("RegisterThemeInterest", (s, a) -> s.world.useCase(RegisterThemeInterestUseCase.class)
              .registerThemeInterest(new RegisterThemeInterestCommand(a, s.partner.id().value(),
                  Set.of("klimat")))),
          Map.entry("ManageProjectBank", (s, a) -> s.world.useCase(AddToProjectBankUseCase.class)
              .addToProjectBank(new AddToProjectBankCommand(a, "klimat", "Idé", "Beskrivning", null))),
          Map.entry("ReadProjectBank", (s, a) -> s.world.useCase(FindProjectBankUseCase.class)
              .findProjectBank(a)),
          Map.entry("OwnProjects", (s, a) -> s.world.useCase(RegisterProjectUseCase.class).registerProject(
              new RegisterProjectCommand(a, s.partner.id().value(), "Projekt", "Beskrivning"))),
          Map.entry("AnchorProjects", (s, a) -> s.world.useCase(AnchorProjectUseCase.class).anchorProject(
              new AnchorProjectCommand(a, s.project, null))),
          Map.entry("ReadProjects", (s, a) -> s.world.useCase(FindProjectsUseCase.class)
              .findProjects(a)),
          Map.entry("CheckRuleSets", (s, a) -> s.world.useCase(CheckRuleSetsUseCase.class)
              .checkRuleSets(new CheckRuleSetsQuery(a))),
          Map.entry("CheckProposedRuleSets", (s, a) -> s.world.useCase(CheckProposedRuleSetsUseCase.class)
              .checkProposedRuleSets(CheckProposedRuleSetsQuery.of(a, OrebroRuleSets.all(), List.of()))));

  @Test
  void the_documented_matrix_is_the_one_the_code_enforces() throws IOException {
    Map<String, String> documented = new TreeMap<>();
    for (String line : Files.readAllLines(DOC)) {
      String[] cells = line.split("\\|");
      if (cells.length == 5 && cells[1].strip().matches("[A-Z][A-Za-z]+")) {
        documented.put(cells[1].strip(), describe(cells[2].strip().equals("yes"), roles(cells[3]),
            cells[4].strip().equals("yes")));
      }
    }
    Map<String, String> enforced = UseCasePermissions.all().stream().collect(Collectors.toMap(
        Permission::useCase, p -> describe(p.isPublic(), p.roles(), p.ownOrganisation()), (a, b) -> a, TreeMap::new));

    assertThat(documented).isEqualTo(enforced);
    assertThat(CALLS.keySet()).isEqualTo(enforced.keySet());
  }

  @Test
  void a_permission_said_to_cover_several_use_cases_is_a_permission_of_the_code() throws IOException {
    Set<String> permissions = UseCasePermissions.all().stream().map(Permission::useCase).collect(Collectors.toSet());
    List<String> covering = Files.readAllLines(DOC).stream().map(line -> line.split("\\|"))
        .filter(cells -> cells.length == 3 && cells[1].strip().matches("[A-Z][A-Za-z]+"))
        .map(cells -> cells[1].strip()).toList();

    assertThat(covering).isNotEmpty().allSatisfy(name -> assertThat(permissions).contains(name));
  }

  /**
   * A name in backticks is code: a role, or a type of the core (a nested one by its last part). Permissions are
   * written in the tables' columns instead, since no class bears their names.
   */
  @Test
  void every_name_in_backticks_is_a_role_or_a_type_of_the_core() throws IOException {
    Set<String> types;
    try (Stream<Path> sources = Files.walk(CORE_SOURCES)) {
      types = sources.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
        try {
          return TYPE_DECLARATION.matcher(Files.readString(f)).results().map(m -> m.group(1));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.toSet());
    }
    List<String> named = CODE.matcher(Files.readString(DOC)).results().map(m -> m.group(1)).toList();

    assertThat(named).isNotEmpty().allSatisfy(name -> assertThat(isRole(name)
        || types.contains(name.substring(name.lastIndexOf('.') + 1))).as("`%s` in %s", name, DOC).isTrue());
  }

  private static final Path CORE_SOURCES = Path.of("..", "psi-core", "src", "main", "java");
  private static final Pattern TYPE_DECLARATION =
      Pattern.compile("\\b(?:class|interface|record|enum)\\s+([A-Z][A-Za-z0-9]*)");
  /** A name in backticks that reads as code: capitalised words, dotted or not. */
  private static final Pattern CODE = Pattern.compile("`([A-Z][A-Za-z0-9_]*(?:\\.[A-Z][A-Za-z0-9_]*)*)`");

  private static boolean isRole(String name) {
    return Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name));
  }

  /**
   * Every use case with every kind of caller, each case on one of the use-case suites' days in turn: who may call
   * does not change with the date, so every use case is called on each day without running the matrix three times.
   */
  static Stream<Arguments> everyUseCaseAndCaller() {
    List<Arguments> cases = new java.util.ArrayList<>();
    for (Permission permission : UseCasePermissions.all()) {
      for (Caller caller : Caller.values()) {
        cases.add(Arguments.of(permission, caller, PsiWorld.DAYS.get(cases.size() % PsiWorld.DAYS.size())));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} called by {1} on {2}")
  @MethodSource("everyUseCaseAndCaller")
  void every_use_case_admits_exactly_the_documented_callers(Permission permission, Caller caller, String today) {
    Scenario scenario = new Scenario(today);
    Actor actor = scenario.actor(caller, permission.useCase());
    boolean expected = permission.isPublic()
        || actor.roles().stream().anyMatch(permission.roles()::contains)
        || permission.ownOrganisation() && caller == Caller.OWN_ORGANISATION;

    Either<Rejection, ?> result = CALLS.get(permission.useCase()).apply(scenario, actor);

    boolean refusedAsCaller = result.isLeft()
        && (result.getLeft() instanceof Rejection.NotPermitted || result.getLeft() instanceof Rejection.NotFound);
    assertThat(refusedAsCaller).as("%s by %s: %s", permission.useCase(), caller, result).isEqualTo(!expected);
  }

  private static Set<Role> roles(String cell) {
    return cell.isBlank() ? EnumSet.noneOf(Role.class)
        : Arrays.stream(cell.split(",")).map(String::strip).map(Role::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  private static String describe(boolean isPublic, Set<Role> roles, boolean own) {
    return "public=" + isPublic + " roles=" + new java.util.TreeSet<>(roles) + " own=" + own;
  }

}
