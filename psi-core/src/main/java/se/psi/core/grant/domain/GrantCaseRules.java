package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.psi.core.grant.domain.GrantDecisionRules.Deciding;
import se.psi.core.rules.Rule;
import se.psi.core.shared.Sek;

/**
 * The grant case as a public authority handles it: kommunicering before a decision against the applicant (GRA-10),
 * prompt handling (GRA-11), what a decision holds (GRA-12), the bounds of a delegation (GRA-14) and corrections and
 * changes of a decision (GRA-15).
 */
public final class GrantCaseRules {

  /** GRA-10's facts: kommunicering about to be recorded as sent on {@code on}, the answer due {@code answerBy}. */
  public record Sending(LocalDate on, LocalDate answerBy) {}

  /** GRA-10's facts: that no answer came, about to be recorded on {@code on}. */
  public record NoAnswer(Communication communication, LocalDate on) {}

  /** GRA-11's facts: a request for a decision received on {@code receivedOn} in a case that arrived on a day. */
  public record Requesting(GrantApplication application, SchemeSetting setting, LocalDate receivedOn) {

    Optional<LocalDate> askableFrom() {
      return application.submittedOn().map(arrived -> arrived.plus(setting.undecidedAfter()));
    }
  }

  /** GRA-15's facts: a new version of the decision about to replace {@code current}. */
  public record Revising(GrantApplication application, GrantDecision current, GrantDecision revised) {}

  /** GRA-10: whether a decision goes wholly or partly against an applicant who asked for {@code requested}. */
  static boolean against(GrantOutcome outcome, Optional<Sek> amount, List<String> conditions,
      Optional<Sek> requested) {
    boolean lower = requested.isPresent() && amount.map(a -> requested.get().isMoreThan(a)).orElse(true);
    return outcome != GrantOutcome.GRANTED || lower || !conditions.isEmpty();
  }

  /**
   * GRA-10: a decision that goes against the applicant waits for kommunicering: the proposal sent and the answer, or
   * that none came by the day to answer, recorded; unless the decider recorded why it is not needed.
   */
  public static final Rule<Deciding> GRA_10 = Rule.of("GRA-10", (d, ruleSet, is) -> {
    GrantApplication a = d.application();
    if (!d.draft().goesAgainst(a.project().requested())) {
      return is.met("grant.gra10.notAgainst");
    }
    if (a.communicationOmitted().isPresent()) {
      return is.met("grant.gra10.omitted", a.communicationOmitted().get().reason());
    }
    if (a.communication().isEmpty()) {
      return is.notMet("communication", "grant.gra10.notCommunicated");
    }
    Communication sent = a.communication().get();
    if (sent.answer().isPresent()) {
      return sent.answer().get().answered()
          ? is.met("grant.gra10.answered", sent.sentOn(), sent.answer().get().recordedOn())
          : is.met("grant.gra10.noAnswerCame", sent.sentOn(), sent.answerBy());
    }
    return d.draft().decidedOn().isAfter(sent.answerBy())
        ? is.notMet("communication", "grant.gra10.noAnswerRecorded", sent.sentOn(), sent.answerBy())
        : is.notMet("communication", "grant.gra10.awaitingAnswer", sent.sentOn(), sent.answerBy());
  });

  /** GRA-10: the applicant is given time to answer: the last day comes after the day the material is sent. */
  public static final Rule<Sending> GRA_10_TIME_TO_ANSWER = Rule.of("GRA-10", (s, ruleSet, is) ->
      s.answerBy().isAfter(s.on())
          ? is.met("grant.gra10.timeToAnswer", s.answerBy())
          : is.notMet("answerBy", "grant.gra10.noTimeToAnswer", s.on(), s.answerBy()));

  /** GRA-10: that no answer came is recorded only once the day to answer has passed. */
  public static final Rule<NoAnswer> GRA_10_DEADLINE_PASSED = Rule.of("GRA-10", (n, ruleSet, is) ->
      n.on().isAfter(n.communication().answerBy())
          ? is.met("grant.gra10.deadlinePassed", n.communication().answerBy())
          : is.notMet("answered", "grant.gra10.deadlineNotPassed", n.communication().answerBy()));

  /** GRA-11: the applicant may ask for a decision once the case has been undecided for the setting's period. */
  public static final Rule<Requesting> GRA_11 = Rule.of("GRA-11", (r, ruleSet, is) -> {
    Optional<LocalDate> from = r.askableFrom();
    if (from.isEmpty()) {
      return is.notMet("receivedOn", "grant.gra11.notArrived");
    }
    return r.receivedOn().isBefore(from.get())
        ? is.notMet("receivedOn", "grant.gra11.tooEarly", r.application().submittedOn().get(), from.get())
        : is.met("grant.gra11.undecidedLongEnough", r.application().submittedOn().get(), from.get());
  });

  /** GRA-12: a decision carries appeal information from the scheme setting in force on its day. */
  public static final Rule<Deciding> GRA_12_APPEAL = Rule.of("GRA-12", (d, ruleSet, is) ->
      d.draft().appeal().isPresent()
          ? is.met("grant.gra12.appeal", d.draft().appeal().get().settingFrom())
          : is.notMet("appeal", "grant.gra12.noAppealSetting", d.draft().decidedOn()));

