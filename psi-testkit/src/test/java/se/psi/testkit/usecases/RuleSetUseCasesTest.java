package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.testkit.usecases.PsiWorld.ok;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.psi.core.rules.CountRange;
import se.psi.core.rules.CoveredPeriod;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.rulesets.port.in.CheckProposedRuleSetsQuery;
import se.psi.core.rulesets.port.in.CheckProposedRuleSetsUseCase;
import se.psi.core.rulesets.port.in.CheckRuleSetsQuery;
import se.psi.core.rulesets.port.in.CheckRuleSetsUseCase;
import se.psi.core.rulesets.port.in.RuleSetDetails;
import se.psi.core.rulesets.port.in.RuleSetReport;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Violation;
import se.psi.core.rules.Rejection;

/** RULESETS: the checks of the rulesets, on the core's own and on a proposal for the next ones. */
class RuleSetUseCasesTest {

  private final PsiWorld world = new PsiWorld("2026-12-02");

  @Test
  void RULESETS_anyone_sees_the_rulesets_their_coverage_until_replaced_and_that_nothing_was_found() {
    RuleSetReport report = ok(world.useCase(CheckRuleSetsUseCase.class)
        .checkRuleSets(new CheckRuleSetsQuery(Actor.of("anyone"))));

    assertThat(report.partnership()).isEqualTo(OrebroRuleSets.PARTNERSHIP);
    assertThat(report.rulesets()).extracting(RuleSet::version).containsExactly("orebro-2015", "orebro-2016",
        "orebro-2019", "orebro-2021", "orebro-2022", "orebro-2023");
    assertThat(report.coverage()).containsExactly(new CoveredPeriod(LocalDate.of(2015, 1, 1), Optional.empty()));
    assertThat(report.partnershipEnds()).isEmpty();
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void RULESET_4_a_partnership_declared_to_end_shows_its_end_and_its_last_covered_day() {
    RuleSetRegistry ending = RuleSetRegistry.builder(OrebroRuleSets.PARTNERSHIP)
        .addAll(OrebroRuleSets.all().subList(0, 5)).endsOn(LocalDate.of(2022, 12, 31)).build();
    PsiWorld endingWorld = new PsiWorld("2022-03-01", ending);

    RuleSetReport report = ok(endingWorld.useCase(CheckRuleSetsUseCase.class)
        .checkRuleSets(new CheckRuleSetsQuery(Actor.of("anyone"))));

    assertThat(report.partnershipEnds()).containsExactly(LocalDate.of(2022, 12, 31));
    assertThat(report.coverage()).containsExactly(
        new CoveredPeriod(LocalDate.of(2015, 1, 1), Optional.of(LocalDate.of(2022, 12, 31))));
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void RULESETS_a_proposed_next_ruleset_that_holds_is_reported_and_nothing_is_registered() {
    List<RuleSet> proposal = withNext(next2027().build());

    RuleSetReport report = ok(world.useCase(CheckProposedRuleSetsUseCase.class).checkProposedRuleSets(
        CheckProposedRuleSetsQuery.of(PsiWorld.administrator(), proposal, List.of())));

    assertThat(report.findings()).isEmpty();
    assertThat(report.rulesets()).last().satisfies(r -> assertThat(r.version()).isEqualTo("orebro-2027"));
    assertThat(report.coverage()).containsExactly(new CoveredPeriod(LocalDate.of(2015, 1, 1), Optional.empty()));
    assertThat(world.psi.core().useCase(CheckRuleSetsUseCase.class)
        .checkRuleSets(new CheckRuleSetsQuery(Actor.of("anyone"))).get().rulesets()).hasSize(6);
  }

  @Test
  void RULESET_5_a_proposal_with_contradictions_and_a_gap_is_refused_with_every_finding_pointing_into_it() {
    List<RuleSet> proposal = withNext(next2027().validFrom(LocalDate.of(2027, 3, 1))
        .generalMeetingsPerYear(CountRange.between(4, 2)).contactVacancyGracePeriod(Period.ZERO).build());

    var refused = world.useCase(CheckProposedRuleSetsUseCase.class).checkProposedRuleSets(
        CheckProposedRuleSetsQuery.of(PsiWorld.committeeMember(), proposal, List.of()));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.InvalidInput.class, invalid -> {
      assertThat(invalid.violations()).extracting(Violation::ruleId)
          .containsExactly("RULESET-5", "RULESET-5", "RULESET-3");
      assertThat(invalid.violations()).extracting(Violation::field).containsExactly(
          "rulesets[6].generalMeetingsPerYear", "rulesets[6].contactVacancyGracePeriod", "rulesets[6].validFrom");
      assertThat(invalid.violations()).allSatisfy(v -> assertThat(v.args().get(0)).isEqualTo("orebro-2027"));
    });
  }

  @Test
  void RULESETS_a_proposal_s_shape_is_checked_first_with_the_field_of_every_problem() {
    RuleSetDetails sound = RuleSetDetails.of(OrebroRuleSets.all().get(0));
    RuleSetDetails broken = new RuleSetDetails(sound.partnership(), " ", sound.validFrom(), sound.validUntil(),
        sound.source(), sound.admittedKinds(), false, null, "three months", sound.contactReminderInterval(), true,
        sound.usualCommitteeSize(), 3, sound.committeeConvenor(), null, null, null, null, null, null);

    var refused = world.useCase(CheckProposedRuleSetsUseCase.class).checkProposedRuleSets(
        new CheckProposedRuleSetsQuery(PsiWorld.administrator(), List.of(broken), null));

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.InvalidInput.class, invalid ->
        assertThat(invalid.violations()).extracting(Violation::field, Violation::messageKey).containsExactly(
            org.assertj.core.groups.Tuple.tuple("rulesets[0].contactVacancyGracePeriod", "ruleset.periodFormat"),
            org.assertj.core.groups.Tuple.tuple("rulesets[0].version", "constraint.NotBlank")));
  }

  @Test
  void RULESETS_a_ruleset_given_as_details_is_the_same_ruleset() {
    assertThat(OrebroRuleSets.all()).allSatisfy(ruleSet ->
        assertThat(RuleSetDetails.of(ruleSet).toRuleSet()).isEqualTo(ruleSet));
  }

  @Test
  void RULESETS_only_the_committee_and_administrators_check_a_proposal() {
    var refused = world.useCase(CheckProposedRuleSetsUseCase.class).checkProposedRuleSets(
        CheckProposedRuleSetsQuery.of(Actor.of("anyone"), OrebroRuleSets.all(), List.of()));

    assertThat(refused.getLeft()).isInstanceOf(Rejection.NotPermitted.class);
  }

  /** The shipped rulesets with the latest ending the day before {@code next} starts, as an integrator would. */
  private static List<RuleSet> withNext(RuleSet next) {
    List<RuleSet> rulesets = new ArrayList<>(OrebroRuleSets.all());
    RuleSet latest = rulesets.remove(rulesets.size() - 1);
    rulesets.add(RuleSet.builder().from(latest).validUntil(LocalDate.of(2026, 12, 31)).build());
    rulesets.add(next);
    return rulesets;
  }

  private static RuleSet.Builder next2027() {
    RuleSet.Builder next = RuleSet.builder();
    next.from(OrebroRuleSets.all().get(5)).version("orebro-2027").validFrom(LocalDate.of(2027, 1, 1))
        .source("A proposal for the rules from 2027");
    return next;
  }
}
