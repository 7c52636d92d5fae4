package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.testkit.usecases.PsiWorld.aContact;
import static se.psi.testkit.usecases.PsiWorld.adminOf;
import static se.psi.testkit.usecases.PsiWorld.administrator;
import static se.psi.testkit.usecases.PsiWorld.committeeMember;
import static se.psi.testkit.usecases.PsiWorld.ok;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import se.psi.core.contact.domain.ContactEvent;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.in.AppointContactPersonCommand;
import se.psi.core.contact.port.in.AppointContactPersonUseCase;
import se.psi.core.contact.port.in.ContactDutiesQuery;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.contact.port.in.ErasePersonalDataUseCase;
import se.psi.core.contact.port.in.ExportPersonalDataUseCase;
import se.psi.core.contact.port.in.FindUnreachablePartnersUseCase;
import se.psi.core.contact.port.in.PersonalDataCommand;
import se.psi.core.contact.port.in.RemindVacantContactsUseCase;
import se.psi.core.contact.port.in.ReportContactVacancyCommand;
import se.psi.core.contact.port.in.ReportContactVacancyUseCase;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.RenewAgreementCommand;
import se.psi.core.membership.port.in.RenewAgreementUseCase;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.rules.Rejection;

@OnEachDate
class ContactUseCasesTest {

  private final PsiWorld world;

  ContactUseCasesTest(String today) {
    world = new PsiWorld(today);
  }

  @Test
  void CON_1_an_admitted_partner_has_exactly_its_named_contact() {
    Partner partner = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");

    PartnerContact register = world.psi.contacts().find(partner.id()).get();

    assertThat(register.current()).hasValueSatisfying(a -> assertThat(a.person().name()).isEqualTo("Kim Berg"));
    assertThat(register.vacancy()).isEmpty();
  }

  @Test
  void CON_2_a_vacancy_older_than_the_grace_period_makes_the_partner_unreachable() {
    Partner partner = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    ok(world.useCase(ReportContactVacancyUseCase.class).reportContactVacancy(
        new ReportContactVacancyCommand(adminOf(partner), partner.id().value(), null, null)));
    var unreachable = world.useCase(FindUnreachablePartnersUseCase.class);

    world.clock.advance(world.rulesInForce().contactVacancyGracePeriod());
    assertThat(ok(unreachable.findUnreachablePartners(new ContactDutiesQuery(committeeMember())))).isEmpty();

    world.clock.advance(Period.ofDays(1));
    assertThat(ok(unreachable.findUnreachablePartners(new ContactDutiesQuery(committeeMember()))))
        .singleElement().satisfies(p -> {
          assertThat(p.partnerId()).isEqualTo(partner.id());
          assertThat(p.vacantSince()).isEqualTo(world.day);
          assertThat(p.rulesetVersion()).isEqualTo(world.rulesInForce().version());
        });
  }

  @Test
  void CON_2_a_vacancy_is_reminded_at_once_and_then_once_a_month() {
    Partner partner = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    ok(world.useCase(ReportContactVacancyUseCase.class).reportContactVacancy(
        new ReportContactVacancyCommand(adminOf(partner), partner.id().value(), null, null)));
    var remind = world.useCase(RemindVacantContactsUseCase.class);
    var query = new ContactDutiesQuery(committeeMember());

    assertThat(ok(remind.remindVacantContacts(query))).containsExactly(partner.id());
    assertThat(ok(remind.remindVacantContacts(query))).isEmpty();
    world.clock.advance(world.rulesInForce().contactReminderInterval());
    assertThat(ok(remind.remindVacantContacts(query))).containsExactly(partner.id());
    assertThat(world.psi.outbox().events(ContactEvent.ContactVacancyReminded.class)).hasSize(2);
  }

  @Test
  void CON_2_a_successor_fills_the_vacancy_and_the_handover_is_recorded() {
    Partner partner = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    var first = world.psi.contacts().find(partner.id()).get().current().orElseThrow().person().id();

    PartnerContact handedOver = ok(world.useCase(AppointContactPersonUseCase.class).appointContactPerson(
        new AppointContactPersonCommand(adminOf(partner), partner.id().value(), successor(false), null, null)));

    assertThat(handedOver.current().orElseThrow().person().name()).isEqualTo("Robin Lind");
    assertThat(handedOver.former()).singleElement()
        .satisfies(a -> assertThat(a.until()).contains(world.clock.today()));
    assertThat(world.psi.outbox().events(ContactEvent.ContactPersonAppointed.class)).last()
        .satisfies(e -> assertThat(e.previous()).contains(first));
  }

  @Test
  void CON_4_an_appointment_in_2017_requires_an_official_and_one_in_2023_for_the_same_municipality_does_not() {
    PsiWorld in2016 = new PsiWorld("2016-06-01");
    Partner nora = in2016.admitted(OrganisationKind.MUNICIPALITY, "Nora kommun");
    ok(in2016.useCase(RenewAgreementUseCase.class).renewAgreement(
        new RenewAgreementCommand(committeeMember(), nora.id().value(), null, null)));
    var appoint = in2016.useCase(AppointContactPersonUseCase.class);

    in2016.clock.setToday(LocalDate.of(2017, 3, 1));
    var in2017 = appoint.appointContactPerson(
        new AppointContactPersonCommand(adminOf(nora), nora.id().value(), successor(false), null, null));
    in2016.clock.setToday(LocalDate.of(2023, 3, 1));
    var in2023 = appoint.appointContactPerson(
        new AppointContactPersonCommand(adminOf(nora), nora.id().value(), successor(false), null, null));

    assertThat(in2017.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, refusal -> {
      assertThat(refusal.ruleId()).isEqualTo("CON-4");
      assertThat(refusal.explanation().rulesetVersion()).isEqualTo("orebro-2016");
    });
    assertThat(in2023.get().current().orElseThrow().person().official()).isFalse();
  }

