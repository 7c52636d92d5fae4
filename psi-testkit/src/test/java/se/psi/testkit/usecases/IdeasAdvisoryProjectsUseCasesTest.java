package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.testkit.usecases.PsiWorld.ok;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.port.in.AdvisoryCaseQuery;
import se.psi.core.advisory.port.in.FindAdvisoryCasesQuery;
import se.psi.core.advisory.port.in.FindAdvisoryCasesUseCase;
import se.psi.core.advisory.port.in.GetAdvisoryCaseUseCase;
import se.psi.core.advisory.port.in.IncomingReferralDetails;
import se.psi.core.advisory.port.in.OpenAdvisoryCaseCommand;
import se.psi.core.advisory.port.in.OpenAdvisoryCaseUseCase;
import se.psi.core.advisory.port.in.RecordAdvisoryOutcomeCommand;
import se.psi.core.advisory.port.in.RecordAdvisoryOutcomeUseCase;
import se.psi.core.advisory.port.in.ReferralDetails;
import se.psi.core.idea.domain.IdeaChannel;
import se.psi.core.idea.domain.IdeaEvent;
import se.psi.core.idea.domain.IdeaSource;
import se.psi.core.idea.domain.LedTo;
import se.psi.core.idea.domain.TriageOutcome;
import se.psi.core.idea.port.in.ContactDetails;
import se.psi.core.idea.port.in.EraseIdeaContactCommand;
import se.psi.core.idea.port.in.EraseIdeaContactUseCase;
import se.psi.core.idea.port.in.FollowIdeaQuery;
import se.psi.core.idea.port.in.FollowIdeaUseCase;
import se.psi.core.idea.port.in.GetIdeaUseCase;
import se.psi.core.idea.port.in.IdeaQuery;
import se.psi.core.idea.port.in.SubmitIdeaCommand;
import se.psi.core.idea.port.in.SubmitIdeaUseCase;
import se.psi.core.idea.port.in.TriageIdeaCommand;
import se.psi.core.idea.port.in.TriageIdeaUseCase;
import se.psi.core.meeting.port.in.PlanMeetingUseCase;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.PartnerCommand;
import se.psi.core.membership.port.in.RenewAgreementCommand;
import se.psi.core.membership.port.in.RenewAgreementUseCase;
import se.psi.core.membership.port.in.WithdrawFromPartnershipUseCase;
import se.psi.core.project.domain.ProjectEvent.CallMatchedPartner;
import se.psi.core.project.port.in.AddToProjectBankCommand;
import se.psi.core.project.port.in.AddToProjectBankUseCase;
import se.psi.core.project.port.in.AnchorProjectCommand;
import se.psi.core.project.port.in.AnchorProjectUseCase;
import se.psi.core.project.port.in.GetProjectUseCase;
import se.psi.core.project.port.in.MatchProjectBankToOpenCallsUseCase;
import se.psi.core.project.port.in.ProjectQuery;
import se.psi.core.project.port.in.PublishCallCommand;
import se.psi.core.project.port.in.PublishCallUseCase;
import se.psi.core.project.port.in.RegisterProjectCommand;
import se.psi.core.project.port.in.RegisterProjectUseCase;
import se.psi.core.project.port.in.RegisterThemeInterestCommand;
import se.psi.core.project.port.in.RegisterThemeInterestUseCase;
import se.psi.core.project.port.in.RequestStakeholderGroupCommand;
import se.psi.core.project.port.in.RequestStakeholderGroupUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Referral;
import se.psi.core.shared.Role;

@OnEachDate
class IdeasAdvisoryProjectsUseCasesTest {

  private final PsiWorld world;
  private final Actor citizen = Actor.of("visitor");
  private final Actor adviser = Actor.of("adviser-coompanion", Role.ADVISER);

  IdeasAdvisoryProjectsUseCasesTest(String today) {
    world = new PsiWorld(today);
  }

