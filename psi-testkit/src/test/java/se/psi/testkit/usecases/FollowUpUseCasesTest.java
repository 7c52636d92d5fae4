package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.testkit.usecases.PsiWorld.ok;

import io.vavr.control.Either;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.domain.PresentationObligationId;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Role;
import se.psi.core.shared.Sek;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.fixtures.GrantFixtures;

@OnEachDate
class FollowUpUseCasesTest {

  private final PsiWorld world;
  private final Actor areaHead = Actor.of("area-head", Role.DELEGATED_DECIDER);
  private final Actor administrator = Actor.of("registrar", Role.ADMINISTRATOR);
  private GrantApplication granted;
  private Actor treasurer;
  private Actor chair;

  FollowUpUseCasesTest(String today) {
    world = new PsiWorld(today);
  }

  /** A case granted 40 000 kronor in the scheme's year, stored as the decision left it. */
  private GrantApplication aGrant() {
    GrantScheme scheme = GrantFixtures.aScheme2022();
    List<GrantApplication> versions = GrantFixtures.aGrantedCase(GrantFixtures.aDraft(
        GrantFixtures.anAssociationApplying(), GrantFixtures.aDescribedProject(40_000)), scheme,
        GrantFixtures.theAreaHeadsDelegation("area-head"), 40_000);
    granted = versions.get(versions.size() - 1);
    versions.forEach(world.psi.grantApplications()::save);
    world.psi.grantSchemes().save(scheme);
    world.psi.grantSchemes().save(scheme.grant(Sek.of(40_000), granted.decision().orElseThrow().explanation())
        .get());
    var grantee = granted.applicant().organisationNumber();
    treasurer = Actor.forOrganisation("treasurer", grantee, Role.PARTNER_ADMINISTRATOR);
    chair = Actor.forOrganisation("chair", grantee, Role.PARTNER_ADMINISTRATOR);
    return granted;
  }

  private UUID id() {
    return granted.id().value();
  }

  private GrantFollowUp openedAndAccepted() {
    aGrant();
    ok(world.useCase(OpenGrantFollowUpUseCase.class).openGrantFollowUp(new OpenGrantFollowUpCommand(areaHead, id(),
        world.today().plusMonths(10), 40_000L, 30, 14)));
    return ok(world.useCase(AcceptGrantUseCase.class).acceptGrant(new AcceptGrantCommand(treasurer, id(),
        List.of("chair"), "Registreringsbevis", 1L)));
  }

  private Either<Rejection, GrantFollowUp> pay(Actor signer, long kronor) {
    return world.useCase(RequestPayoutUseCase.class).requestPayout(new RequestPayoutCommand(signer, id(), kronor,
        null));
  }

  @Test
  void GRA_17_the_grantee_accepts_and_names_its_signatories() {
    GrantFollowUp accepted = openedAndAccepted();

    assertThat(accepted.acceptance().orElseThrow().acceptedBy()).isEqualTo("treasurer");
    assertThat(accepted.acceptance().orElseThrow().acceptedOn()).isEqualTo(world.today());
    assertThat(accepted.acceptance().orElseThrow().signatories()).containsExactly("chair");
    assertThat(world.psi.outbox().events(FollowUpEvent.GrantAccepted.class)).hasSize(1);
  }

  @Test
  void GRA_17_a_follow_up_is_opened_only_for_a_grant_and_only_once() {
    aGrant();
    var open = world.useCase(OpenGrantFollowUpUseCase.class);
    var command = new OpenGrantFollowUpCommand(areaHead, id(), world.today().plusMonths(10), 40_000L, 30, 14);
    ok(open.openGrantFollowUp(command));

    assertThat(open.openGrantFollowUp(command).getLeft()).isInstanceOfSatisfying(Rejection.IllegalState.class,
        refused -> assertThat(refused.messageKey()).isEqualTo("followup.alreadyOpen"));
    assertThat(open.openGrantFollowUp(new OpenGrantFollowUpCommand(areaHead, UUID.randomUUID(),
        world.today().plusMonths(10), 40_000L, 30, 14)).getLeft()).isInstanceOf(Rejection.NotFound.class);
  }

