package se.psi.core.rulesets.port.in;

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
 * @param partnershipEnds the days the partnership is declared to end on, usually none
 */
public record CheckProposedRuleSetsQuery(
    @NotNull Actor actor,
    @NotNull @Size(max = 100) List<@NotNull RuleSet> rulesets,
    @NotNull @Size(max = 10) List<@NotNull LocalDate> partnershipEnds) {}
