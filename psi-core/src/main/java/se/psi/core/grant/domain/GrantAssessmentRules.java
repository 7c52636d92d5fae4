package se.psi.core.grant.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Rule;
import se.psi.core.rules.Verdicts;
import se.psi.core.shared.Sek;

/**
 * The handling group's assessment: the criteria, which only count people's judgements (GRA-3); who takes part
 * (GRA-4, GRA-7); and a consistent outcome for a proposal or a decision (GRA-6).
 */
public final class GrantAssessmentRules {

  /** GRA-3's facts: the judgements of the criteria so far. */
  public record Judgements(List<Judgement> judgements) {}

  /** GRA-4, GRA-7's facts: a person about to take part in the handling of an application. */
  public record Participant(GrantApplication application, String personId) {}

  /** GRA-4's facts: a member about to join the handling group. */
  public record Joining(GrantApplication application, HandlingGroupMember member) {}

  /** GRA-4's facts: the handling group's composition as it would be. */
  public record Group(long advisers, long officials) {}

  /** GRA-6's facts: a proposed or decided outcome, its amount and whether it names a referral. */
  public record Outcome(GrantOutcome outcome, Optional<Sek> amount, boolean referral, Optional<Sek> requested) {}

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
    List<HandlingGroupMember> group = joining.application().handlingGroup();
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

  /** The criteria summary. */
  public static final List<Rule<Judgements>> CRITERIA = List.of(GRA_3);

  /** A person taking part in a step of the handling (judging, asking for completion, drafting the proposal). */
  public static final List<Rule<Participant>> TAKING_PART = List.of(GRA_7_TAKES_NO_PART, GRA_4_MEMBER);

  /** Every rule of the assessment, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(GRA_3, GRA_4_COMPOSITION, GRA_4_JOINING, GRA_4_MEMBER,
      GRA_7_TAKES_NO_PART, GRA_7_CONFLICT_STANDS, GRA_7_DECLARED, GRA_6);

  private GrantAssessmentRules() {}

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
