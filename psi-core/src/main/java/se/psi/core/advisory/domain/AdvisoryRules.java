package se.psi.core.advisory.domain;

import java.util.List;
import se.psi.core.rules.Rule;
import se.psi.core.shared.OrganisationKind;

/** The rules of advice and method support. */
public final class AdvisoryRules {

  /** ADV-1's facts: the organisation asking for advice. */
  public record Asking(String name, OrganisationKind kind) {}

  /** ADV-1: advice for civil society and the social economy, whether or not they are parties. */
  public static final Rule<Asking> ADV_1 = Rule.of("ADV-1", (asking, ruleSet, is) ->
      asking.kind().sector().isNonProfit()
          ? is.met("advisory.adv1.met", asking.name(), asking.kind().sector())
          : is.notMet("organisationKind", "advisory.adv1.notNonProfit", asking.name(), asking.kind().sector()));

  /** ADV-2: an outcome names to whom and why exactly when it is a referral. */
  public static final Rule<AdvisoryCase.Outcome> ADV_2 = Rule.of("ADV-2", (outcome, ruleSet, is) ->
      (outcome.kind() == AdvisoryCase.OutcomeKind.REFERRAL) == outcome.referral().isPresent()
          ? is.met("advisory.adv2.referralComplete")
          : is.notMet("referral", "advisory.adv2.referralNeedsParty"));

  /** Opening a case. */
  public static final List<Rule<Asking>> ELIGIBILITY = List.of(ADV_1);

  /** Recording an outcome. */
  public static final List<Rule<AdvisoryCase.Outcome>> RECORDING = List.of(ADV_2);

  /** Every rule of the advisory feature, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(ADV_1, ADV_2);

  private AdvisoryRules() {}
}
