package se.psi.core.rulesets.port.in;

import java.util.List;
import se.psi.core.rules.RuleSet;

/** Every ruleset the core decides under, oldest first. Public, as the partnership's rules are. */
public interface ListRuleSetsUseCase {

  List<RuleSet> listRuleSets();
}
