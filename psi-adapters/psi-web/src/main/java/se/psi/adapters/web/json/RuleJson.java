package se.psi.adapters.web.json;

import java.util.List;
import se.psi.adapters.web.Texts;
import se.psi.core.rules.RuleSetParameter;
import se.psi.core.rulesets.port.in.RuleDescription;

/**
 * One rule of the catalogue in the caller's language.
 *
 * @param id the rule's id, e.g. MEM-5
 * @param statement what the rule says, in plain words
 * @param source the document and its place the rule comes from, e.g. "Verksamhetsplan 2021–2026 [003], Part i
 *     Partnerskapet"
 * @param reads the parameters of the ruleset the rule's verdict depends on; empty when no ruleset changes it
 * @param heldBy what holds a rule that no rule evaluates because the model cannot break it; null for an evaluated
 *     rule
 */
public record RuleJson(String id, String statement, String source, List<ParameterJson> reads, String heldBy) {

  /**
   * A parameter of the ruleset a rule reads.
   *
   * @param name its name in a ruleset of {@code GET /api/v1/rulesets}, e.g. admittedKinds
   * @param description what it says, in the caller's language
   */
  public record ParameterJson(String name, String description) {}

  public static RuleJson of(RuleDescription rule, Texts texts) {
    return new RuleJson(rule.id(), rule.statement(), rule.source(),
        rule.reads().stream().map(parameter -> parameter(parameter, texts)).toList(), rule.heldBy().orElse(null));
  }

  private static ParameterJson parameter(RuleSetParameter parameter, Texts texts) {
    return new ParameterJson(parameter.field(), texts.core().name(parameter));
  }
}