  @Test
  void MEM_8_a_partner_whose_agreement_ended_is_neither_reminded_nor_reported_unreachable() {
    PsiWorld in2018 = new PsiWorld("2018-10-01");
    Partner partner = in2018.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    ok(in2018.useCase(ReportContactVacancyUseCase.class).reportContactVacancy(
        new ReportContactVacancyCommand(adminOf(partner), partner.id().value(), null, null)));
    var query = new ContactDutiesQuery(committeeMember());

    in2018.clock.setToday(LocalDate.of(2019, 3, 1));

    assertThat(ok(in2018.useCase(RemindVacantContactsUseCase.class).remindVacantContacts(query))).isEmpty();
    assertThat(ok(in2018.useCase(FindUnreachablePartnersUseCase.class).findUnreachablePartners(query))).isEmpty();
  }

  @Test
  void CON_3_a_former_contact_is_exported_then_erased_and_the_current_one_cannot_be() {
    Partner partner = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    ContactPersonId first = world.psi.contacts().find(partner.id()).get().current().orElseThrow().person().id();
    ok(world.useCase(AppointContactPersonUseCase.class).appointContactPerson(
        new AppointContactPersonCommand(adminOf(partner), partner.id().value(), successor(false), null, null)));
    var current = world.psi.contacts().find(partner.id()).get().current().orElseThrow().person().id();

    var export = ok(world.useCase(ExportPersonalDataUseCase.class)
        .exportPersonalData(new PersonalDataCommand(administrator(), first.value())));
    assertThat(export.appointments()).singleElement()
        .satisfies(a -> assertThat(a.person().email()).isEqualTo("kim.berg@example.se"));

    var erased = ok(world.useCase(ErasePersonalDataUseCase.class)
        .erasePersonalData(new PersonalDataCommand(administrator(), first.value())));
    assertThat(erased.appointments()).singleElement().satisfies(a -> {
      assertThat(a.person().erased()).isTrue();
      assertThat(a.person().name()).isEmpty();
    });
    var refused = world.useCase(ErasePersonalDataUseCase.class)
        .erasePersonalData(new PersonalDataCommand(administrator(), current.value()));
    assertThat(refused.getLeft().messageKey()).isEqualTo("contact.eraseCurrent");
  }

  @Test
  void CON_3_erasing_a_former_contact_again_answers_the_same_and_tells_of_the_erasure_once() {
    Partner partner = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    ContactPersonId first = world.psi.contacts().find(partner.id()).get().current().orElseThrow().person().id();
    ok(world.useCase(AppointContactPersonUseCase.class).appointContactPerson(
        new AppointContactPersonCommand(adminOf(partner), partner.id().value(), successor(false), null, null)));
    var erase = world.useCase(ErasePersonalDataUseCase.class);

    var erased = ok(erase.erasePersonalData(new PersonalDataCommand(administrator(), first.value())));
    long version = world.psi.contacts().find(partner.id()).get().version();
    var again = ok(erase.erasePersonalData(new PersonalDataCommand(administrator(), first.value())));

    assertThat(again).isEqualTo(erased);
    assertThat(world.psi.contacts().find(partner.id()).get().version()).isEqualTo(version);
    assertThat(world.psi.outbox().events(ContactEvent.ContactPersonErased.class)).singleElement();
  }

  @Test
  void only_the_partner_itself_or_an_administrator_reports_its_contact_person() {
    Partner partner = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");
    Partner other = world.admitted(OrganisationKind.ASSOCIATION, "Fontänhuset Örebro");

    var refused = world.useCase(ReportContactVacancyUseCase.class).reportContactVacancy(
        new ReportContactVacancyCommand(adminOf(other), partner.id().value(), null, null));

    assertThat(refused.getLeft()).isInstanceOf(Rejection.NotPermitted.class);
    assertThat(world.psi.contacts().find(partner.id()).get().vacancy()).isEmpty();
  }

  private static ContactPersonDetails successor(boolean official) {
    return new ContactPersonDetails("Robin Lind", "Ordförande", "robin.lind@example.se", null, official);
  }

  @Test
  void the_named_contact_in_the_application_is_kept_only_in_the_register_after_admission() {
    Partner partner = world.admitted(OrganisationKind.ASSOCIATION, "Verdandi");

    var application = world.psi.applications().find(partner.applicationId()).get();

    assertThat(application.contactPerson()).hasValueSatisfying(p -> assertThat(p.erased()).isTrue());
    assertThat(aContact(true).name()).isEqualTo(
        world.psi.contacts().find(partner.id()).get().current().orElseThrow().person().name());
  }
}
