package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.testkit.usecases.PsiWorld.aContact;
import static se.psi.testkit.usecases.PsiWorld.adminOf;
import static se.psi.testkit.usecases.PsiWorld.anOrganisation;
import static se.psi.testkit.usecases.PsiWorld.committeeMember;
import static se.psi.testkit.usecases.PsiWorld.ok;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.membership.domain.ApplicationStatus;
import se.psi.core.membership.domain.EngagementLevel;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationEvent;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.domain.PartnerEvent;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.CompleteMembershipApplicationCommand;
import se.psi.core.membership.port.in.CompleteMembershipApplicationUseCase;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.EndExpiredAgreementsCommand;
import se.psi.core.membership.port.in.EndExpiredAgreementsUseCase;
import se.psi.core.membership.port.in.FindMembershipApplicationsQuery;
import se.psi.core.membership.port.in.FindMembershipApplicationsUseCase;
import se.psi.core.membership.port.in.FindPartnersQuery;
import se.psi.core.membership.port.in.FindPartnersUseCase;
import se.psi.core.membership.port.in.GetMembershipApplicationUseCase;
import se.psi.core.membership.port.in.MembershipApplicationQuery;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.membership.port.in.PartnerCommand;
import se.psi.core.membership.port.in.RecordEngagementCommand;
import se.psi.core.membership.port.in.RecordEngagementUseCase;
import se.psi.core.membership.port.in.RenewAgreementCommand;
import se.psi.core.membership.port.in.RenewAgreementUseCase;
import se.psi.core.membership.port.in.WithdrawFromPartnershipUseCase;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Sector;
import se.psi.core.shared.Violation;
import se.psi.core.port.out.AuditEntry;
import se.psi.core.rules.Rejection;

@OnEachDate
class MembershipUseCasesTest {

  private final PsiWorld world;

  MembershipUseCasesTest(String today) {
    world = new PsiWorld(today);
  }

