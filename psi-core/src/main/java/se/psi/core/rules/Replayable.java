package se.psi.core.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One kind of decision whose receipts can be replayed: its rules in order, how its facts go into a receipt and
 * back, and how its outcome follows from the explanation. A replay reads the facts and the ruleset only from the
 * receipt, never from the stored state of the case, which may have changed since (an application completed after
 * it was found incomplete).
 *
 * @param decision the kind's name in its receipts, e.g. {@code membership}
 * @param rules the decision's rules, in order
 * @param facts how the facts are written into a receipt and read back
 * @param outcome the outcome that follows from an explanation, by name
 * @param <F> the facts the rules look at
 */
public record Replayable<F>(String decision, List<Rule<F>> rules, ReceiptFacts<F> facts,
    Function<Explanation, String> outcome) {

  public Replayable {
    Objects.requireNonNull(decision, "decision");
    rules = List.copyOf(rules);
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** The receipt of a decision just taken on {@code facts} under {@code ruleSet}, explained by {@code explanation}. */
  public DecisionReceipt receipt(F facts, LocalDate decidedOn, RuleSet ruleSet, Explanation explanation) {
    return receipt(facts, decidedOn, ruleSet.snapshot(), explanation);
  }

  /** As {@link #receipt(Object, LocalDate, RuleSet, Explanation)}, with the ruleset's snapshot already taken. */
  public DecisionReceipt receipt(F facts, LocalDate decidedOn, RuleSetSnapshot ruleSet, Explanation explanation) {
    return DecisionReceipt.of(decision, decidedOn, this.facts.written(facts), ruleSet, ruleParameters(ruleSet),
        LibraryVersion.current(), outcome.apply(explanation), explanation.evaluations());
  }

  /** The receipt's decision evaluated again by today's rules, under the ruleset the receipt holds. */
  public Replay replay(DecisionReceipt receipt) {
    return replay(receipt, receipt.ruleSet().ruleSet(), receipt.intact());
  }

  /**
   * The receipt's decision evaluated under {@code proposed} instead (a what-if); the receipt's hashes are not
   * checked, which a what-if over many decisions does not need.
   */
  public Replay replayUnder(DecisionReceipt receipt, RuleSet proposed) {
    return replay(receipt, proposed, true);
  }

  private Replay replay(DecisionReceipt receipt, RuleSet ruleSet, boolean intact) {
    if (!receipt.decision().equals(decision)) {
      throw new IllegalArgumentException("a receipt of a " + receipt.decision() + " decision is not replayed as a "
          + decision + " decision");
    }
    F read = facts.read(receipt.facts());
    Explanation now = Explanation.of(rules, read, ruleSet, receipt.decidedOn());
    return new Replay(receipt.outcome(), receipt.explanation(), outcome.apply(now), now, intact, receipt);
  }

  /**
   * For each rule, the parameters of the ruleset it declares it reads ({@link Rule#reads()}), with their values as
   * the snapshot writes them (a list parameter with each of its items); an empty map for a rule that reads none.
   */
  private SortedMap<String, SortedMap<String, String>> ruleParameters(RuleSetSnapshot ruleSet) {
    SortedMap<String, SortedMap<String, String>> byRule = new TreeMap<>();
    for (Rule<F> rule : rules) {
      SortedMap<String, String> read = new TreeMap<>();
      for (RuleSetParameter parameter : rule.reads()) {
        ruleSet.parameters().forEach((name, value) -> {
          if (RuleSetParameters.baseName(name).equals(parameter.field())) {
            read.put(name, value);
          }
        });
      }
      byRule.put(rule.id(), read);
    }
    return byRule;
  }
}
