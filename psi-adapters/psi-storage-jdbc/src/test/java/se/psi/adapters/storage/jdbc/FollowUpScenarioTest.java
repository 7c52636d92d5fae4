package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.psi.core.PsiCore;
import se.psi.core.followup.domain.FollowUpEvent;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.domain.RepaymentClaim;
import se.psi.core.followup.port.in.AcceptGrantCommand;
import se.psi.core.followup.port.in.AcceptGrantUseCase;
import se.psi.core.followup.port.in.ClaimRepaymentCommand;
import se.psi.core.followup.port.in.ClaimRepaymentUseCase;
import se.psi.core.followup.port.in.DecideProjectChangeCommand;
import se.psi.core.followup.port.in.DecideProjectChangeUseCase;
import se.psi.core.followup.port.in.FinalReportDutiesQuery;
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
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.core.shared.Sek;
import se.psi.testkit.contract.Concurrently;
import se.psi.testkit.fixtures.GrantFixtures;
import se.psi.testkit.time.TestClock;

/**
 * GRA-17 over JDBC, on H2 and PostgreSQL: a grant from its acceptance through payouts, a change, the final report
 * with a reminder, and a repayment; and payouts racing on PostgreSQL never paying more than was granted, with the
 * scheme year's figures equal to the follow-ups' own.
 */
class FollowUpScenarioTest {

  private static final Actor AREA_HEAD = Actor.of("area-head", Role.DELEGATED_DECIDER);
  private static final Actor REGISTRAR = Actor.of("registrar", Role.ADMINISTRATOR);
  private final TestDatabases databases = new TestDatabases();

  @AfterEach
  void everyEmittedEventMatchesItsSchemaThenDropDatabases() throws Exception {
    try {
      for (JdbcStorage storage : databases.opened()) {
        for (var record : storage.outbox().unpublished(10_000)) {
          assertThat(PublishedSchemas.errors(record.eventType(), record.payload())).as(record.payload()).isEmpty();
        }
      }
    } finally {
      databases.close();
    }
  }

  static Stream<Arguments> databasesAndDays() {
    return Stream.of(Arguments.of(TestDatabases.Kind.H2, LocalDate.of(2022, 3, 1)),
        Arguments.of(TestDatabases.Kind.POSTGRESQL, LocalDate.of(2027, 3, 1)));
  }

  /** A grant of {@code kronor} decided under the 2022 scheme and stored as its decision left it. */
  private static GrantApplication aGrant(JdbcStorage storage, long kronor) {
    GrantScheme scheme = storage.grantSchemes().find(2022).getOrElse(() -> {
      GrantScheme opened = GrantFixtures.aScheme2022();
      storage.grantSchemes().save(opened);
      return opened;
    });
    List<GrantApplication> versions = GrantFixtures.aGrantedCase(GrantFixtures.aDraft(
        GrantFixtures.anAssociationApplying(), GrantFixtures.aDescribedProject(kronor)), scheme,
        GrantFixtures.theAreaHeadsDelegation("area-head"), kronor);
    versions.forEach(storage.grantApplications()::save);
    GrantApplication granted = versions.get(versions.size() - 1);
    storage.grantSchemes().save(scheme.grant(Sek.of(kronor), granted.decision().orElseThrow().explanation()).get());
    return granted;
  }

  /**
   * A second grant of 40 000 kronor in 2022 whose follow-up is accepted with "chair" as signatory, stored as the use
   * cases leave it (its case is not needed: only its follow-up and the scheme's figures take part in the race).
   */
  private static GrantFollowUp anotherAcceptedGrantOfTheYear(JdbcStorage storage, LocalDate day) {
    GrantScheme scheme = storage.grantSchemes().find(2022).get();
    storage.grantSchemes().save(scheme.grant(Sek.of(40_000), se.psi.core.rules.Rules.pending(day)).get());
    var meta = se.psi.testkit.fixtures.Fixtures.eventMeta();
    GrantFollowUp opened = GrantFollowUp.open(new GrantApplicationId(UUID.randomUUID()), 2022,
        se.psi.testkit.fixtures.Fixtures.anOrganisationNumber(), "Läxhjälp", Sek.of(40_000),
        new se.psi.core.followup.domain.FollowUpTerms(day.plusMonths(10), Sek.of(40_000), 30, 14), day, meta)
        .aggregate();
    storage.grantFollowUps().save(opened);
    GrantFollowUp accepted = opened.accept(new se.psi.core.followup.domain.Acceptance("treasurer", day,
        List.of("chair"), "Registreringsbevis"), meta).get().aggregate();
    storage.grantFollowUps().save(accepted);
    return accepted;
  }