  @Test
  void GRA_17_money_is_paid_only_on_a_request_signed_by_a_signatory_and_never_more_than_granted() {
    openedAndAccepted();

    var unsigned = pay(treasurer, 10_000).getLeft();
    assertThat(unsigned).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        refused -> assertThat(refused.messageKey()).isEqualTo("followup.gra17.notSignatory"));
    ok(pay(chair, 30_000));
    var tooMuch = pay(chair, 10_001).getLeft();
    assertThat(tooMuch).isInstanceOfSatisfying(Rejection.RuleRefusal.class, refused -> {
      assertThat(refused.ruleId()).isEqualTo("GRA-17");
      assertThat(refused.explanation().render(Locale.ENGLISH))
          .contains("SEK 10,001").contains("SEK 30,000 of the SEK 40,000 granted is already paid");
    });
    GrantFollowUp paid = ok(pay(chair, 10_000));

    assertThat(paid.paid()).isEqualTo(Sek.of(40_000));
    assertThat(world.psi.grantSchemes().find(2022).get().paid()).isEqualTo(Sek.of(40_000));
    assertThat(world.psi.outbox().events(FollowUpEvent.GrantPaidOut.class)).hasSize(2);
  }

  @Test
  void GRA_17_no_money_is_paid_before_the_grant_is_accepted() {
    aGrant();
    ok(world.useCase(OpenGrantFollowUpUseCase.class).openGrantFollowUp(new OpenGrantFollowUpCommand(areaHead, id(),
        world.today().plusMonths(10), 40_000L, 30, 14)));

    assertThat(pay(chair, 10_000).getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        refused -> assertThat(refused.messageKey()).isEqualTo("followup.gra17.notAccepted"));
    assertThat(world.psi.grantSchemes().find(2022).get().paid()).isEqualTo(Sek.ZERO);
  }

  @Test
  void GRA_17_a_change_takes_effect_once_approved_and_a_report_waits_for_pending_changes() {
    openedAndAccepted();
    GrantFollowUp requested = ok(world.useCase(RequestProjectChangeUseCase.class).requestProjectChange(
        new RequestProjectChangeCommand(treasurer, id(), "Träffarna flyttas till biblioteket", null)));
    UUID change = requested.changes().get(0).id();
    assertThat(requested.changes().get(0).inEffect()).isFalse();
    var report = new SubmitFinalReportCommand(treasurer, id(), "Tolv träffar", 0L, 40_000L, null);
    assertThat(world.useCase(SubmitFinalReportUseCase.class).submitFinalReport(report).getLeft())
        .isInstanceOfSatisfying(Rejection.IllegalState.class,
            refused -> assertThat(refused.messageKey()).isEqualTo("followup.changePending"));

    GrantFollowUp decided = ok(world.useCase(DecideProjectChangeUseCase.class).decideProjectChange(
        new DecideProjectChangeCommand(areaHead, id(), change, true, "Samma verksamhet i en bättre lokal", null)));

    assertThat(decided.changes().get(0).inEffect()).isTrue();
    assertThat(world.useCase(DecideProjectChangeUseCase.class).decideProjectChange(new DecideProjectChangeCommand(
        areaHead, id(), change, false, "Ångrat", null)).getLeft()).isInstanceOf(Rejection.IllegalState.class);
    assertThat(world.useCase(DecideProjectChangeUseCase.class).decideProjectChange(new DecideProjectChangeCommand(
        treasurer, id(), change, true, "Godkänner själv", null)).getLeft()).isInstanceOf(Rejection.NotPermitted.class);
    ok(world.useCase(SubmitFinalReportUseCase.class).submitFinalReport(report));
  }

  @Test
  void GRA_17_the_report_is_checked_against_the_grant_and_unused_money_is_claimed_back_and_repaid() {
    openedAndAccepted();
    ok(pay(chair, 40_000));
    GrantFollowUp reported = ok(world.useCase(SubmitFinalReportUseCase.class).submitFinalReport(
        new SubmitFinalReportCommand(treasurer, id(), "Tolv träffar med fyrtio deltagare", 32_000L, 35_000L, null)));

    var explanation = reported.report().orElseThrow().explanation();
    assertThat(explanation.failedRuleIds()).containsExactly("GRA-17", "GRA-17");
    // Swedish groups thousands with a no-break space.
    assertThat(explanation.render(Locale.forLanguageTag("sv")).replace('\u00a0', ' '))
        .contains("8 000 kr av utbetalda 40 000 kr har inte använts")
        .contains("Medfinansieringen, 35 000 kr, är mindre än den utlovade (40 000 kr)");
    assertThat(world.psi.outbox().events(FollowUpEvent.FinalReportSubmitted.class)).singleElement()
        .satisfies(submitted -> assertThat(submitted.unusedKronor()).isEqualTo(8_000));

    var claim = world.useCase(ClaimRepaymentUseCase.class);
    assertThat(claim.claimRepayment(new ClaimRepaymentCommand(areaHead, id(), 40_001L,
        RepaymentClaim.Reason.UNUSED, "Mer än utbetalt", null)).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class,
            refused -> assertThat(refused.messageKey()).isEqualTo("followup.gra17.claimExceedsPaid"));
    GrantFollowUp claimed = ok(claim.claimRepayment(new ClaimRepaymentCommand(areaHead, id(), 8_000L,
        RepaymentClaim.Reason.UNUSED, "Medel som inte använts enligt slutrapporten", null)));
    UUID claimId = claimed.claims().get(0).id();
    GrantFollowUp repaid = ok(world.useCase(RecordRepaymentUseCase.class).recordRepayment(
        new RecordRepaymentCommand(administrator, id(), claimId, null)));

    assertThat(repaid.repaid()).isEqualTo(Sek.of(8_000));
    GrantScheme figures = world.psi.grantSchemes().find(2022).get();
    assertThat(figures.granted()).isEqualTo(Sek.of(40_000));
    assertThat(figures.paid()).isEqualTo(Sek.of(40_000));
    assertThat(figures.repaid()).isEqualTo(Sek.of(8_000));
    assertThat(world.useCase(RecordRepaymentUseCase.class).recordRepayment(
        new RecordRepaymentCommand(administrator, id(), claimId, null)).getLeft())
        .isInstanceOf(Rejection.IllegalState.class);
  }

  @Test
  void GRA_17_the_daily_job_reminds_from_the_lead_day_then_once_per_interval_until_the_report_arrives() {
    openedAndAccepted();
    var remind = world.useCase(RemindFinalReportsUseCase.class);
    var job = new FinalReportDutiesQuery(administrator);
    List<Integer> reminded = new ArrayList<>();
    world.clock.advance(Period.ofMonths(10).minusDays(31));
    for (int day = 0; day < 50; day++) {
      reminded.add(ok(remind.remindFinalReports(job)).size());
      world.clock.advance(Period.ofDays(1));
    }

    // Day 1 is 30 days before the due day: reminded then, and every 14 days (day 43 is 12 days overdue).
    List<Integer> expected = new ArrayList<>(java.util.Collections.nCopies(50, 0));
    expected.set(1, 1);
    expected.set(15, 1);
    expected.set(29, 1);
    expected.set(43, 1);
    assertThat(reminded).isEqualTo(expected);
    var events = world.psi.outbox().events(FollowUpEvent.FinalReportReminded.class);
    assertThat(events).extracting(FollowUpEvent.FinalReportReminded::overdue).containsExactly(false, false, false, true);
    ok(world.useCase(SubmitFinalReportUseCase.class).submitFinalReport(
        new SubmitFinalReportCommand(treasurer, id(), "Klart", 0L, 40_000L, null)));
    world.clock.advance(Period.ofDays(30));
    assertThat(ok(remind.remindFinalReports(job))).isEmpty();
    assertThat(remind.remindFinalReports(new FinalReportDutiesQuery(treasurer)).getLeft())
        .isInstanceOf(Rejection.NotPermitted.class);
  }

  @Test
  void GRA_17_GRA_8_the_follow_up_shows_the_presentation_owed_and_is_hidden_from_strangers() {
    openedAndAccepted();
    var get = world.useCase(GetGrantFollowUpUseCase.class);
    assertThat(ok(get.getGrantFollowUp(new GrantFollowUpQuery(chair, id()))).presentation()).isEmpty();
    var owed = PresentationObligation.owe(new PresentationObligationId(UUID.randomUUID()), granted.id().toString(),
        granted.project().title(), world.today(), Fixtures.eventMeta()).aggregate();
    world.psi.presentations().save(owed);

    var view = ok(get.getGrantFollowUp(new GrantFollowUpQuery(chair, id())));
    assertThat(view.followUp().applicationId()).isEqualTo(granted.id());
    assertThat(view.presentation()).contains(owed);

    var stranger = Actor.forOrganisation("stranger", Fixtures.anOrganisationNumber(),
        Role.PARTNER_ADMINISTRATOR);
    assertThat(get.getGrantFollowUp(new GrantFollowUpQuery(stranger, id())).getLeft())
        .isInstanceOf(Rejection.NotFound.class);
  }
}
