package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.testkit.usecases.PsiWorld.aCompleteApplication;
import static se.psi.testkit.usecases.PsiWorld.aContact;
import static se.psi.testkit.usecases.PsiWorld.adminOf;
import static se.psi.testkit.usecases.PsiWorld.anOrganisation;
import static se.psi.testkit.usecases.PsiWorld.committeeMember;
import static se.psi.testkit.usecases.PsiWorld.ok;

import java.time.LocalDate;
import java.time.Period;
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
import se.psi.core.usecase.AuditEntry;
import se.psi.core.usecase.Rejection;

class MembershipUseCasesTest {

  private final PsiWorld world = new PsiWorld("2022-03-01");

  @Test
  void MEM_3_a_complete_application_is_admitted_with_partner_contact_register_and_events() {
    MembershipApplication decided =
        world.decide(world.apply(aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi"))));

    var decision = decided.latestDecision().orElseThrow();
    assertThat(decision.outcome()).isEqualTo(MembershipOutcome.ADMITTED);
    assertThat(decision.rulesetVersion()).isEqualTo("orebro-2022");
    assertThat(decided.status()).isEqualTo(ApplicationStatus.ADMITTED);
    var partnerId = decision.partnerId().orElseThrow();
    assertThat(world.psi.partners().find(partnerId).get().status()).isEqualTo(PartnerStatus.ACTIVE);
    assertThat(world.psi.contacts().find(partnerId).get().current()).isPresent();
    assertThat(world.psi.outbox().events(PartnerEvent.PartnerAdmitted.class)).singleElement()
        .satisfies(admitted -> assertThat(admitted.rulesetVersion()).isEqualTo("orebro-2022"));
  }

  @Test
  void MEM_3_an_incomplete_application_is_told_everything_missing_at_once_then_admitted_when_completed() {
    OrganisationDetails nora = anOrganisation(OrganisationKind.MUNICIPALITY, "Nora kommun");
    Actor noraAdmin = adminOf(se.psi.core.shared.OrganisationNumber.of(nora.organisationNumber()));
    MembershipApplication applied = world.apply(new ApplyForMembershipCommand(noraAdmin, nora, null, null, null,
        null));

    MembershipApplication first = world.decide(applied);

    assertThat(first.latestDecision().orElseThrow().outcome()).isEqualTo(MembershipOutcome.INCOMPLETE);
    assertThat(first.latestDecision().orElseThrow().explanation().failedRuleIds())
        .containsExactly("MEM-4", "MEM-5", "MEM-6", "MEM-6");
    assertThat(world.psi.outbox().events(MembershipApplicationEvent.MembershipApplicationIncomplete.class))
        .singleElement().satisfies(e -> assertThat(e.missingRuleIds()).containsExactly("MEM-4", "MEM-5", "MEM-6"));

    ok(world.useCase(CompleteMembershipApplicationUseCase.class).completeMembershipApplication(
        new CompleteMembershipApplicationCommand(noraAdmin, applied.id().value(),
            new BoardDecisionDetails(LocalDate.of(2022, 2, 1), "Kommunstyrelsen", "KS § 12"), aContact(true),
            "Kommunstyrelsen", first.version())));
    MembershipApplication second = world.decide(applied);

    assertThat(second.latestDecision().orElseThrow().outcome()).isEqualTo(MembershipOutcome.ADMITTED);
    assertThat(second.decisions()).hasSize(2);
  }

  @Test
  void MEM_1_a_private_company_is_refused_before_the_2021_plan_and_admitted_under_it() {
    PsiWorld in2019 = new PsiWorld("2019-05-01");
    MembershipApplication refused = in2019.decide(
        in2019.apply(aCompleteApplication(anOrganisation(OrganisationKind.COMPANY, "Omsorg AB"))));
    assertThat(refused.latestDecision().orElseThrow().outcome()).isEqualTo(MembershipOutcome.REFUSED);
    assertThat(refused.latestDecision().orElseThrow().explanation().failedRuleIds()).containsExactly("MEM-1");

    MembershipApplication admitted = world.decide(
        world.apply(aCompleteApplication(anOrganisation(OrganisationKind.COMPANY, "Omsorg AB"))));
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
        world.apply(aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION, "Fontänhuset Örebro")));
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
        world.apply(aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi")));
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
    MembershipApplication applied = world.apply(aCompleteApplication(activa));

    var again = world.useCase(ApplyForMembershipUseCase.class).applyForMembership(aCompleteApplication(activa));
    assertThat(again.getLeft()).isEqualTo(new Rejection.IllegalState("MembershipApplication",
        applied.id().toString(), "SUBMITTED", "membership.applicationOpen"));

    world.decide(applied);
    var afterAdmission = world.useCase(ApplyForMembershipUseCase.class)
        .applyForMembership(aCompleteApplication(activa));
    assertThat(afterAdmission.getLeft().messageKey()).isEqualTo("membership.alreadyPartner");
  }

  @Test
  void a_decision_on_a_stale_version_is_refused() {
    MembershipApplication applied =
        world.apply(aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi")));

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
  void MEM_8_an_agreement_with_an_end_date_ends_activity_until_renewed() {
    PsiWorld in2016 = new PsiWorld("2016-06-01");
    Partner partner = in2016.admitted(OrganisationKind.MUNICIPALITY, "Nora kommun");
    assertThat(partner.agreementEndsOn()).contains(LocalDate.of(2018, 12, 31));
    in2016.clock.setToday(LocalDate.of(2019, 1, 1));
    assertThat(in2016.psi.partners().find(partner.id()).get().isActiveOn(in2016.clock.today())).isFalse();

    Partner renewed = ok(in2016.useCase(RenewAgreementUseCase.class).renewAgreement(
        new RenewAgreementCommand(committeeMember(), partner.id().value(), null, null)));

    assertThat(renewed.isActiveOn(in2016.clock.today())).isTrue();
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
        world.apply(aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi")));
    MembershipApplication second =
        world.apply(aCompleteApplication(anOrganisation(OrganisationKind.FOUNDATION, "Stiftelsen Activa")));
    world.decide(world.apply(aCompleteApplication(anOrganisation(OrganisationKind.REGION, "Region Örebro län"))));
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