  /** GRA-12: only someone who took part in the decision can have a dissenting opinion recorded. */
  public static final Rule<Deciding> GRA_12_DISSENT = Rule.of("GRA-12", (d, ruleSet, is) -> {
    List<String> strangers = d.draft().dissents().stream().map(Dissent::personId)
        .filter(p -> !d.draft().participants().contains(p) && !p.equals(d.draft().decidedBy())).toList();
    return strangers.isEmpty()
        ? is.met("grant.gra12.dissents", d.draft().dissents().size())
        : is.notMet("dissents", "grant.gra12.dissenterTookNoPart", String.join(", ", strangers));
  });

  /** GRA-14: the delegation is in force on the day: started, not ended, not revoked. */
  public static final Rule<Deciding> GRA_14_IN_FORCE = Rule.of("GRA-14", (d, ruleSet, is) -> {
    Delegation delegation = d.delegation();
    LocalDate on = d.draft().decidedOn();
    if (delegation.revokedOn().filter(revoked -> !on.isBefore(revoked)).isPresent()) {
      return is.notMet("delegationId", "grant.gra14.revoked", delegation.id().toString(),
          delegation.revokedOn().get());
    }
    return delegation.validOn(on)
        ? is.met("grant.gra14.inForce", delegation.id().toString(), on)
        : is.notMet("delegationId", "grant.gra14.notInForce", delegation.id().toString(), on,
            delegation.validFrom());
  });

  /** GRA-14: the delegation covers the scheme the application was made to. */
  public static final Rule<Deciding> GRA_14_SCOPE = Rule.of("GRA-14", (d, ruleSet, is) ->
      d.delegation().covers(d.application().schemeYear())
          ? is.met("grant.gra14.inScope", d.application().schemeYear())
          : is.notMet("delegationId", "grant.gra14.outOfScope", d.application().schemeYear(),
              String.join(", ", d.delegation().schemeYears().stream().map(String::valueOf).toList())));

  /** GRA-14: the amount decided is within the delegation's ceiling per decision. */
  public static final Rule<Deciding> GRA_14_CEILING = Rule.of("GRA-14", (d, ruleSet, is) -> {
    Optional<Sek> ceiling = d.delegation().ceiling();
    Optional<Sek> amount = d.draft().amount();
    if (ceiling.isEmpty() || amount.isEmpty()) {
      return is.met("grant.gra14.noCeiling");
    }
    return amount.get().isMoreThan(ceiling.get())
        ? is.notMet("amountKronor", "grant.gra14.aboveCeiling", amount.get().kronor(), ceiling.get().kronor())
        : is.met("grant.gra14.withinCeiling", amount.get().kronor(), ceiling.get().kronor());
  });

  /**
   * GRA-15: a decision changed on new facts does not go further against the applicant than before, unless a ground
   * in law is recorded; an obvious error is corrected whichever way it goes.
   */
  public static final Rule<Revising> GRA_15 = Rule.of("GRA-15", (r, ruleSet, is) -> {
    DecisionRevision revision = r.revised().revision().orElseThrow();
    if (revision.kind() == DecisionRevision.Kind.CORRECTION) {
      return is.met("grant.gra15.correction", revision.revises());
    }
    if (!worse(r.current(), r.revised())) {
      return is.met("grant.gra15.notToDetriment", revision.revises());
    }
    return revision.detrimentGround().isPresent()
        ? is.met("grant.gra15.detrimentAllowed", revision.detrimentGround().get())
        : is.notMet("detrimentGround", "grant.gra15.toDetriment", revision.revises());
  });

  /** The new version gives the applicant less: no grant where there was one, a lower amount, or more conditions. */
  static boolean worse(GrantDecision before, GrantDecision after) {
    if (before.outcome() == GrantOutcome.GRANTED && after.outcome() != GrantOutcome.GRANTED) {
      return true;
    }
    boolean lower = before.amount().isPresent() && after.amount().map(a -> before.amount().get().isMoreThan(a))
        .orElse(false);
    return lower || !before.conditions().containsAll(after.conditions());
  }

  /** Every rule a decision is checked by beyond eligibility, criteria, delegation holder and jäv. */
  public static final List<Rule<Deciding>> DECIDING = List.of(GRA_10, GRA_12_APPEAL, GRA_12_DISSENT,
      GRA_14_IN_FORCE, GRA_14_SCOPE, GRA_14_CEILING);

  public static final List<Rule<Revising>> REVISING = List.of(GRA_15);

  /** Every rule of the case's handling, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(GRA_10, GRA_10_TIME_TO_ANSWER, GRA_10_DEADLINE_PASSED, GRA_11,
      GRA_12_APPEAL, GRA_12_DISSENT, GRA_14_IN_FORCE, GRA_14_SCOPE, GRA_14_CEILING, GRA_15);

  private GrantCaseRules() {}
}
