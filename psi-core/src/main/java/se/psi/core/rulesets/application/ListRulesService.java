package se.psi.core.rulesets.application;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.psi.core.RuleCatalogue;
import se.psi.core.rules.Messages;
import se.psi.core.rules.Rule;
import se.psi.core.rulesets.port.in.ListRulesUseCase;
import se.psi.core.rulesets.port.in.RuleDescription;

/** The rule catalogue in words: reads the catalogue and the bundles, nothing stored. */
final class ListRulesService implements ListRulesUseCase {

  @Inject
  ListRulesService() {}

  @Override
  public List<RuleDescription> listRules(Locale language) {
    Messages messages = Messages.forLocale(language);
    return RuleCatalogue.ids().stream().map(id -> new RuleDescription(id,
        messages.format(Rule.statementKey(id)), messages.format(Rule.sourceKey(id)),
        List.copyOf(RuleCatalogue.reads(id)),
        RuleCatalogue.HELD_BY_THE_MODEL.contains(id)
            ? Optional.of(messages.format(RuleCatalogue.heldByKey(id))) : Optional.empty()))
        .toList();
  }
}