  @Test
  void MEM_3_a_complete_application_is_admitted_with_partner_contact_register_and_events() {
    MembershipApplication decided =
        world.decide(world.apply(world.aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION,
            "Verdandi"))));

    var decision = decided.latestDecision().orElseThrow();
    assertThat(decision.outcome()).isEqualTo(MembershipOutcome.ADMITTED);
    assertThat(decision.rulesetVersion()).isEqualTo(world.rulesInForce().version());
    assertThat(decided.status()).isEqualTo(ApplicationStatus.ADMITTED);
    var partnerId = decision.partnerId().orElseThrow();
    assertThat(world.psi.partners().find(partnerId).get().status()).isEqualTo(PartnerStatus.ACTIVE);
    assertThat(world.psi.contacts().find(partnerId).get().current()).isPresent();
    assertThat(world.psi.outbox().events(PartnerEvent.PartnerAdmitted.class)).singleElement()
        .satisfies(admitted -> assertThat(admitted.rulesetVersion()).isEqualTo(world.rulesInForce().version()));
  }

  @Test
  void MEM_3_an_incomplete_application_is_told_everything_missing_at_once_then_admitted_when_completed() {
    OrganisationDetails nora = anOrganisation(OrganisationKind.MUNICIPALITY, "Nora kommun");
    Actor noraAdmin = adminOf(se.psi.core.shared.OrganisationNumber.of(nora.organisationNumber()));
    MembershipApplication applied = world.apply(new ApplyForMembershipCommand(noraAdmin, nora, null, null, null,
        null));

    MembershipApplication first = world.decide(applied);

    // MEM-6 (an official as contact, a political assembly) where the ruleset of the day asks a municipality for them.
    List<String> missing = world.rulesInForce().municipalityDutiesRequired()
        ? List.of("MEM-4", "MEM-5", "MEM-6") : List.of("MEM-4", "MEM-5");
    assertThat(first.latestDecision().orElseThrow().outcome()).isEqualTo(MembershipOutcome.INCOMPLETE);
    assertThat(first.latestDecision().orElseThrow().explanation().failedRuleIds()).isEqualTo(missing);
    assertThat(world.psi.outbox().events(MembershipApplicationEvent.MembershipApplicationIncomplete.class))
        .singleElement().satisfies(e -> assertThat(e.missingRuleIds()).isEqualTo(missing));

    ok(world.useCase(CompleteMembershipApplicationUseCase.class).completeMembershipApplication(
        new CompleteMembershipApplicationCommand(noraAdmin, applied.id().value(),
            new BoardDecisionDetails(world.day.minusMonths(1), "Kommunstyrelsen", "KS § 12"), aContact(true),
            "Kommunstyrelsen", first.version())));
    MembershipApplication second = world.decide(applied);

    assertThat(second.latestDecision().orElseThrow().outcome()).isEqualTo(MembershipOutcome.ADMITTED);
    assertThat(second.decisions()).hasSize(2);
  }

  @Test
  void MEM_6_under_the_2016_agreement_a_municipality_without_an_official_and_an_assembly_is_incomplete() {
    PsiWorld in2016 = new PsiWorld("2016-06-01");

    MembershipApplication decided = in2016.decide(in2016.apply(withoutMunicipalDuties(
        anOrganisation(OrganisationKind.MUNICIPALITY, "Nora kommun"))));

    var decision = decided.latestDecision().orElseThrow();
    assertThat(decision.outcome()).isEqualTo(MembershipOutcome.INCOMPLETE);
    assertThat(decision.explanation().failures()).extracting(e -> e.ruleId(), e -> e.field())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("MEM-6", "contactPerson.official,politicalAssembly"));
  }

  @Test
  void MEM_6_under_later_rulesets_a_municipality_with_a_board_decision_and_a_contact_person_is_admitted() {
    for (String today : java.util.List.of("2022-03-01", "2027-03-01")) {
      PsiWorld later = new PsiWorld(today);

      MembershipApplication decided = later.decide(later.apply(withoutMunicipalDuties(
          anOrganisation(OrganisationKind.MUNICIPALITY, "Nora kommun"))));

      var decision = decided.latestDecision().orElseThrow();
      assertThat(decision.outcome()).as(today).isEqualTo(MembershipOutcome.ADMITTED);
      assertThat(decision.explanation().evaluations()).filteredOn(e -> e.ruleId().equals("MEM-6")).as(today)
          .isNotEmpty().allSatisfy(e -> {
            assertThat(e.verdict()).isEqualTo(se.psi.core.rules.Verdict.NOT_APPLICABLE);
            assertThat(e.messageKey()).isEqualTo("membership.mem6.notRequired");
            assertThat(e.args()).containsExactly(decision.rulesetVersion());
          });
    }
  }

  /** A municipality's application with a board decision and a contact who is no official, and no assembly. */
  private static ApplyForMembershipCommand withoutMunicipalDuties(OrganisationDetails municipality) {
    return new ApplyForMembershipCommand(adminOf(se.psi.core.shared.OrganisationNumber.of(
        municipality.organisationNumber())), municipality,
        new BoardDecisionDetails(LocalDate.of(2015, 2, 1), "Kommunstyrelsen", "KS § 12"), aContact(false), null,
        null);
  }

  @Test
  void MEM_1_a_private_company_is_refused_before_the_2021_plan_and_admitted_under_it() {
    // The 2016 agreement's ruleset did not admit companies: a day under it, whatever day the suite runs on.
    PsiWorld in2019 = new PsiWorld("2019-05-01");
    MembershipApplication refused = in2019.decide(
        in2019.apply(in2019.aCompleteApplication(anOrganisation(OrganisationKind.COMPANY, "Omsorg AB"))));
    assertThat(refused.latestDecision().orElseThrow().outcome()).isEqualTo(MembershipOutcome.REFUSED);
    assertThat(refused.latestDecision().orElseThrow().explanation().failedRuleIds()).containsExactly("MEM-1");

    MembershipApplication admitted = world.decide(
        world.apply(world.aCompleteApplication(anOrganisation(OrganisationKind.COMPANY, "Omsorg AB"))));
    assertThat(admitted.latestDecision().orElseThrow().outcome()).isEqualTo(MembershipOutcome.ADMITTED);
  }

  @Test
  void MEM_1_a_personal_identity_number_is_refused_as_a_private_individual_and_nothing_is_written() {
    OrganisationDetails person = new OrganisationDetails("850709-9805", "Kim Berg", OrganisationKind.ASSOCIATION,
        null);

    var rejection = world.useCase(ApplyForMembershipUseCase.class).applyForMembership(new ApplyForMembershipCommand(
        PsiWorld.administrator(), person, null, null, "", null)).getLeft();

    assertThat(rejection).isInstanceOfSatisfying(Rejection.InvalidInput.class, invalid ->
        assertThat(invalid.violations()).extracting(Violation::field, Violation::ruleId)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("organisation.organisationNumber", "MEM-1"),
                org.assertj.core.groups.Tuple.tuple("organisation.organisationNumber", "OrganisationNumberFormat"),
                org.assertj.core.groups.Tuple.tuple("politicalAssembly", "Size")));
    assertThat(world.psi.outbox().events()).isEmpty();
  }

  @Test
  void bad_input_is_refused_with_every_problem_at_once_and_nothing_is_written() {
    OrganisationDetails broken = new OrganisationDetails("232100-0165", " ", OrganisationKind.MUNICIPALITY, null);
    ApplyForMembershipCommand command = new ApplyForMembershipCommand(PsiWorld.administrator(), broken,
        new BoardDecisionDetails(null, "Styrelsen", ""),
        new ContactPersonDetails("Kim", "Samordnare", "not-an-email", null, true), "", null);

    var rejection = world.useCase(ApplyForMembershipUseCase.class).applyForMembership(command).getLeft();

    assertThat(rejection).isInstanceOf(Rejection.InvalidInput.class);
    assertThat(((Rejection.InvalidInput) rejection).violations()).extracting(Violation::field, Violation::messageKey)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("boardDecision.date", "constraint.NotNull"),
            org.assertj.core.groups.Tuple.tuple("boardDecision.reference", "constraint.NotBlank"),
            org.assertj.core.groups.Tuple.tuple("contactPerson.email", "constraint.Email"),
            org.assertj.core.groups.Tuple.tuple("organisation.municipalityNamed", "organisation.municipalityRequired"),
            org.assertj.core.groups.Tuple.tuple("organisation.name", "constraint.NotBlank"),
            org.assertj.core.groups.Tuple.tuple("organisation.organisationNumber", "organisationNumber.checkDigit"),
            org.assertj.core.groups.Tuple.tuple("politicalAssembly", "constraint.Size"));
    assertThat(world.psi.outbox().events()).isEmpty();
    assertThat(world.psi.auditLog().entries()).singleElement()
        .satisfies(entry -> assertThat(entry.outcome()).isEqualTo("InvalidInput"));
  }

  @Test
  void MEM_3_only_the_working_committee_decides_and_refusals_are_audited() {
    MembershipApplication applied =
        world.apply(world.aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION, "Fontänhuset Örebro")));
    Actor applicant = adminOf(applied.organisation().organisationNumber());

    var refused = world.useCase(DecideMembershipUseCase.class)
        .decideMembership(new DecideMembershipCommand(applicant, applied.id().value(), null));

    assertThat(refused.getLeft()).isInstanceOf(Rejection.NotPermitted.class);
    assertThat(world.psi.auditLog().entries()).extracting(AuditEntry::useCase, AuditEntry::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ApplyForMembership", AuditEntry.ACCEPTED),
            org.assertj.core.groups.Tuple.tuple("DecideMembership", "NotPermitted"));
  }

  @Test
  void an_applicant_never_sees_another_organisations_application() {
    MembershipApplication theirs =
        world.apply(world.aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi")));
    Actor someoneElse = adminOf(se.psi.testkit.fixtures.Fixtures.anOrganisationNumber());

    var answer = world.useCase(GetMembershipApplicationUseCase.class)
        .getMembershipApplication(new MembershipApplicationQuery(someoneElse, theirs.id().value()));

    assertThat(answer.getLeft()).isInstanceOf(Rejection.NotFound.class);
    assertThat(world.useCase(GetMembershipApplicationUseCase.class).getMembershipApplication(
        new MembershipApplicationQuery(adminOf(theirs.organisation().organisationNumber()), theirs.id().value()))
        .isRight()).isTrue();
  }

  @Test
  void an_organisation_with_an_open_application_or_a_partnership_cannot_apply_again() {
    OrganisationDetails activa = anOrganisation(OrganisationKind.FOUNDATION, "Stiftelsen Activa");
    MembershipApplication applied = world.apply(world.aCompleteApplication(activa));

    var again = world.useCase(ApplyForMembershipUseCase.class)
        .applyForMembership(world.aCompleteApplication(activa));
    assertThat(again.getLeft()).isEqualTo(new Rejection.IllegalState("MembershipApplication",
        applied.id().toString(), "SUBMITTED", "membership.applicationOpen"));

    world.decide(applied);
    var afterAdmission = world.useCase(ApplyForMembershipUseCase.class)
        .applyForMembership(world.aCompleteApplication(activa));
    assertThat(afterAdmission.getLeft().messageKey()).isEqualTo("membership.alreadyPartner");
  }

  @Test
  void a_decision_on_a_stale_version_is_refused() {
    MembershipApplication applied =
        world.apply(world.aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi")));

    var stale = world.useCase(DecideMembershipUseCase.class).decideMembership(
        new DecideMembershipCommand(committeeMember(), applied.id().value(), applied.version() + 1));

    assertThat(stale.getLeft()).isInstanceOf(Rejection.StaleVersion.class);
    assertThat(world.psi.applications().find(applied.id()).get().status()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void MEM_7_a_partner_withdraws_at_once_and_its_contact_register_closes() {
    Partner partner = world.admitted(OrganisationKind.ASSOCIATION, "Svenska kyrkan");

    Partner withdrawn = ok(world.useCase(WithdrawFromPartnershipUseCase.class)
        .withdrawFromPartnership(new PartnerCommand(adminOf(partner), partner.id().value(), partner.version())));

    assertThat(withdrawn.status()).isEqualTo(PartnerStatus.WITHDRAWN);
    assertThat(withdrawn.withdrawnOn()).contains(world.clock.today());
    assertThat(withdrawn.isActiveOn(world.clock.today())).isFalse();
    assertThat(world.psi.contacts().find(partner.id()).get().active()).isFalse();
    assertThat(world.psi.outbox().events(PartnerEvent.PartnerWithdrew.class)).hasSize(1);
  }

  @Test
  void MEM_8_an_agreement_renewed_before_its_end_keeps_the_partner_active_and_the_daily_job_leaves_it() {
    PsiWorld in2016 = new PsiWorld("2016-06-01");
    Partner partner = in2016.admitted(OrganisationKind.MUNICIPALITY, "Nora kommun");
    assertThat(partner.agreementEndsOn()).contains(LocalDate.of(2018, 12, 31));
    in2016.clock.setToday(LocalDate.of(2018, 12, 31));

    Partner renewed = ok(in2016.useCase(RenewAgreementUseCase.class).renewAgreement(
        new RenewAgreementCommand(committeeMember(), partner.id().value(), null, null)));
    in2016.clock.setToday(LocalDate.of(2019, 1, 2));

    assertThat(renewed.isActiveOn(in2016.clock.today())).isTrue();
    assertThat(in2016.endExpiredAgreements()).isEmpty();
    assertThat(in2016.psi.partners().find(partner.id()).get().status()).isEqualTo(PartnerStatus.ACTIVE);
  }

  @Test
  void MEM_8_the_daily_job_records_each_ended_agreement_once_with_an_event_and_ends_the_contact_duties() {
    PsiWorld in2016 = new PsiWorld("2016-06-01");
    Partner partner = in2016.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    in2016.clock.setToday(LocalDate.of(2018, 12, 31));
    assertThat(in2016.endExpiredAgreements()).isEmpty();
    in2016.clock.setToday(LocalDate.of(2019, 1, 1));

    assertThat(in2016.endExpiredAgreements()).containsExactly(partner.id());
    assertThat(in2016.endExpiredAgreements()).isEmpty();

    Partner ended = in2016.psi.partners().find(partner.id()).get();
    assertThat(ended.status()).isEqualTo(PartnerStatus.AGREEMENT_ENDED);
    assertThat(ended.isActiveOn(in2016.clock.today())).isFalse();
    assertThat(in2016.psi.outbox().events(PartnerEvent.PartnerAgreementEnded.class)).singleElement()
        .satisfies(event -> {
          assertThat(event.partnerId()).isEqualTo(partner.id());
          assertThat(event.agreementEndedOn()).isEqualTo(LocalDate.of(2018, 12, 31));
          assertThat(event.recordedOn()).isEqualTo(LocalDate.of(2019, 1, 1));
        });
    var register = in2016.psi.contacts().find(partner.id()).get();
    assertThat(register.active()).isFalse();
    assertThat(register.former()).singleElement()
        .satisfies(a -> assertThat(a.until()).contains(LocalDate.of(2018, 12, 31)));
  }

  @Test
  void MEM_8_an_agreement_is_not_renewed_after_its_end_and_the_organisation_may_apply_again() {
    PsiWorld in2016 = new PsiWorld("2016-06-01");
    var verdandi = anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi");
    MembershipApplication first = in2016.decide(in2016.apply(in2016.aCompleteApplication(verdandi)));
    var partnerId = first.latestDecision().orElseThrow().partnerId().orElseThrow();
    in2016.clock.setToday(LocalDate.of(2019, 1, 1));

    var late = in2016.useCase(RenewAgreementUseCase.class).renewAgreement(
        new RenewAgreementCommand(committeeMember(), partnerId.value(), null, null));
    in2016.endExpiredAgreements();
    MembershipApplication again = in2016.decide(in2016.apply(in2016.aCompleteApplication(verdandi)));

    assertThat(late.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, refusal -> {
      assertThat(refusal.ruleId()).isEqualTo("MEM-8");
      assertThat(refusal.messageKey()).isEqualTo("partner.agreementEnded");
      assertThat(refusal.args()).containsExactly(LocalDate.of(2018, 12, 31));
    });
    assertThat(again.latestDecision().orElseThrow().outcome()).isEqualTo(MembershipOutcome.ADMITTED);
    assertThat(again.latestDecision().orElseThrow().partnerId())
        .hasValueSatisfying(newPartner -> assertThat(newPartner).isNotEqualTo(partnerId));
  }

  @Test
  void MEM_8_the_daily_job_is_for_the_committee_and_administrators_only() {
    var refused = world.useCase(EndExpiredAgreementsUseCase.class)
        .endExpiredAgreements(new EndExpiredAgreementsCommand(Actor.of("someone")));

    assertThat(refused.getLeft()).isInstanceOf(Rejection.NotPermitted.class);
  }

  @Test
  void MEM_9_engagement_is_recorded_by_the_partner_and_never_required() {
    Partner partner = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    assertThat(partner.engagement()).isEmpty();

    Partner recorded = ok(world.useCase(RecordEngagementUseCase.class).recordEngagement(
        new RecordEngagementCommand(adminOf(partner), partner.id().value(), EngagementLevel.OCCASIONAL, null)));

    assertThat(recorded.engagement()).contains(EngagementLevel.OCCASIONAL);
  }

  @Test
  void partners_are_listed_publicly_by_sector_a_page_at_a_time() {
    world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    world.admitted(OrganisationKind.REGION, "Region Örebro län");
    world.admitted(OrganisationKind.FOUNDATION, "Stiftelsen Activa");

    var page = ok(world.useCase(FindPartnersUseCase.class).findPartners(
        new FindPartnersQuery(Actor.of("anonymous"), Sector.CIVIL_SOCIETY, null, true, 0, 1)));

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(p -> p.organisation().name()).containsExactly("Stiftelsen Activa");
  }

  @Test
  void MEM_3_the_committee_lists_the_applications_waiting_for_its_decision_and_applicants_cannot() {
    MembershipApplication first =
        world.apply(world.aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi")));
    MembershipApplication second =
        world.apply(world.aCompleteApplication(anOrganisation(OrganisationKind.FOUNDATION, "Stiftelsen Activa")));
    world.decide(world.apply(world.aCompleteApplication(anOrganisation(OrganisationKind.REGION,
        "Region Örebro län"))));
    var find = world.useCase(FindMembershipApplicationsUseCase.class);

    var waiting = ok(find.findMembershipApplications(new FindMembershipApplicationsQuery(committeeMember(),
        ApplicationStatus.SUBMITTED, 0, 10)));
    var asApplicant = find.findMembershipApplications(new FindMembershipApplicationsQuery(
        adminOf(first.organisation().organisationNumber()), null, 0, 10));

    // Submitted the same day, so their order is by id (the port contract checks the order by day).
    assertThat(waiting.items()).extracting(MembershipApplication::id)
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(waiting.total()).isEqualTo(2);
    assertThat(asApplicant.getLeft()).isInstanceOf(Rejection.NotPermitted.class);
  }

  @Test
  void CON_3_events_carry_no_personal_data() {
    world.admitted(OrganisationKind.MUNICIPALITY, "Nora kommun");
    world.clock.advance(Period.ofDays(1));

    assertThat(world.psi.outbox().events()).isNotEmpty().allSatisfy(event ->
        assertThat(event.toString()).doesNotContain("Kim Berg", "kim.berg@example.se", "019-100100"));
  }
}