  private static Actor adminOf(GrantApplication granted, String person) {
    return Actor.forOrganisation(person, granted.applicant().organisationNumber(), Role.PARTNER_ADMINISTRATOR);
  }

  private static <T> T ok(Either<Rejection, T> result) {
    return result.getOrElseThrow(rejection -> new AssertionError("refused: " + rejection));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("databasesAndDays")
  void GRA_17_a_grant_from_acceptance_through_payouts_a_change_the_report_with_a_reminder_and_a_repayment(
      TestDatabases.Kind kind, LocalDate day) {
    JdbcStorage storage = databases.fresh(kind);
    TestClock clock = TestClock.at(day);
    PsiCore core = PsiCore.builder().storage(storage).clock(clock).ids(IdSource.random()).build();
    GrantApplication granted = aGrant(storage, 40_000);
    UUID id = granted.id().value();
    Actor treasurer = adminOf(granted, "treasurer");
    Actor chair = adminOf(granted, "chair");

    ok(core.useCase(OpenGrantFollowUpUseCase.class).openGrantFollowUp(new OpenGrantFollowUpCommand(AREA_HEAD, id,
        day.plusMonths(10), 40_000L, 30, 14)));
    ok(core.useCase(AcceptGrantUseCase.class).acceptGrant(new AcceptGrantCommand(treasurer, id, List.of("chair"),
        "Registreringsbevis", 1L)));
    var pay = core.useCase(RequestPayoutUseCase.class);
    ok(pay.requestPayout(new RequestPayoutCommand(chair, id, 20_000L, 2L)));
    GrantFollowUp requested = ok(core.useCase(RequestProjectChangeUseCase.class).requestProjectChange(
        new RequestProjectChangeCommand(treasurer, id, "Träffarna flyttas till biblioteket", null)));
    ok(core.useCase(DecideProjectChangeUseCase.class).decideProjectChange(new DecideProjectChangeCommand(AREA_HEAD,
        id, requested.changes().get(0).id(), true, "Samma verksamhet i en bättre lokal", requested.version())));
    ok(pay.requestPayout(new RequestPayoutCommand(chair, id, 20_000L, null)));
    assertThat(pay.requestPayout(new RequestPayoutCommand(chair, id, 1L, null)).getLeft())
        .isInstanceOf(Rejection.RuleRefusal.class);

    clock.setToday(day.plusMonths(10).minusDays(30));
    assertThat(ok(core.useCase(RemindFinalReportsUseCase.class).remindFinalReports(
        new FinalReportDutiesQuery(REGISTRAR)))).containsExactly(granted.id());
    clock.setToday(day.plusMonths(10).minusDays(3));
    GrantFollowUp reported = ok(core.useCase(SubmitFinalReportUseCase.class).submitFinalReport(
        new SubmitFinalReportCommand(treasurer, id, "Tolv träffar med fyrtio deltagare", 34_000L, 41_000L, null)));
    GrantFollowUp claimed = ok(core.useCase(ClaimRepaymentUseCase.class).claimRepayment(new ClaimRepaymentCommand(
        AREA_HEAD, id, 6_000L, RepaymentClaim.Reason.UNUSED, "Medel som inte använts enligt slutrapporten", null)));
    clock.advance(Period.ofDays(20));
    ok(core.useCase(RecordRepaymentUseCase.class).recordRepayment(new RecordRepaymentCommand(REGISTRAR, id,
        claimed.claims().get(0).id(), null)));

    GrantFollowUp stored = storage.grantFollowUps().find(granted.id()).get();
    assertThat(stored.paid()).isEqualTo(Sek.of(40_000));
    assertThat(stored.changes()).singleElement().satisfies(change -> assertThat(change.inEffect()).isTrue());
    assertThat(stored.reminders()).containsExactly(day.plusMonths(10).minusDays(30));
    assertThat(stored.report()).isEqualTo(reported.report());
    assertThat(stored.report().orElseThrow().explanation().failedRuleIds()).containsExactly("GRA-17");
    assertThat(stored.claims()).singleElement().satisfies(claim ->
        assertThat(claim.repaidOn()).contains(day.plusMonths(10).plusDays(17)));
    GrantScheme figures = storage.grantSchemes().find(2022).get();
    assertThat(List.of(figures.granted(), figures.paid(), figures.repaid()))
        .containsExactly(Sek.of(40_000), Sek.of(40_000), Sek.of(6_000));
    assertThat(storage.outbox().unpublished(1_000)).extracting(r -> r.eventType())
        .containsSubsequence("GrantFollowUpOpened", "GrantAccepted", "GrantPaidOut", "ProjectChangeRequested",
            "ProjectChangeDecided", "GrantPaidOut", "FinalReportReminded", "FinalReportSubmitted",
            "RepaymentClaimed", "RepaymentReceived");
    assertThat(storage.outbox().unpublished(1_000)).noneMatch(r -> r.payload().contains("chair")
        || r.payload().contains("treasurer"));
  }

  /**
   * GRA-17 under races on PostgreSQL: sixteen signed requests of 10 000 kronor each on two grants of 40 000 race;
   * each grant is paid at most what it was granted, every request is paid or told why not, and the scheme year's
   * paid figure is the sum of what the follow-ups paid.
   */
  @Test
  void GRA_17_payouts_racing_on_postgresql_never_pay_more_than_granted_and_the_scheme_counts_every_one()
      throws InterruptedException {
    JdbcStorage storage = databases.fresh(TestDatabases.Kind.POSTGRESQL);
    LocalDate day = LocalDate.of(2022, 3, 1);
    PsiCore core = PsiCore.builder().storage(storage).clock(TestClock.at(day)).ids(IdSource.random()).build();
    GrantApplication granted = aGrant(storage, 40_000);
    ok(core.useCase(OpenGrantFollowUpUseCase.class).openGrantFollowUp(new OpenGrantFollowUpCommand(AREA_HEAD,
        granted.id().value(), day.plusMonths(10), 40_000L, 30, 14)));
    ok(core.useCase(AcceptGrantUseCase.class).acceptGrant(new AcceptGrantCommand(adminOf(granted, "treasurer"),
        granted.id().value(), List.of("chair"), "Registreringsbevis", null)));
    GrantFollowUp other = anotherAcceptedGrantOfTheYear(storage, day);
    List<GrantApplicationId> grants = List.of(granted.id(), other.applicationId());
    List<OrganisationNumber> grantees = List.of(granted.applicant().organisationNumber(), other.grantee());
    List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
    List<Runnable> requests = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      GrantApplicationId grant = grants.get(i % 2);
      Actor chair = Actor.forOrganisation("chair", grantees.get(i % 2), Role.PARTNER_ADMINISTRATOR);
      requests.add(() -> outcomes.add(core.useCase(RequestPayoutUseCase.class).requestPayout(
          new RequestPayoutCommand(chair, grant.value(), 10_000L, null))
          .fold(refused -> refused.getClass().getSimpleName(), paid -> "PAID")));
    }

    assertThat(Concurrently.succeeded(requests)).isEqualTo(requests.size());

    assertThat(outcomes).hasSize(16).allMatch(outcome -> List.of("PAID", "ConcurrentChange", "StaleVersion",
        "RuleRefusal").contains(outcome));
    Sek paidByFollowUps = Sek.ZERO;
    for (GrantApplicationId grant : grants) {
      GrantFollowUp followUp = storage.grantFollowUps().find(grant).get();
      assertThat(followUp.paid().isMoreThan(followUp.granted())).isFalse();
      paidByFollowUps = paidByFollowUps.plus(followUp.paid());
    }
    assertThat(outcomes.stream().filter("PAID"::equals).count() * 10_000).isEqualTo(paidByFollowUps.kronor());
    assertThat(storage.grantSchemes().find(2022).get().paid()).isEqualTo(paidByFollowUps);
    assertThat(storage.outbox().unpublished(1_000)).filteredOn(r -> r.eventType().equals("GrantPaidOut"))
        .hasSize(outcomes.stream().filter("PAID"::equals).toList().size());
  }
}
