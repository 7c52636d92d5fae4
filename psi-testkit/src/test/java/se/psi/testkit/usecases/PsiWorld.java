package se.psi.testkit.usecases;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.EndExpiredAgreementsCommand;
import se.psi.core.membership.port.in.EndExpiredAgreementsUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Role;
import se.psi.core.rules.Rejection;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

/** A partnership in memory on a test clock, with helpers in the domain's voice and dates relative to its day. */
final class PsiWorld {

  /** The days the use-case suites run on ({@link OnEachDate}): under the plan 2021-2026, and years after it. */
  static final List<String> DAYS = List.of("2022-03-01", "2027-03-01", "2031-03-01");

  final TestClock clock;
  final InMemoryPsi psi;
  /** The day the world was made on; a test may move the clock on from it. */
  final LocalDate day;

  PsiWorld(String today) {
    this(today, OrebroRuleSets.registry());
  }

  /** Under an integrator's own rulesets. */
  PsiWorld(String today, RuleSetRegistry ruleSets) {
    clock = TestClock.at(today);
    psi = InMemoryPsi.create(clock, new SequentialIds(), ruleSets);
    day = clock.today();
  }

  static List<String> days() {
    return DAYS;
  }

  /** The clock's day now. */
  LocalDate today() {
    return clock.today();
  }

  /** The year of the world's day. */
  int year() {
    return day.getYear();
  }

  /** A date in the world's year: a fixture's date that moves with the day the suite runs on. */
  LocalDate inThisYear(int month, int dayOfMonth) {
    return LocalDate.of(year(), month, dayOfMonth);
  }

  /** The Örebro ruleset in force on the clock's day now: where a test reads the figures it expects. */
  RuleSet rulesInForce() {
    return rulesOn(today());
  }

  static RuleSet rulesOn(LocalDate date) {
    return OrebroRuleSets.registry().inForceOn(date)
        .getOrElseThrow(() -> new AssertionError("no Örebro ruleset in force on " + date));
  }

  <T> T useCase(Class<T> type) {
    return psi.useCase(type);
  }

  static Actor committeeMember() {
    return Actor.of("au-member", Role.COMMITTEE_MEMBER);
  }

  static Actor administrator() {
    return Actor.of("admin", Role.ADMINISTRATOR);
  }

  static Actor adminOf(OrganisationNumber organisation) {
    return Actor.forOrganisation("admin-" + organisation, organisation, Role.PARTNER_ADMINISTRATOR);
  }

  static Actor adminOf(Partner partner) {
    return adminOf(partner.organisation().organisationNumber());
  }

  static ContactPersonDetails aContact(boolean official) {
    return new ContactPersonDetails("Kim Berg", "Samordnare", "kim.berg@example.se", "019-100100", official);
  }

  static OrganisationDetails anOrganisation(OrganisationKind kind, String name) {
    return new OrganisationDetails(Fixtures.anOrganisationNumber().toString(), name, kind,
        kind == OrganisationKind.MUNICIPALITY ? Municipality.NORA : null);
  }

  /** A complete application from the organisation's own administrator, its board having decided a month ago. */
  ApplyForMembershipCommand aCompleteApplication(OrganisationDetails organisation) {
    return aCompleteApplication(organisation, today().minusMonths(1));
  }

  static ApplyForMembershipCommand aCompleteApplication(OrganisationDetails organisation, LocalDate boardDecidedOn) {
    return new ApplyForMembershipCommand(adminOf(OrganisationNumber.of(organisation.organisationNumber())),
        organisation, new BoardDecisionDetails(boardDecidedOn, "Styrelsen", "§ 7"), aContact(true),
        "Kommunstyrelsen", null);
  }

  MembershipApplication apply(ApplyForMembershipCommand command) {
    return ok(useCase(ApplyForMembershipUseCase.class).applyForMembership(command));
  }

  MembershipApplication decide(MembershipApplication application) {
    return ok(useCase(DecideMembershipUseCase.class)
        .decideMembership(new DecideMembershipCommand(committeeMember(), application.id().value(), null)));
  }

  /** Applies completely and is admitted: the new partner. */
  Partner admitted(OrganisationKind kind, String name) {
    MembershipApplication decided = decide(apply(aCompleteApplication(anOrganisation(kind, name))));
    return psi.partners().find(decided.latestDecision().orElseThrow().partnerId().orElseThrow()).get();
  }

  /** MEM-8: the daily job a host runs, here by the committee. */
  List<PartnerId> endExpiredAgreements() {
    return ok(useCase(EndExpiredAgreementsUseCase.class)
        .endExpiredAgreements(new EndExpiredAgreementsCommand(committeeMember())));
  }

  static <T> T ok(Either<Rejection, T> result) {
    return result.getOrElseThrow(rejection -> new AssertionError("refused: " + rejection));
  }
}
