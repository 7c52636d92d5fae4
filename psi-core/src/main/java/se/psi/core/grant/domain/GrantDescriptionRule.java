package se.psi.core.grant.domain;

import java.util.ArrayList;
import java.util.List;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Rule;
import se.psi.core.rules.Verdicts;

/** GRA-2: the application describes the project, read part by part; one of the rules of formal eligibility. */
final class GrantDescriptionRule {

  /** One evaluation per missing part, each naming its field, or one saying the project is described. */
  static final Rule<GrantEligibilityRules.Eligibility> GRA_2 = Rule.each("GRA-2",
      (facts, ruleSet, is) -> missingParts(facts.project(), is));

  private GrantDescriptionRule() {}

  private static List<Evaluation> missingParts(ProjectDescription p, Verdicts is) {
    List<Evaluation> missing = new ArrayList<>();
    missingText(missing, p.title(), "project.title", ProjectPart.TITLE, is);
    missingText(missing, p.description(), "project.description", ProjectPart.DESCRIPTION, is);
    missingText(missing, p.challenge(), "project.challenge", ProjectPart.CHALLENGE, is);
    missingText(missing, p.expectedEffects(), "project.expectedEffects", ProjectPart.EXPECTED_EFFECTS, is);
    for (int i = 0; i < p.partners().size(); i++) {
      ProjectDescription.ProjectPartner partner = p.partners().get(i);
      if (partner.anchoring().isBlank()) {
        missing.add(is.notMet("project.partners[" + i + "].anchoring", "grant.gra2.missingAnchoring",
            partner.name()));
      }
    }
    if (p.requested().isEmpty()) {
      missing.add(is.notMet("project.requested", "grant.gra2.missing", ProjectPart.REQUESTED_AMOUNT));
    }
    if (p.start().isEmpty() || p.end().isEmpty()) {
      missing.add(is.notMet("project.period", "grant.gra2.missing", ProjectPart.PERIOD));
    } else if (p.end().get().isBefore(p.start().get())) {
      missing.add(is.notMet("project.period", "grant.gra2.periodOrder", p.start().get(), p.end().get()));
    }
    if (p.priorityAreas().isEmpty()) {
      missing.add(is.notMet("project.priorityAreas", "grant.gra2.missing", ProjectPart.PRIORITY_AREAS));
    }
    return missing.isEmpty() ? List.of(is.met("grant.gra2.described")) : missing;
  }

  private static void missingText(List<Evaluation> missing, String text, String field, ProjectPart part,
      Verdicts is) {
    if (text.isBlank()) {
      missing.add(is.notMet(field, "grant.gra2.missing", part));
    }
  }
}
