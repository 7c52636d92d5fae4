package se.psi.core.idea.domain;

import java.util.List;
import se.psi.core.rules.Rule;

/** The rules of an idea's way through the partnership. */
public final class IdeaRules {

  /**
   * IDE-2's facts: an idea about to be taken further to what its triage decided.
   *
   * @param field the input that names what was created from the idea, for the reason of a refusal
   */
  public record TakingFurther(Idea idea, TriageOutcome outcome, String field) {}

  /** IDE-2: only an idea triaged to exactly this, and not yet taken further, leads there; once. */
  public static final Rule<TakingFurther> IDE_2 = Rule.of("IDE-2", (facts, ruleSet, is) -> {
    boolean triagedSo = facts.idea().triage().filter(t -> t.outcome() == facts.outcome()).isPresent();
    if (!triagedSo) {
      return is.notMet(facts.field(), "idea.ide2.notTriagedTo", facts.outcome());
    }
    return facts.idea().triage().get().ledTo().isPresent()
        ? is.notMet(facts.field(), "idea.ide2.alreadyTakenFurther", facts.outcome())
        : is.met("idea.ide2.mayTakeFurther");
  });

  /** Taking an idea further. */
  public static final List<Rule<TakingFurther>> TAKING_FURTHER = List.of(IDE_2);

  /** Every rule of the idea feature, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(IDE_2);

  private IdeaRules() {}
}