  @Test
  void IDE_1_IDE_2_an_anonymous_citizen_follows_the_idea_with_the_receipt_and_sees_the_triage() {
    var idea = ok(world.useCase(SubmitIdeaUseCase.class).submitIdea(new SubmitIdeaCommand(
        citizen, IdeaSource.CITIZEN, null, null, "Unga saknar mötesplatser", "Ett café som unga driver",
        Municipality.HALLEFORS, IdeaChannel.OUTREACH_EVENT, null)));
    assertThat(idea.isAnonymous()).isTrue();

    ok(world.useCase(TriageIdeaUseCase.class).triageIdea(new TriageIdeaCommand(
        PsiWorld.committeeMember(), idea.id().value(), TriageOutcome.TO_PUBLIC_DIALOGUE_THEME,
        "Tema för hösten", null)));
    var status = ok(world.useCase(FollowIdeaUseCase.class)
        .followIdea(new FollowIdeaQuery(citizen, idea.receipt())));

    assertThat(status.triage()).hasValueSatisfying(t ->
        assertThat(t.outcome()).isEqualTo(TriageOutcome.TO_PUBLIC_DIALOGUE_THEME));
    assertThat(world.useCase(FollowIdeaUseCase.class)
        .followIdea(new FollowIdeaQuery(citizen, "not-a-receipt")).getLeft())
        .isInstanceOf(Rejection.NotFound.class);
  }

