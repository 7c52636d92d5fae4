package se.psi.core.grant.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.psi.core.grant.domain.GrantFacts.Charge;
import se.psi.core.grant.domain.GrantFacts.Decider;
import se.psi.core.grant.domain.GrantFacts.Deciding;
import se.psi.core.grant.domain.GrantFacts.Eligibility;
import se.psi.core.grant.domain.GrantFacts.Group;
import se.psi.core.grant.domain.GrantFacts.Joining;
import se.psi.core.grant.domain.GrantFacts.Judgements;
import se.psi.core.grant.domain.GrantFacts.Outcome;
import se.psi.core.grant.domain.GrantFacts.Participant;
import se.psi.core.grant.domain.GrantFacts.Rechecked;
import se.psi.core.grant.domain.GrantValues.Criterion;
import se.psi.core.grant.domain.GrantValues.GrantOutcome;
import se.psi.core.grant.domain.GrantValues.Judged;
import se.psi.core.grant.domain.GrantValues.Judgement;
import se.psi.core.grant.domain.GrantValues.MemberRole;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.Rule;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;
import se.psi.core.rules.Verdicts;
import se.psi.core.shared.Sek;

/**
 * The grant's rules, listed per decision: formal eligibility (GRA-1 applicant and amount, GRA-2 the project
 * described), which is automatic; the criteria (GRA-3), which only count people's judgements; who takes part in
 * the handling (GRA-4, GRA-7); a consistent outcome (GRA-6); the decision on delegation (GRA-5, GRA-7); and the
 * appropriation (GRA-BUDGET).
 */
public final class GrantRules {

  /** GRA-1: the ruleset admits the applicant's sector. */
  public static final Rule<Eligibility> GRA_1_SECTOR = Rule.of("GRA-1", (facts, ruleSet, is) -> {
    Organisation applicant = facts.applicant();
    return ruleSet.grantApplicantSectors().contains(applicant.sector())
        ? is.met("grant.gra1.civilSociety", applicant.name(), applicant.sector())
        : is.notMet("applicant", "grant.gra1.notCivilSociety", applicant.name(), applicant.sector(),
            ruleSet.version());
  });

  /** GRA-2: the application describes the project; one evaluation per missing part, or one saying it is complete. */
  public static final Rule<Eligibility> GRA_2 = Rule.each("GRA-2",
      (facts, ruleSet, is) -> GrantDescriptionRule.missingParts(facts.project(), is));

  /** GRA-1: the amount applied for lies within the scheme's limits. */
  public static final Rule<Eligibility> GRA_1_AMOUNT = Rule.of("GRA-1", (facts, ruleSet, is) -> {
    GrantScheme scheme = facts.scheme();
    long min = scheme.minimumAmount().kronor();
    long max = scheme.maximumAmount().kronor();
    return facts.project().requested()
        .map(amount -> amount.compareTo(scheme.minimumAmount()) >= 0 && amount.compareTo(scheme.maximumAmount()) <= 0
            ? is.met("grant.gra1.amountWithin", amount.kronor(), min, max)
            : is.notMet("project.requested", "grant.gra1.amountOutside", amount.kronor(), min, max))
        .orElseGet(() -> is.notApplicable("grant.gra1.noAmount"));
  });

