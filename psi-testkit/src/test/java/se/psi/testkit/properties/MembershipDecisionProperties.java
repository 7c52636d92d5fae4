package se.psi.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.MembershipDecision;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.rules.CountRange;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.gen.DateGenerators;
import se.psi.testkit.gen.MembershipGenerators;
import se.psi.testkit.gen.MembershipGenerators.ApplicationDraft;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

/** MEM-3 and PRI-1 over generated applications, decided on any day under the Örebro ruleset in force then. */
class MembershipDecisionProperties {

  @Test
  void PRI_1_applications_that_differ_only_in_name_and_identifiers_get_the_same_decision() {
    qt().forAll(MembershipGenerators.applications(), DateGenerators.anyDay()).checkAssert((draft, day) -> {
      MembershipDecision original = decide(draft, rulesOn(day), day);
      MembershipDecision renamed = decide(renamed(draft), rulesOn(day), day);

      assertThat(renamed.outcome()).isEqualTo(original.outcome());
      assertThat(renamed.explanation().evaluations()).extracting(e -> e.ruleId() + ":" + e.verdict())
          .isEqualTo(original.explanation().evaluations().stream().map(e -> e.ruleId() + ":" + e.verdict()).toList());
    });
  }

  @Test
  void MEM_3_a_complete_application_under_any_ruleset_that_admits_its_kind_is_admitted() {
    List<RuleSet> all = OrebroRuleSets.all();
    qt().forAll(MembershipGenerators.completeApplications(), SourceDSL.integers().between(0, all.size() - 1))
        .assuming((draft, index) -> all.get(index).admits(draft.organisation().kind())
            && all.get(index).inForceOn(decisionDay(draft, all.get(index))))
        .checkAssert((draft, index) -> {
          RuleSet ruleSet = all.get(index);
          assertThat(decide(draft, ruleSet, decisionDay(draft, ruleSet)).outcome())
              .isEqualTo(MembershipOutcome.ADMITTED);
        });
  }

  /** Complete means complete when decided: not before the board decision (MEM-4) nor the ruleset's first day. */
  private static LocalDate decisionDay(ApplicationDraft draft, RuleSet ruleSet) {
    LocalDate board = draft.boardDecision().orElseThrow().date();
    return board.isAfter(ruleSet.validFrom()) ? board : ruleSet.validFrom();
  }

  /**
   * From 2022 on, every kind of organisation may apply (MEM-1) and every generated board decision (2014-2021) lies
   * before the day of the decision (MEM-4), so what is missing is exactly what the application lacks.
   */
  @Test
  void MEM_3_an_incomplete_decision_names_every_missing_prerequisite_and_nothing_else() {
    qt().forAll(MembershipGenerators.applications(),
        DateGenerators.daysBetween(LocalDate.of(2022, 1, 1), DateGenerators.YEARS_AHEAD)).checkAssert((draft, day) -> {
          RuleSet rules = rulesOn(day);
          MembershipDecision decision = decide(draft, rules, day);

          assertThat(decision.explanation().failedRuleIds()).isEqualTo(expectedMissing(draft, rules));
          assertThat(decision.outcome()).isEqualTo(
              expectedMissing(draft, rules).isEmpty() ? MembershipOutcome.ADMITTED : MembershipOutcome.INCOMPLETE);
        });
  }

  @Test
  void the_same_application_under_the_same_ruleset_always_gets_the_same_decision() {
    qt().forAll(MembershipGenerators.applications(), DateGenerators.anyDay()).checkAssert((draft, day) -> {
      MembershipApplication application = toApplication(draft, day);
      MembershipDecision first = decide(application, rulesOn(day), day);
      MembershipDecision second = decide(application, rulesOn(day), day);

      assertThat(second.outcome()).isEqualTo(first.outcome());
      assertThat(second.explanation()).isEqualTo(first.explanation());
    });
  }

  @Test
  void a_ruleset_that_takes_effect_tomorrow_never_changes_todays_decision() {
    qt().withExamples(40).forAll(MembershipGenerators.applications(), DateGenerators.anyDay())
        .checkAssert((draft, today) -> {
          RuleSetRegistry withTomorrow = replacedFrom(today.plusDays(1), refusingEverything(today.plusDays(1)));
          MembershipDecision underToday = decideThroughUseCases(draft, OrebroRuleSets.registry(), today);
          MembershipDecision withTomorrowRegistered = decideThroughUseCases(draft, withTomorrow, today);

          assertThat(withTomorrowRegistered.outcome()).isEqualTo(underToday.outcome());
          assertThat(withTomorrowRegistered.explanation()).isEqualTo(underToday.explanation());
        });
  }

