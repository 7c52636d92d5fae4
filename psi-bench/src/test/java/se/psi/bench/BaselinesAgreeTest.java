package se.psi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipFacts;
import se.psi.core.membership.domain.MembershipRules;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.OrganisationKind;
import se.psi.testkit.fixtures.Fixtures;

/** A baseline is only a baseline if it decides the same: same outcome, same rules failed, as the library. */
class BaselinesAgreeTest {

  private static final LocalDate ON = LocalDate.of(2016, 6, 1);

  @Test
  void the_hand_written_and_the_drools_decisions_agree_with_the_library_on_every_benchmark_case() {
    RuleSet rules = OrebroRuleSets.registry().inForceOn(ON).get();
    DroolsMembership drools = new DroolsMembership();
    List<MembershipApplication> cases = List.of(
        Fixtures.aCompleteApplication(Fixtures.anAssociation()),
        Fixtures.aBareApplication(Fixtures.anAssociation()),
        Fixtures.aCompleteApplication(Fixtures.aMunicipality()),
        Fixtures.aBareApplication(Fixtures.aMunicipality()),
        Fixtures.aCompleteApplication(Fixtures.anOrganisation(OrganisationKind.COMPANY, "Bruksföretaget AB")));

    for (MembershipApplication application : cases) {
      Explanation library = Explanation.of(MembershipRules.ALL, new MembershipFacts(application, ON), rules, ON);
      List<String> failed = library.evaluations().stream().filter(e -> e.verdict() == Verdict.NOT_MET)
          .map(e -> e.ruleId()).sorted().toList();
      for (HandWrittenRules.Decision baseline : List.of(HandWrittenRules.membership(application, rules, ON),
          drools.decide(application, rules, ON))) {
        assertThat(baseline.outcome()).isEqualTo(MembershipRules.outcomeOf(library));
        assertThat(baseline.reasons()).hasSameSizeAs(library.evaluations());
        assertThat(baseline.reasons().stream().filter(r -> !r.met()).map(HandWrittenRules.Reason::ruleId).sorted())
            .containsExactlyElementsOf(failed);
      }
    }
  }

  @Test
  void the_hand_written_grant_eligibility_finds_the_same_rules_failing_as_the_library() {
    RuleSet rules = OrebroRuleSets.registry().inForceOn(LocalDate.of(2022, 3, 1)).get();
    var scheme = se.psi.testkit.fixtures.GrantFixtures.aScheme2022();
    var applicant = se.psi.testkit.fixtures.GrantFixtures.anAssociationApplying();
    for (var project : List.of(se.psi.testkit.fixtures.GrantFixtures.aDescribedProject(40_000),
        se.psi.testkit.fixtures.GrantFixtures.anEmptyProject(),
        se.psi.testkit.fixtures.GrantFixtures.aDescribedProject(500_000))) {
      Explanation library = se.psi.core.grant.domain.GrantRules.formalEligibility(applicant, project, scheme, rules,
          LocalDate.of(2022, 3, 1));
      List<HandWrittenRules.Reason> baseline = HandWrittenRules.grantEligibility(applicant, project, scheme, rules);

      assertThat(baseline.stream().filter(r -> !r.met()).map(HandWrittenRules.Reason::ruleId).distinct().sorted())
          .containsExactlyElementsOf(library.failedRuleIds().stream().distinct().sorted().toList());
    }
  }
}