  @Test
  void IDE_2_an_advisory_case_is_opened_only_from_an_idea_triaged_to_advice_and_one_that_exists() {
    var idea = anIdea();
    ok(world.useCase(TriageIdeaUseCase.class).triageIdea(new TriageIdeaCommand(
        PsiWorld.committeeMember(), idea.id().value(), TriageOutcome.TO_PROJECT_BANK, "Till banken",
        null)));
    var advise = world.useCase(OpenAdvisoryCaseUseCase.class);

    var refused = advise.openAdvisoryCase(fromIdea(idea.id().value()));
    var unknown = advise.openAdvisoryCase(fromIdea(java.util.UUID.randomUUID()));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo("IDE-2");
      assertThat(r.explanation().failures()).singleElement()
          .satisfies(e -> assertThat(e.field()).isEqualTo("fromIdea"));
    });
    assertThat(unknown.getLeft()).isInstanceOf(Rejection.NotFound.class);
    assertThat(ok(world.useCase(FindAdvisoryCasesUseCase.class).findAdvisoryCases(new FindAdvisoryCasesQuery(adviser))))
        .isEmpty();
  }

  @Test
  void IDE_2_ADV_3_an_idea_triaged_to_advice_points_to_the_case_opened_from_it_and_the_idea_giver_sees_it() {
    var idea = anIdea();
    triage(idea, TriageOutcome.TO_ADVICE);

    AdvisoryCase opened = ok(world.useCase(OpenAdvisoryCaseUseCase.class).openAdvisoryCase(
        fromIdea(idea.id().value())));
    var status = ok(world.useCase(FollowIdeaUseCase.class)
        .followIdea(new FollowIdeaQuery(citizen, idea.receipt())));

    assertThat(opened.fromIdea()).contains(idea.id());
    assertThat(status.triage()).hasValueSatisfying(t -> {
      assertThat(t.outcome()).isEqualTo(TriageOutcome.TO_ADVICE);
      assertThat(t.ledTo()).contains(new LedTo.AdvisoryCase(opened.id().value()));
    });
    assertThat(world.psi.outbox().events(IdeaEvent.IdeaTakenFurther.class)).singleElement()
        .satisfies(e -> assertThat(e.ledTo()).isEqualTo(new LedTo.AdvisoryCase(opened.id().value())));
    var again = world.useCase(OpenAdvisoryCaseUseCase.class).openAdvisoryCase(fromIdea(idea.id().value()));
    assertThat(again.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.messageKey()).isEqualTo("idea.ide2.alreadyTakenFurther"));
  }

  @Test
  void IDE_2_an_idea_triaged_to_the_project_bank_points_to_its_entry_and_the_entry_back() {
    var idea = anIdea();
    triage(idea, TriageOutcome.TO_PROJECT_BANK);

    var entry = ok(world.useCase(AddToProjectBankUseCase.class).addToProjectBank(
        new AddToProjectBankCommand(adviser, "inkludering", "Matlag för äldre och unga",
            idea.description(), null, idea.id().value(), null)));
    var status = ok(world.useCase(FollowIdeaUseCase.class)
        .followIdea(new FollowIdeaQuery(citizen, idea.receipt())));

    assertThat(entry.fromIdea()).contains(idea.id());
    assertThat(status.triage().orElseThrow().ledTo()).contains(new LedTo.ProjectBankEntry(entry.id().value()));
  }

  @Test
  void IDE_2_an_idea_triaged_as_a_dialogue_theme_points_to_the_public_dialogue_on_it_and_back() {
    var idea = anIdea();
    triage(idea, TriageOutcome.TO_PUBLIC_DIALOGUE_THEME);
    var plan = world.useCase(PlanMeetingUseCase.class);

    var workshop = plan.planMeeting(new se.psi.core.meeting.port.in.PlanMeetingCommand(PsiWorld.committeeMember(),
        se.psi.core.meeting.domain.MeetingFormat.WORKSHOP, "Matlag", LocalDate.of(2022, 9, 14), Municipality.NORA,
        false, null, idea.id().value()));
    var dialogue = ok(plan.planMeeting(new se.psi.core.meeting.port.in.PlanMeetingCommand(
        PsiWorld.committeeMember(), se.psi.core.meeting.domain.MeetingFormat.PUBLIC_DIALOGUE,
        "Äldre som äter ensamma", LocalDate.of(2022, 9, 14), Municipality.NORA, false, null, idea.id().value())));
    var status = ok(world.useCase(FollowIdeaUseCase.class)
        .followIdea(new FollowIdeaQuery(citizen, idea.receipt())));

    assertThat(workshop.getLeft()).isInstanceOf(Rejection.InvalidInput.class);
    assertThat(dialogue.fromIdea()).contains(idea.id());
    assertThat(status.triage().orElseThrow().ledTo())
        .contains(new LedTo.PublicDialogue(dialogue.id().value()));
  }

  @Test
  void ADV_3_an_advisory_case_that_sends_its_idea_to_the_project_bank_points_to_the_entry_and_the_entry_back() {
    AdvisoryCase opened = ok(world.useCase(OpenAdvisoryCaseUseCase.class).openAdvisoryCase(
        open("Föreningen Gemenskap", OrganisationKind.ASSOCIATION)));

    var entry = ok(world.useCase(AddToProjectBankUseCase.class).addToProjectBank(
        new AddToProjectBankCommand(adviser, "ensamhet", "Matkassar till äldre", "Från rådgivningen",
            null, null, opened.id().value())));

    AdvisoryCase after = world.psi.advisoryCases().find(opened.id()).get();
    assertThat(entry.fromAdvisoryCase()).contains(opened.id());
    assertThat(after.outcomes()).singleElement().satisfies(outcome -> {
      assertThat(outcome.kind()).isEqualTo(AdvisoryCase.OutcomeKind.ADDED_TO_PROJECT_BANK);
      assertThat(outcome.created()).contains(new LedTo.ProjectBankEntry(entry.id().value()));
    });
    assertThat(after.referredFrom()).hasValueSatisfying(r -> assertThat(r.from()).isEqualTo("Nora kommun"));
  }

  @Test
  void ADV_1_a_company_gets_no_advisory_case_and_ADV_2_a_referral_is_kept_with_whom_and_why() {
    var advise = world.useCase(OpenAdvisoryCaseUseCase.class);
    var refused = advise.openAdvisoryCase(open("Bolaget AB", OrganisationKind.COMPANY));
    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.ruleId()).isEqualTo("ADV-1"));

    AdvisoryCase opened = ok(advise.openAdvisoryCase(open("Föreningen Gemenskap", OrganisationKind.ASSOCIATION)));
    AdvisoryCase referred = ok(world.useCase(RecordAdvisoryOutcomeUseCase.class).recordAdvisoryOutcome(
        new RecordAdvisoryOutcomeCommand(adviser, opened.id().value(), AdvisoryCase.OutcomeKind.REFERRAL,
            "Söker större finansiering",
            new ReferralDetails("Allmänna arvsfonden", Referral.Kind.FUNDER, "Treårigt projekt"), true, null)));

    assertThat(referred.referredFrom()).hasValueSatisfying(r -> assertThat(r.from()).isEqualTo("Nora kommun"));
    assertThat(referred.outcomes()).singleElement()
        .satisfies(o -> assertThat(o.referral().orElseThrow().to()).isEqualTo("Allmänna arvsfonden"));
  }

  @Test
  void IDE_2_one_idea_is_read_by_those_who_triage_ideas_and_by_no_one_else() {
    var idea = anIdea();
    var get = world.useCase(GetIdeaUseCase.class);

    var read = ok(get.getIdea(new IdeaQuery(PsiWorld.committeeMember(), idea.id().value())));
    var byCitizen = get.getIdea(new IdeaQuery(citizen, idea.id().value()));
    var unknown = get.getIdea(new IdeaQuery(adviser, java.util.UUID.randomUUID()));

    assertThat(read).isEqualTo(idea);
    assertThat(byCitizen.getLeft()).isInstanceOf(Rejection.NotPermitted.class);
    assertThat(unknown.getLeft()).isInstanceOf(Rejection.NotFound.class);
  }

  @Test
  void ADV_3_one_advisory_case_is_read_with_its_outcomes_by_those_who_read_the_cases() {
    AdvisoryCase opened = ok(world.useCase(OpenAdvisoryCaseUseCase.class).openAdvisoryCase(
        open("Föreningen Gemenskap", OrganisationKind.ASSOCIATION)));
    AdvisoryCase advised = ok(world.useCase(RecordAdvisoryOutcomeUseCase.class).recordAdvisoryOutcome(
        new RecordAdvisoryOutcomeCommand(adviser, opened.id().value(), AdvisoryCase.OutcomeKind.ADVICE_GIVEN,
            "Affärsplan", null, false, opened.version())));
    var get = world.useCase(GetAdvisoryCaseUseCase.class);

    var read = ok(get.getAdvisoryCase(new AdvisoryCaseQuery(PsiWorld.committeeMember(), opened.id().value())));
    var byCitizen = get.getAdvisoryCase(new AdvisoryCaseQuery(citizen, opened.id().value()));
    var unknown = get.getAdvisoryCase(new AdvisoryCaseQuery(adviser, java.util.UUID.randomUUID()));

    assertThat(read).isEqualTo(advised);
    assertThat(read.version()).isEqualTo(2);
    assertThat(byCitizen.getLeft()).isInstanceOf(Rejection.NotPermitted.class);
    assertThat(unknown.getLeft()).isInstanceOf(Rejection.NotFound.class);
  }

  @Test
  void CON_3_the_contact_of_an_idea_is_erased_and_the_idea_stays_with_its_triage() {
    var idea = ok(world.useCase(SubmitIdeaUseCase.class).submitIdea(new SubmitIdeaCommand(citizen,
        IdeaSource.CITIZEN, null, new ContactDetails("Kim", "kim@example.se"), "Ensamhet", "Matlag", null,
        IdeaChannel.WEB_FORM, null)));
    triage(idea, TriageOutcome.TO_ADVICE);
    var erase = world.useCase(EraseIdeaContactUseCase.class);

    var stale = erase.eraseIdeaContact(new EraseIdeaContactCommand(PsiWorld.administrator(), idea.id().value(), 1L));
    var erased = ok(erase.eraseIdeaContact(new EraseIdeaContactCommand(PsiWorld.administrator(), idea.id().value(),
        2L)));

    assertThat(idea.contact()).isPresent();
    assertThat(stale.getLeft()).isInstanceOf(Rejection.StaleVersion.class);
    assertThat(erased.contact()).isEmpty();
    assertThat(erased.triage()).isPresent();
    assertThat(erased.version()).isEqualTo(3);
  }

  @Test
  void CON_3_erasing_an_idea_s_contact_again_answers_as_the_first_erasure_and_tells_of_it_once() {
    var idea = ok(world.useCase(SubmitIdeaUseCase.class).submitIdea(new SubmitIdeaCommand(citizen,
        IdeaSource.CITIZEN, null, new ContactDetails("Kim", "kim@example.se"), "Ensamhet", "Matlag", null,
        IdeaChannel.WEB_FORM, null)));
    var erase = world.useCase(EraseIdeaContactUseCase.class);
    var command = new EraseIdeaContactCommand(PsiWorld.administrator(), idea.id().value(), idea.version());

    var first = ok(erase.eraseIdeaContact(command));
    var again = ok(erase.eraseIdeaContact(command));
    var withoutVersion = ok(erase.eraseIdeaContact(new EraseIdeaContactCommand(PsiWorld.administrator(),
        idea.id().value(), null)));

    assertThat(again).isEqualTo(first);
    assertThat(withoutVersion).isEqualTo(first);
    assertThat(world.psi.outbox().events(IdeaEvent.IdeaContactErased.class)).singleElement()
        .satisfies(event -> assertThat(event.ideaId()).isEqualTo(idea.id()));
    assertThat(world.psi.outbox().events().toString()).doesNotContain("Kim").doesNotContain("kim@example.se");
  }

  @Test
  void PRJ_3_a_published_call_is_told_to_each_partner_interested_in_its_themes_and_PRJ_4_matched_to_the_bank() {
    Partner verdandi = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    Partner activa = world.admitted(OrganisationKind.FOUNDATION, "Stiftelsen Activa");
    interestedIn(world, verdandi, "Psykisk ohälsa");
    interestedIn(world, activa, "Klimat");
    ok(world.useCase(AddToProjectBankUseCase.class).addToProjectBank(new AddToProjectBankCommand(
        adviser, "psykisk ohälsa", "Kamratstöd", "Unga stöttar unga", verdandi.id().value())));

    var call = ok(world.useCase(PublishCallUseCase.class).publishCall(new PublishCallCommand(PsiWorld.committeeMember(), "Arvsfonden",
        "Projektstöd", world.inThisYear(9, 30), Set.of("psykisk ohälsa", "inkludering"))));

    assertThat(world.psi.outbox().events(CallMatchedPartner.class)).singleElement()
        .satisfies(e -> assertThat(e.partnerId()).isEqualTo(verdandi.id()));
    assertThat(ok(world.useCase(MatchProjectBankToOpenCallsUseCase.class).matchProjectBankToOpenCalls(adviser)))
        .singleElement().satisfies(m -> {
          assertThat(m.call()).isEqualTo(call);
          assertThat(m.ideas()).extracting(i -> i.title()).containsExactly("Kamratstöd");
        });
  }

  @Test
  void PRJ_3_a_partner_that_has_withdrawn_is_not_matched_to_a_call() {
    Partner verdandi = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    Partner activa = world.admitted(OrganisationKind.FOUNDATION, "Stiftelsen Activa");
    interestedIn(world, verdandi, "Klimat");
    interestedIn(world, activa, "Klimat");
    ok(world.useCase(WithdrawFromPartnershipUseCase.class)
        .withdrawFromPartnership(new PartnerCommand(PsiWorld.adminOf(verdandi), verdandi.id().value(), null)));

    ok(world.useCase(PublishCallUseCase.class).publishCall(new PublishCallCommand(PsiWorld.committeeMember(),
        "Energimyndigheten", "Lokal omställning", world.inThisYear(9, 30), Set.of("klimat"))));

    assertThat(world.psi.outbox().events(CallMatchedPartner.class))
        .extracting(CallMatchedPartner::partnerId).containsExactly(activa.id());
  }

  @Test
  void PRJ_3_MEM_8_a_partner_whose_agreement_ended_is_not_matched_to_a_call() {
    PsiWorld in2016 = new PsiWorld("2016-06-01");
    Partner ended = in2016.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    Partner renewed = in2016.admitted(OrganisationKind.FOUNDATION, "Stiftelsen Activa");
    interestedIn(in2016, ended, "Klimat");
    interestedIn(in2016, renewed, "Klimat");
    ok(in2016.useCase(RenewAgreementUseCase.class).renewAgreement(
        new RenewAgreementCommand(PsiWorld.committeeMember(), renewed.id().value(), null, null)));
    in2016.clock.setToday(LocalDate.of(2019, 1, 2));

    ok(in2016.useCase(PublishCallUseCase.class).publishCall(new PublishCallCommand(PsiWorld.committeeMember(),
        "Energimyndigheten", "Lokal omställning", LocalDate.of(2019, 9, 30), Set.of("klimat"))));

    assertThat(in2016.psi.outbox().events(CallMatchedPartner.class))
        .extracting(CallMatchedPartner::partnerId).containsExactly(renewed.id());
  }

  private static void interestedIn(PsiWorld world, Partner partner, String theme) {
    ok(world.useCase(RegisterThemeInterestUseCase.class).registerThemeInterest(new RegisterThemeInterestCommand(
        PsiWorld.adminOf(partner), partner.id().value(), Set.of(theme))));
  }

  @Test
  void PRJ_1_only_the_partner_registers_its_project_and_PRJ_2_the_partnership_backs_it_once_anchored() {
    Partner verdandi = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    var projects = world.useCase(RegisterProjectUseCase.class);
    var byOther = projects.registerProject(new RegisterProjectCommand(
        PsiWorld.adminOf(se.psi.testkit.fixtures.Fixtures.anOrganisationNumber()), verdandi.id().value(),
        "Kamratstöd", "Unga stöttar unga"));
    assertThat(byOther.getLeft()).isInstanceOf(Rejection.NotPermitted.class);

    var project = ok(projects.registerProject(new RegisterProjectCommand(PsiWorld.adminOf(verdandi),
        verdandi.id().value(), "Kamratstöd", "Unga stöttar unga")));
    var stakeholders = world.useCase(RequestStakeholderGroupUseCase.class);
    var early = stakeholders.requestStakeholderGroup(new RequestStakeholderGroupCommand(PsiWorld.adminOf(verdandi),
        project.id().value(), null));
    assertThat(early.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.ruleId()).isEqualTo("PRJ-2"));

    var stale = world.useCase(AnchorProjectUseCase.class).anchorProject(new AnchorProjectCommand(
        PsiWorld.committeeMember(), project.id().value(), project.version() + 1));
    assertThat(stale.getLeft()).isInstanceOf(Rejection.StaleVersion.class);
    ok(world.useCase(AnchorProjectUseCase.class).anchorProject(new AnchorProjectCommand(PsiWorld.committeeMember(),
        project.id().value(), project.version())));
    var backed = ok(stakeholders.requestStakeholderGroup(new RequestStakeholderGroupCommand(
        PsiWorld.adminOf(verdandi), project.id().value(), null)));
    assertThat(backed.stakeholderGroup()).isTrue();
    assertThat(backed.owner()).isEqualTo(verdandi.id());
    assertThat(ok(world.useCase(GetProjectUseCase.class).getProject(new ProjectQuery(Actor.of("besökare"),
        project.id().value())))).isEqualTo(backed);
  }

  @Test
  void PRJ_1_a_project_owned_by_the_partnership_itself_is_refused_under_PRJ_1_naming_the_owner() {
    var projects = world.useCase(RegisterProjectUseCase.class);

    var refused = projects.registerProject(new RegisterProjectCommand(PsiWorld.administrator(), null,
        "Partnerskapets eget projekt", "Drivs av partnerskapet självt"));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.InvalidInput.class, invalid ->
        assertThat(invalid.violations()).singleElement().satisfies(violation -> {
          assertThat(violation.ruleId()).isEqualTo("PRJ-1");
          assertThat(violation.field()).isEqualTo("owner");
          assertThat(violation.messageKey()).isEqualTo("project.prj1.partnershipCannotOwn");
        }));
    assertThat(world.psi.outbox().events()).isEmpty();
  }

  private void triage(se.psi.core.idea.domain.Idea idea, TriageOutcome outcome) {
    ok(world.useCase(TriageIdeaUseCase.class).triageIdea(new TriageIdeaCommand(
        PsiWorld.committeeMember(), idea.id().value(), outcome, "Sorterad av arbetsutskottet", null)));
  }

  private se.psi.core.idea.domain.Idea anIdea() {
    return ok(world.useCase(SubmitIdeaUseCase.class).submitIdea(new SubmitIdeaCommand(
        citizen, IdeaSource.ORGANISATION, "Föreningen Gemenskap", null, "Äldre äter ensamma",
        "Matlag där äldre och unga lagar mat tillsammans", Municipality.NORA, IdeaChannel.MUNICIPALITY,
        Municipality.NORA)));
  }

  private OpenAdvisoryCaseCommand fromIdea(java.util.UUID idea) {
    return new OpenAdvisoryCaseCommand(adviser, "Föreningen Gemenskap", null,
        OrganisationKind.ASSOCIATION, "Matlag för äldre och unga", "Ensamhet bland äldre", idea, null,
        List.of("Coompanion"));
  }

  private OpenAdvisoryCaseCommand open(String name, OrganisationKind kind) {
    return new OpenAdvisoryCaseCommand(adviser, name, null, kind, "Matkassar till äldre",
        "Ensamhet och matsvinn", null, new IncomingReferralDetails("Nora kommun", "Vill komma igång"),
        List.of("Coompanion"));
  }
}
