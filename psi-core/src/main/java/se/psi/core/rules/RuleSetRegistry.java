package se.psi.core.rules;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.psi.core.shared.Violation;

/**
 * The rulesets of one partnership, looked up "as of" a date. Immutable: {@link #register(RuleSet)} answers with a new
 * registry, or a violation when the new ruleset's period overlaps one already registered (two rulesets in force on
 * the same day would make decisions ambiguous).
 */
public final class RuleSetRegistry {

  /** The violation id for overlapping rulesets. */
  public static final String OVERLAP_RULE = "RULESET-1";

  private final String partnership;
  private final List<RuleSet> ruleSets;

  private RuleSetRegistry(String partnership, List<RuleSet> ruleSets) {
    this.partnership = partnership;
    this.ruleSets = List.copyOf(ruleSets);
  }

  public static RuleSetRegistry empty(String partnership) {
    return new RuleSetRegistry(partnership, List.of());
  }

  /** A registry of all {@code ruleSets}; throws if any two overlap or belong to another partnership. */
  public static RuleSetRegistry of(String partnership, List<RuleSet> ruleSets) {
    RuleSetRegistry registry = empty(partnership);
    for (RuleSet ruleSet : ruleSets) {
      registry = registry.register(ruleSet)
          .getOrElseThrow(v -> new IllegalArgumentException(v.messageKey() + " " + v.args()));
    }
    return registry;
  }

  public Either<Violation, RuleSetRegistry> register(RuleSet ruleSet) {
    if (!ruleSet.partnership().equals(partnership)) {
      return Either.left(Violation.of(OVERLAP_RULE, "partnership", "ruleset.otherPartnership",
          ruleSet.version(), ruleSet.partnership(), partnership));
    }
    for (RuleSet existing : ruleSets) {
      if (existing.overlaps(ruleSet)) {
        return Either.left(Violation.of(OVERLAP_RULE, "validFrom", "ruleset.overlap", ruleSet.version(),
            existing.version(), existing.validFrom().toString(),
            existing.validUntil().map(LocalDate::toString).orElse("…")));
      }
    }
    List<RuleSet> more = new ArrayList<>(ruleSets);
    more.add(ruleSet);
    more.sort(Comparator.comparing(RuleSet::validFrom));
    return Either.right(new RuleSetRegistry(partnership, more));
  }

  /** The ruleset in force on {@code date}, if any. */
  public Option<RuleSet> inForceOn(LocalDate date) {
    return Option.ofOptional(ruleSets.stream().filter(r -> r.inForceOn(date)).findFirst());
  }

  public String partnership() {
    return partnership;
  }

  /** All rulesets, oldest first. */
  public List<RuleSet> all() {
    return ruleSets;
  }
}
