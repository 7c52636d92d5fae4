package se.psi.core.grant.domain;

import java.util.List;
import java.util.stream.Stream;
import se.psi.core.rules.Rule;
import se.psi.core.shared.Sek;

/**
 * The decision on delegation: formal eligibility and the criteria again, then the delegation (GRA-5) and jäv of
 * everyone who decides or takes part (GRA-7); a grant is charged to the appropriation (GRA-BUDGET).
 */
public final class GrantDecisionRules {

  /** GRA-5, GRA-7's facts: a decision about to be taken on the application, with the delegation and the scheme. */
  public record Deciding(GrantApplication application, GrantDecision draft, Delegation delegation,
      GrantScheme scheme) {

    GrantEligibilityRules.Eligibility eligibility() {
      return new GrantEligibilityRules.Eligibility(application.applicant(), application.project(), scheme);
    }

    GrantAssessmentRules.Judgements judgements() {
      return new GrantAssessmentRules.Judgements(application.judgements());
    }
  }

  /** GRA-7's facts: the application before jäv was checked again, and after. */
  public record Rechecked(GrantApplication before, GrantApplication after) {}

  /** GRA-5's facts: whether a caller holds a delegation to decide on the grant. */
  public record Decider(String personId, boolean holdsDelegation) {}

  /** GRA-BUDGET's facts: an amount about to be granted out of the scheme's appropriation. */
  public record Charge(GrantScheme scheme, Sek amount) {}

  /** GRA-5: the decider holds the delegation for grant decisions; GRA-14 judges its bounds. */
  public static final Rule<Deciding> GRA_5_DELEGATION = Rule.of("GRA-5", (d, ruleSet, is) ->
      d.delegation().heldBy(d.draft().decidedBy(), Delegation.GRANT_DECISIONS)
          ? is.met("grant.gra5.delegation", d.delegation().position(), d.delegation().fromCommittee(),
              d.delegation().id().toString())
          : is.notMet("decidedBy", "grant.gra5.noDelegation", d.delegation().id().toString(),
              d.draft().decidedOn()));

  /** GRA-7 holds for the decider, not only for the handling group. */
  public static final Rule<Deciding> GRA_7_DECIDER = Rule.of("GRA-7", (d, ruleSet, is) ->
      d.application().isDisqualified(d.draft().decidedBy())
          ? is.notMet("decidedBy", "grant.gra7.deciderDisqualified", d.draft().decidedBy())
          : is.met("grant.gra7.deciderQualified", d.draft().decidedBy()));

  /** GRA-7 holds for everyone who takes part in the decision. */
  public static final Rule<Deciding> GRA_7_PARTICIPANTS = Rule.of("GRA-7", (d, ruleSet, is) -> {
    List<String> disqualified = d.draft().participants().stream().filter(d.application()::isDisqualified).toList();
    return disqualified.isEmpty()
        ? is.met("grant.gra7.noneDisqualified")
        : is.notMet("participants", "grant.gra7.disqualifiedTakesPart", String.join(", ", disqualified));
  });

  /** GRA-5: the presenter of the proposal does not also decide. */
  public static final Rule<Deciding> GRA_5_NOT_PRESENTER = Rule.of("GRA-5", (d, ruleSet, is) ->
      d.application().proposal().filter(p -> p.presenter().equals(d.draft().decidedBy())).isPresent()
          ? is.notMet("decidedBy", "grant.gra5.presenterDecides", d.draft().decidedBy())
          : is.met("grant.gra5.separateDecider"));

  /** GRA-7: a presenter found disqualified when jäv is checked again makes the proposal fall. */
  public static final Rule<Rechecked> GRA_7_PROPOSAL_STANDS = Rule.of("GRA-7", (r, ruleSet, is) ->
      r.before().proposal().isPresent() && r.after().proposal().isEmpty()
          ? is.notMet("proposal", "grant.gra7.presenterDisqualified", r.before().proposal().get().presenter())
          : is.met("grant.gra7.proposalStands"));

  /** GRA-5: no one but the holder of a delegation decides. */
  public static final Rule<Decider> GRA_5_HOLDER = Rule.of("GRA-5", (decider, ruleSet, is) ->
      decider.holdsDelegation()
          ? is.met("grant.gra5.delegationHeld")
          : is.notMet("decidedBy", "grant.gra5.noDelegationHeld", decider.personId()));

  /** GRA-BUDGET: the sum granted in a scheme year never exceeds the appropriation (a rule of this library). */
  public static final Rule<Charge> GRA_BUDGET = Rule.of("GRA-BUDGET", (charge, ruleSet, is) -> {
    GrantScheme scheme = charge.scheme();
    return charge.amount().isMoreThan(scheme.remaining())
        ? is.notMet("amount", "grant.budget.exceeded", charge.amount().kronor(), scheme.granted().kronor(),
            scheme.appropriation().kronor(), scheme.year())
        : is.met("grant.budget.fits");
  });

  /** Who may decide, and with whom: refuses any decision, a grant or not. */
  public static final List<Rule<Deciding>> REFUSING_ANY_DECISION = Stream.of(
      List.of(GRA_5_DELEGATION, GRA_7_DECIDER, GRA_7_PARTICIPANTS, GRA_5_NOT_PRESENTER), GrantCaseRules.DECIDING)
      .flatMap(List::stream).toList();

  /** A new version of a decision (GRA-15): who may decide, and with whom, within the delegation's bounds. */
  public static final List<Rule<Deciding>> REVISING_A_DECISION = REFUSING_ANY_DECISION.stream()
      .filter(rule -> rule != GrantCaseRules.GRA_10).toList();

  /** A decision: formal eligibility and the criteria again (they refuse only a grant), then delegation and jäv. */
  public static final List<Rule<Deciding>> DECISION = Stream.of(
      GrantEligibilityRules.FORMAL_ELIGIBILITY.stream().map(rule -> rule.from(Deciding::eligibility)),
      GrantAssessmentRules.CRITERIA.stream().map(rule -> rule.from(Deciding::judgements)),
      REFUSING_ANY_DECISION.stream())
      .flatMap(rules -> rules).toList();

  /** The decision waits for a new proposal when its presenter turned out disqualified. */
  public static final List<Rule<Rechecked>> PROPOSAL_STANDING = List.of(GRA_7_PROPOSAL_STANDS);

  /** A caller about to decide holds a delegation. */
  public static final List<Rule<Decider>> HOLDING = List.of(GRA_5_HOLDER);

  /** Charging a grant to the appropriation. */
  public static final List<Rule<Charge>> BUDGET = List.of(GRA_BUDGET);

  /** Every rule of the decision, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(GRA_5_DELEGATION, GRA_7_DECIDER, GRA_7_PARTICIPANTS,
      GRA_5_NOT_PRESENTER, GRA_7_PROPOSAL_STANDS, GRA_5_HOLDER, GRA_BUDGET);

  private GrantDecisionRules() {}
}
