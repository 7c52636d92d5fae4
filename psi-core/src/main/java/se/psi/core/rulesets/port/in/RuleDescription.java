package se.psi.core.rulesets.port.in;

import java.util.List;
import java.util.Optional;
import se.psi.core.rules.RuleSetParameter;

/**
 * One rule of the catalogue, in one language.
 *
 * @param id the DOMAIN.md id, e.g. {@code MEM-5}
 * @param statement what the rule says, in plain words
 * @param source the document and its place the rule comes from, e.g. "Verksamhetsplan 2021–2026 [003], Part i
 *     Partnerskapet"
 * @param reads the parameters of the ruleset its verdict depends on, in the order {@link RuleSetParameter} lists them;
 *     empty when no ruleset changes it
 * @param heldBy for a rule no {@code Rule} evaluates because the model cannot break it, what holds it
 */
public record RuleDescription(String id, String statement, String source, List<RuleSetParameter> reads,
    Optional<String> heldBy) {

  public RuleDescription {
    reads = List.copyOf(reads);
  }
}
