package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.psi.adapters.web.Texts;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.Verdict;

/**
 * Why a decision came out as it did: the ruleset version and date, and every rule evaluated with its verdict and
 * reason in the caller's language; {@code summary} is the whole explanation as one text.
 */
public record ExplanationJson(String rulesetVersion, LocalDate decisionDate, boolean allMet,
    List<EvaluationJson> evaluations, String summary) {

  /**
   * One rule's verdict; {@code field} names the input it is about, empty for the whole case, several inputs
   * comma-separated when one reason names several missing items. The reason of a rule not met ends with what would
   * meet it.
   */
  public record EvaluationJson(String ruleId, Verdict verdict, String field, String reason) {}

  public static ExplanationJson of(Explanation explanation, Texts texts) {
    // Each reason is formatted once, for its evaluation and for the summary.
    List<String> reasons = explanation.reasons(texts.locale());
    List<Evaluation> evaluations = explanation.evaluations();
    List<EvaluationJson> json = new ArrayList<>(evaluations.size());
    for (int i = 0; i < evaluations.size(); i++) {
      Evaluation evaluation = evaluations.get(i);
      json.add(new EvaluationJson(evaluation.ruleId(), evaluation.verdict(), evaluation.field(), reasons.get(i)));
    }
    return new ExplanationJson(explanation.rulesetVersion(), explanation.decisionDate(), explanation.allMet(),
        Collections.unmodifiableList(json), explanation.render(texts.locale(), reasons));
  }
}
