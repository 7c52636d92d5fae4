package se.psi.core.grant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.psi.core.grant.domain.GrantAssessmentRules.Outcome;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.Sek;

/** The grant's rules that are judged in a step of their own; the others are tested through the application. */
class GrantRulesTest {

  private static final Optional<Sek> REQUESTED = Optional.of(Sek.of(50_000));
  private final GrantScheme scheme = GrantScheme.builder().year(2022).appropriation(Sek.of(100_000))
      .minimumAmount(Sek.of(10_000)).maximumAmount(Sek.of(60_000)).guidelines("Kulturnämnden")
      .granted(Sek.of(80_000)).version(1).build();

  @Test
  void GRA_6_an_amount_only_with_a_grant_at_most_what_was_applied_for_and_a_referral_says_to_whom() {
    assertThat(gra6(GrantOutcome.GRANTED, Optional.of(Sek.of(50_000)), false).verdict()).isEqualTo(Verdict.MET);
    assertThat(gra6(GrantOutcome.GRANTED, Optional.of(Sek.of(60_000)), false).messageKey())
        .isEqualTo("grant.gra6.amount");
    assertThat(gra6(GrantOutcome.REFERRED, Optional.of(Sek.of(1)), true).messageKey())
        .isEqualTo("grant.gra6.amountWithoutGrant");
    assertThat(gra6(GrantOutcome.REFERRED, Optional.empty(), false).messageKey())
        .isEqualTo("grant.gra6.referralRequired");
    assertThat(gra6(GrantOutcome.REFERRED, Optional.empty(), true).verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void GRA_BUDGET_a_grant_fits_within_what_remains_of_the_appropriation() {
    assertThat(budget(Sek.of(20_000)).verdict()).isEqualTo(Verdict.MET);
    Evaluation exceeded = budget(Sek.of(20_001));
    assertThat(exceeded.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(exceeded.args()).containsExactly(20_001L, 80_000L, 100_000L, 2022);
  }

  private static Evaluation gra6(GrantOutcome outcome, Optional<Sek> amount, boolean referral) {
    return GrantAssessmentRules.GRA_6.evaluate(new Outcome(outcome, amount, referral, REQUESTED), null).get(0);
  }

  private Evaluation budget(Sek amount) {
    return GrantDecisionRules.GRA_BUDGET.evaluate(new GrantDecisionRules.Charge(scheme, amount), null).get(0);
  }
}
