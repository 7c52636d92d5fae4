package se.psi.core.rulesets.port.in;

import java.util.List;
import java.util.Locale;

/**
 * Every rule of the library ({@code RuleCatalogue}), in DOMAIN.md's order: what each says, where it comes from, the
 * ruleset parameters it reads and, for a rule the model holds rather than evaluates, what holds it; in the caller's
 * language (Swedish, or English). Public, as the partnership's rules are.
 */
public interface ListRulesUseCase {

  List<RuleDescription> listRules(Locale language);
}