  /**
   * The Örebro rulesets as an integrator would replace them from {@code from}: those that began before it kept, the
   * one in force the day before ending then, and {@code next} in force from that day on.
   */
  private static RuleSetRegistry replacedFrom(LocalDate from, RuleSet next) {
    List<RuleSet> kept = new ArrayList<>();
    for (RuleSet ruleSet : OrebroRuleSets.all()) {
      if (ruleSet.validFrom().isBefore(from)) {
        kept.add(ruleSet.inForceOn(from)
            ? RuleSet.builder().from(ruleSet).validUntil(from.minusDays(1)).build() : ruleSet);
      }
    }
    kept.add(next);
    return RuleSetRegistry.of(OrebroRuleSets.PARTNERSHIP, kept);
  }

  /** What the application lacks; MEM-6's municipal duties only where the ruleset asks for them. */
  private static List<String> expectedMissing(ApplicationDraft draft, RuleSet rules) {
    List<String> missing = new ArrayList<>();
    boolean municipality = draft.organisation().kind() == OrganisationKind.MUNICIPALITY
        && rules.municipalityDutiesRequired();
    if (draft.boardDecision().isEmpty()) {
      missing.add("MEM-4");
    }
    if (draft.contactPerson().isEmpty()) {
      missing.add("MEM-5");
    }
    // MEM-6 is one rule: one failure however many of the municipality's duties are missing.
    if (municipality && (draft.contactPerson().filter(ContactPersonDetails::official).isEmpty()
        || draft.politicalAssembly().isEmpty())) {
      missing.add("MEM-6");
    }
    return missing;
  }

  private static ApplicationDraft renamed(ApplicationDraft draft) {
    OrganisationDetails o = draft.organisation();
    return new ApplicationDraft(
        new OrganisationDetails(Fixtures.anOrganisationNumber().toString(), "Annat namn", o.kind(), o.municipality()),
        draft.boardDecision().map(b -> new BoardDecisionDetails(b.date(), "Årsmötet", "Dnr 99")),
        draft.contactPerson().map(c -> new ContactPersonDetails("Alex Annan", "Kassör", "alex@example.org", null,
            c.official())),
        draft.politicalAssembly().map(a -> "Kommunfullmäktige"));
  }

  private static MembershipDecision decide(ApplicationDraft draft, RuleSet ruleSet, LocalDate on) {
    return decide(toApplication(draft, on), ruleSet, on);
  }

  private static RuleSet rulesOn(LocalDate day) {
    return OrebroRuleSets.registry().inForceOn(day).get();
  }

  private static MembershipDecision decide(MembershipApplication application, RuleSet ruleSet, LocalDate on) {
    return application.decide(ruleSet, on, "au", new PartnerId(UUID.randomUUID()), Fixtures.eventMeta()).get()
        .decision();
  }

  /** The application as submitted on {@code day}. */
  private static MembershipApplication toApplication(ApplicationDraft draft, LocalDate day) {
    return MembershipApplication.submit(new MembershipApplicationId(UUID.randomUUID()),
        draft.organisation().toOrganisation(), draft.boardDecision().map(BoardDecisionDetails::toBoardDecision),
        draft.contactPerson().map(c -> c.toContactPerson(new ContactPersonId(UUID.randomUUID()))),
        draft.politicalAssembly(), java.util.Optional.empty(), day, Fixtures.eventMeta()).application();
  }

  private static MembershipDecision decideThroughUseCases(ApplicationDraft draft, RuleSetRegistry registry,
      LocalDate today) {
    InMemoryPsi psi = InMemoryPsi.create(TestClock.at(today), new SequentialIds(), registry);
    var applied = psi.useCase(ApplyForMembershipUseCase.class).applyForMembership(draft.command()).get();
    return psi.useCase(DecideMembershipUseCase.class).decideMembership(
        new DecideMembershipCommand(Actor.of("au", Role.COMMITTEE_MEMBER), applied.id().value(), null)).get()
        .latestDecision().get();
  }

  private static RuleSet refusingEverything(LocalDate from) {
    return RuleSet.builder().partnership(OrebroRuleSets.PARTNERSHIP).version("stricter-" + from).validFrom(from)
        .source("a ruleset that admits no one, to show it cannot reach back")
        .admittedKinds(EnumSet.noneOf(OrganisationKind.class)).municipalityDutiesRequired(true)
        .contactVacancyGracePeriod(Period.ofDays(1)).contactReminderInterval(Period.ofDays(1))
        .civilSocietyMajorityRequired(true).usualCommitteeSize(CountRange.between(7, 8))
        .committeeMeetingIntervalWeeks(3).committeeConvenor("Region Örebro län").build();
  }
}
