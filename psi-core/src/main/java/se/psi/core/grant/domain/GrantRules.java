package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.grant.domain.GrantValues.Criterion;
import se.psi.core.grant.domain.GrantValues.Judged;
import se.psi.core.grant.domain.GrantValues.Judgement;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.RuleSet;

/**
 * The grant's rules as evaluations: formal eligibility (GRA-1 applicant and amount, GRA-2 the project described),
 * which is automatic, and the criteria summary (GRA-3), which only counts people's judgements.
 */
public final class GrantRules {

  private GrantRules() {}

  /** GRA-1, GRA-2: every formal requirement, each missing part named with its field. */
  public static Explanation formalEligibility(Organisation applicant, ProjectDescription project, GrantScheme scheme,
      RuleSet ruleSet, LocalDate on) {
    List<Evaluation> evaluations = new ArrayList<>();
    evaluations.add(ruleSet.grantApplicantSectors().contains(applicant.sector())
        ? Evaluation.met("GRA-1", "grant.gra1.civilSociety", applicant.name(), applicant.sector())
        : Evaluation.notMet("GRA-1", "applicant", "grant.gra1.notCivilSociety", applicant.name(), applicant.sector(),
            ruleSet.version()));
    evaluations.addAll(described(project));
    evaluations.add(project.requested()
        .map(amount -> amount.compareTo(scheme.minimumAmount()) >= 0 && amount.compareTo(scheme.maximumAmount()) <= 0
            ? Evaluation.met("GRA-1", "grant.gra1.amountWithin", amount.kronor(), scheme.minimumAmount().kronor(),
                scheme.maximumAmount().kronor())
            : Evaluation.notMet("GRA-1", "project.requested", "grant.gra1.amountOutside", amount.kronor(),
                scheme.minimumAmount().kronor(), scheme.maximumAmount().kronor()))
        .orElseGet(() -> Evaluation.notApplicable("GRA-1", "grant.gra1.noAmount")));
    return new Explanation(ruleSet.version(), on, evaluations);
  }

  /** GRA-2: the application describes the project; one evaluation per missing part, or one saying it is complete. */
  static List<Evaluation> described(ProjectDescription p) {
    List<Evaluation> missing = new ArrayList<>();
    missingText(missing, p.title(), "project.title", ProjectPart.TITLE);
    missingText(missing, p.description(), "project.description", ProjectPart.DESCRIPTION);
    missingText(missing, p.challenge(), "project.challenge", ProjectPart.CHALLENGE);
    missingText(missing, p.expectedEffects(), "project.expectedEffects", ProjectPart.EXPECTED_EFFECTS);
    for (int i = 0; i < p.partners().size(); i++) {
      ProjectDescription.ProjectPartner partner = p.partners().get(i);
      if (partner.anchoring().isBlank()) {
        missing.add(Evaluation.notMet("GRA-2", "project.partners[" + i + "].anchoring",
            "grant.gra2.missingAnchoring", partner.name()));
      }
    }
    if (p.requested().isEmpty()) {
      missing.add(Evaluation.notMet("GRA-2", "project.requested", "grant.gra2.missing",
          ProjectPart.REQUESTED_AMOUNT));
    }
    if (p.start().isEmpty() || p.end().isEmpty()) {
      missing.add(Evaluation.notMet("GRA-2", "project.period", "grant.gra2.missing", ProjectPart.PERIOD));
    } else if (p.end().get().isBefore(p.start().get())) {
      missing.add(Evaluation.notMet("GRA-2", "project.period", "grant.gra2.periodOrder", p.start().get(),
          p.end().get()));
    }
    if (p.priorityAreas().isEmpty()) {
      missing.add(Evaluation.notMet("GRA-2", "project.priorityAreas", "grant.gra2.missing",
          ProjectPart.PRIORITY_AREAS));
    }
    return missing.isEmpty() ? List.of(Evaluation.met("GRA-2", "grant.gra2.described")) : missing;
  }

  private static void missingText(List<Evaluation> missing, String text, String field, ProjectPart part) {
    if (text.isBlank()) {
      missing.add(Evaluation.notMet("GRA-2", field, "grant.gra2.missing", part));
    }
  }

  /**
   * GRA-3: each criterion as the qualified members judged it: met when more judged it met than not, not met
   * otherwise, and needing judgement while no one has judged it. The library never guesses.
   */
  public static List<Evaluation> criteria(List<Judgement> judgements) {
    List<Evaluation> evaluations = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      List<Judgement> of = judgements.stream().filter(j -> j.criterion() == criterion).toList();
      long met = of.stream().filter(j -> j.verdict() == Judged.MET).count();
      long notMet = of.size() - met;
      String judges = String.join(", ", of.stream().map(Judgement::personId).toList());
      if (of.isEmpty()) {
        evaluations.add(Evaluation.needsJudgement("GRA-3", "grant.gra3.unjudged", criterion));
      } else if (met > notMet) {
        evaluations.add(Evaluation.met("GRA-3", "grant.gra3.met", criterion, met, notMet, judges));
      } else {
        evaluations.add(Evaluation.notMet("GRA-3", "criteria", "grant.gra3.notMet", criterion, met, notMet, judges));
      }
    }
    return evaluations;
  }
}