  /**
   * GRA-3: each criterion as the qualified members judged it: met when more judged it met than not, not met
   * otherwise, and needing judgement while no one has judged it. The library never guesses.
   */
  public static final Rule<Judgements> GRA_3 = Rule.each("GRA-3", (facts, ruleSet, is) -> {
    List<Evaluation> evaluations = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      evaluations.add(criterion(criterion, facts.judgements(), is));
    }
    return evaluations;
  });

  /** GRA-4: the handling group is the advisory team and exactly one official of the Region. */
  public static final Rule<Group> GRA_4_COMPOSITION = Rule.of("GRA-4", (group, ruleSet, is) ->
      group.officials() == 1 && group.advisers() >= 1
          ? is.met("grant.gra4.compositionHolds")
          : is.notMet("handlingGroup", "grant.gra4.composition", group.advisers(), group.officials()));

  /** GRA-4: a member joins once, and the group keeps its one official of the Region. */
  public static final Rule<Joining> GRA_4_JOINING = Rule.of("GRA-4", (joining, ruleSet, is) -> {
    List<GrantValues.HandlingGroupMember> group = joining.application().handlingGroup();
    if (group.stream().anyMatch(m -> m.personId().equals(joining.member().personId()))) {
      return is.notMet("member.personId", "grant.gra4.alreadyMember", joining.member().personId());
    }
    if (joining.member().role() == MemberRole.REGION_OFFICIAL) {
      long advisers = group.stream().filter(m -> m.role() == MemberRole.ADVISER).count();
      return is.notMet("member.role", "grant.gra4.composition", advisers, group.size() - advisers + 1);
    }
    return is.met("grant.gra4.mayJoin");
  });

  /** GRA-4: only a member of the handling group takes part. */
  public static final Rule<Participant> GRA_4_MEMBER = Rule.of("GRA-4", (p, ruleSet, is) ->
      p.application().handlingGroup().stream().anyMatch(m -> m.personId().equals(p.personId()))
          ? is.met("grant.gra4.member")
          : is.notMet("personId", "grant.gra4.notMember", p.personId()));

  /** GRA-7: a disqualified person takes no part. */
  public static final Rule<Participant> GRA_7_TAKES_NO_PART = Rule.of("GRA-7", (p, ruleSet, is) ->
      p.application().isDisqualified(p.personId())
          ? is.notMet("personId", "grant.gra7.disqualified", p.personId())
          : is.met("grant.gra7.notDisqualified"));

  /** GRA-7: no one found or declared disqualified can declare that there is no jäv. */
  public static final Rule<Participant> GRA_7_CONFLICT_STANDS = Rule.of("GRA-7", (p, ruleSet, is) ->
      p.application().isDisqualified(p.personId())
          ? is.notMet("conflict", "grant.gra7.conflictStands", p.personId())
          : is.met("grant.gra7.notDisqualified"));

  /** GRA-7: each person declares "no jäv" before judging or drafting. */
  public static final Rule<Participant> GRA_7_DECLARED = Rule.of("GRA-7", (p, ruleSet, is) ->
      p.application().hasDeclaredNoConflict(p.personId())
          ? is.met("grant.gra7.declared")
          : is.notMet("conflictDeclaration", "grant.gra7.notDeclared", p.personId()));

  /** GRA-6: an amount only with a grant, at most what was applied for; a referral says to whom and why. */
  public static final Rule<Outcome> GRA_6 = Rule.of("GRA-6", (o, ruleSet, is) -> {
    if (o.outcome() == GrantOutcome.GRANTED) {
      boolean fits = o.amount().filter(a -> a.kronor() > 0)
          .filter(a -> o.requested().map(r -> !a.isMoreThan(r)).orElse(false)).isPresent();
      if (!fits) {
        return is.notMet("amount", "grant.gra6.amount", o.amount().map(Sek::kronor).orElse(0L),
            o.requested().map(Sek::kronor).orElse(0L));
      }
    } else if (o.amount().isPresent()) {
      return is.notMet("amount", "grant.gra6.amountWithoutGrant", o.outcome());
    }
    return o.outcome() == GrantOutcome.REFERRED && !o.referral()
        ? is.notMet("referral", "grant.gra6.referralRequired")
        : is.met("grant.gra6.consistent");
  });

  /** GRA-5: the decider holds a valid delegation for grant decisions on the day. */
  public static final Rule<Deciding> GRA_5_DELEGATION = Rule.of("GRA-5", (d, ruleSet, is) ->
      d.delegation().allows(d.draft().decidedBy(), Delegation.GRANT_DECISIONS, d.draft().decidedOn())
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

  /** Formal eligibility, in the order it is explained. */
  public static final List<Rule<Eligibility>> FORMAL_ELIGIBILITY = List.of(GRA_1_SECTOR, GRA_2, GRA_1_AMOUNT);

  /** The criteria summary. */
  public static final List<Rule<Judgements>> CRITERIA = List.of(GRA_3);

  /** A person taking part in a step of the handling (judging, asking for completion, drafting the proposal). */
  public static final List<Rule<Participant>> TAKING_PART = List.of(GRA_7_TAKES_NO_PART, GRA_4_MEMBER);

  /** A decision: formal eligibility and the criteria again, then delegation and jäv. */
  public static final List<Rule<Deciding>> DECISION = Stream.of(
      FORMAL_ELIGIBILITY.stream().map(rule -> rule.from(Deciding::eligibility)),
      CRITERIA.stream().map(rule -> rule.from(Deciding::judgements)),
      Stream.of(GRA_5_DELEGATION, GRA_7_DECIDER, GRA_7_PARTICIPANTS, GRA_5_NOT_PRESENTER))
      .flatMap(rules -> rules).toList();

  /** The rules that refuse any decision; the others refuse only a grant. */
  public static final List<Rule<Deciding>> REFUSING_ANY_DECISION =
      List.of(GRA_5_DELEGATION, GRA_7_DECIDER, GRA_7_PARTICIPANTS, GRA_5_NOT_PRESENTER);

  /** Every rule of the grant feature, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(GRA_1_SECTOR, GRA_2, GRA_1_AMOUNT, GRA_3, GRA_4_COMPOSITION,
      GRA_4_JOINING, GRA_4_MEMBER, GRA_7_TAKES_NO_PART, GRA_7_CONFLICT_STANDS, GRA_7_DECLARED, GRA_6,
      GRA_5_DELEGATION, GRA_7_DECIDER, GRA_7_PARTICIPANTS, GRA_5_NOT_PRESENTER, GRA_7_PROPOSAL_STANDS, GRA_5_HOLDER,
      GRA_BUDGET);

  private GrantRules() {}

  /** GRA-1, GRA-2: every formal requirement, each missing part named with its field. */
  public static Explanation formalEligibility(Organisation applicant, ProjectDescription project, GrantScheme scheme,
      RuleSet ruleSet, java.time.LocalDate on) {
    return Rules.explain(FORMAL_ELIGIBILITY, new Eligibility(applicant, project, scheme), ruleSet, on);
  }

  private static Evaluation criterion(Criterion criterion, List<Judgement> judgements, Verdicts is) {
    List<Judgement> of = judgements.stream().filter(j -> j.criterion() == criterion).toList();
    long met = of.stream().filter(j -> j.verdict() == Judged.MET).count();
    long notMet = of.size() - met;
    String judges = String.join(", ", of.stream().map(Judgement::personId).toList());
    if (of.isEmpty()) {
      return is.needsJudgement("grant.gra3.unjudged", criterion);
    }
    return met > notMet
        ? is.met("grant.gra3.met", criterion, met, notMet, judges)
        : is.notMet("criteria", "grant.gra3.notMet", criterion, met, notMet, judges);
  }
}
