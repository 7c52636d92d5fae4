package se.psi.core.rulesets.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.Actor;

/**
 * Check a proposed list of rulesets of the core's partnership, the whole list as it would be registered (the
 * current rulesets and the next ones), without registering anything.
 *
 * @param rulesets every ruleset of the proposal, in any order
 * @param partnershipEnds the days the partnership is declared to end on; none when null
 */
public record CheckProposedRuleSetsQuery(
    @NotNull Actor actor,
    @NotNull @Size(max = 100) List<@Valid @NotNull RuleSetDetails> rulesets,
    @Size(max = 10) List<@NotNull LocalDate> partnershipEnds) {

  /** A proposal of rulesets built in code, as an integrator builds them. */
  public static CheckProposedRuleSetsQuery of(Actor actor, List<RuleSet> rulesets, List<LocalDate> partnershipEnds) {
    return new CheckProposedRuleSetsQuery(actor, rulesets.stream().map(RuleSetDetails::of).toList(),
        partnershipEnds);
  }
}
