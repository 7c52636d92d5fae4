package se.psi.core.membership.domain;

import static se.psi.core.rules.RuleSetParameter.ADMITTED_KINDS;
import static se.psi.core.rules.RuleSetParameter.MUNICIPALITY_DUTIES_REQUIRED;

import java.util.List;
import java.util.Set;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.Replayable;
import se.psi.core.rules.Rule;

/**
 * The rules a membership decision evaluates, in order. MEM-3 is how the outcome follows from them: the committee
 * makes no discretionary review, so an application whose organisation may be a party (MEM-1) and that meets the
 * prerequisites (MEM-4, MEM-5, MEM-6) is admitted; one that misses a prerequisite is incomplete, with every missing
 * item named; one whose organisation may not be a party is refused. Joining is free (MEM-2).
 */
public final class MembershipRules {

  private static final String OFFICIAL = "contactPerson.official";
  private static final String ASSEMBLY = "politicalAssembly";

  /** MEM-1: a legal person of a kind the ruleset admits (the organisation number already proves a legal person). */
  public static final Rule<MembershipFacts> MEM_1 = Rule.of("MEM-1", Set.of(ADMITTED_KINDS),
      (facts, ruleSet, is) -> {
    Organisation organisation = facts.application().organisation();
    return ruleSet.admits(organisation.kind())
        ? is.met("membership.mem1.met", organisation.name(), organisation.kind())
        : is.notMet("organisation.kind", "membership.mem1.kindNotAdmitted", organisation.name(),
            organisation.kind(), ruleSet.version());
  });

  /** MEM-2: joining is free of charge; there is no fee anywhere in the model. */
  public static final Rule<MembershipFacts> MEM_2 =
      Rule.of("MEM-2", (facts, ruleSet, is) -> is.met("membership.mem2.free"));

  /** MEM-3: no discretionary review; the outcome follows from the other rules. */
  public static final Rule<MembershipFacts> MEM_3 =
      Rule.of("MEM-3", (facts, ruleSet, is) -> is.met("membership.mem3.noDiscretion"));

  /** MEM-4: the organisation's board (or equivalent) decided to join, on or before the decision date. */
  public static final Rule<MembershipFacts> MEM_4 = Rule.of("MEM-4", (facts, ruleSet, is) ->
      facts.application().boardDecision()
          .map(board -> board.date().isAfter(facts.decisionDate())
              ? is.notMet("boardDecision.date", "membership.mem4.futureDate", board.date(),
                  facts.decisionDate())
              : is.met("membership.mem4.met", board.body(), board.reference(), board.date()))
          .orElseGet(() -> is.notMet("boardDecision", "membership.mem4.missing")));

  /** MEM-5: a contact person who can take part in the partnership's activities is named. */
  public static final Rule<MembershipFacts> MEM_5 = Rule.of("MEM-5", (facts, ruleSet, is) ->
      facts.application().contactPerson().isPresent()
          ? is.met("membership.mem5.met")
          : is.notMet("contactPerson", "membership.mem5.missing"));

  /**
   * MEM-6 (and CON-4): a municipality names an official (tjänsteman) as its contact person and the political assembly
   * responsible for the partnership's questions. One rule, so the explanation says it once: whether it applies, or
   * both duties met, or every missing duty named, with the field of each ({@code contactPerson.official},
   * {@code politicalAssembly}; both, comma-separated, when both are missing).
   */
  public static final Rule<MembershipFacts> MEM_6 = Rule.of("MEM-6", Set.of(MUNICIPALITY_DUTIES_REQUIRED),
      (facts, ruleSet, is) -> {
    MembershipApplication application = facts.application();
    if (!application.organisation().isMunicipality()) {
      return is.notApplicable("membership.mem6.notMunicipality");
    }
    if (!ruleSet.municipalityDutiesRequired()) {
      return is.notApplicable("membership.mem6.notRequired", ruleSet.version());
    }
    boolean official = application.contactPerson().filter(contact -> contact.official()).isPresent();
    return application.politicalAssembly()
        .map(assembly -> official
            ? is.met("membership.mem6.met", assembly)
            : is.notMet(OFFICIAL, "membership.mem6.officialMissing"))
        .orElseGet(() -> official
            ? is.notMet(ASSEMBLY, "membership.mem6.assemblyMissing")
            : is.notMet(OFFICIAL + "," + ASSEMBLY, "membership.mem6.bothMissing"));
  });

  /**
   * MEM-8: an agreement is renewed while it runs; from the day after its last day the partner is no longer a party
   * and the organisation applies to join again.
   */
  public static final Rule<Renewal> MEM_8 = Rule.of("MEM-8", (renewal, ruleSet, is) ->
      renewal.partner().isActiveOn(renewal.on())
          ? is.met("partner.agreementRuns")
          : is.notMet("agreementEndsOn", "partner.agreementEnded",
              renewal.partner().agreementEndsOn().orElseThrow()));

  /** The facts of an agreement's renewal: the partner and the day of the renewal. */
  public record Renewal(Partner partner, java.time.LocalDate on) {}

  /** All rules of a membership decision, in the order they are explained. */
  public static final List<Rule<MembershipFacts>> ALL =
      List.of(MEM_1, MEM_2, MEM_4, MEM_5, MEM_6, MEM_3);

  /** The rules of an agreement's renewal. */
  public static final List<Rule<Renewal>> RENEWAL = List.of(MEM_8);

  /** Every rule of the membership feature, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(MEM_1, MEM_2, MEM_3, MEM_4, MEM_5, MEM_6, MEM_8);

  /** A membership decision as its receipts replay it: these rules, these facts, this outcome. */
  public static final Replayable<MembershipFacts> DECISION = new Replayable<>("membership", ALL,
      MembershipReceiptFacts.INSTANCE, explanation -> outcomeOf(explanation).name());

  /** The rules whose failure makes an application incomplete rather than refused. */
  public static final List<String> PREREQUISITES = List.of("MEM-4", "MEM-5", "MEM-6");

  private MembershipRules() {}

  /** MEM-3: the outcome follows from the explanation alone. */
  public static MembershipOutcome outcomeOf(Explanation explanation) {
    List<String> failed = explanation.failedRuleIds();
    if (failed.contains("MEM-1")) {
      return MembershipOutcome.REFUSED;
    }
    return failed.isEmpty() ? MembershipOutcome.ADMITTED : MembershipOutcome.INCOMPLETE;
  }
}
