package se.psi.adapters.web.problem;

import java.util.List;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.json.ExplanationJson;
import se.psi.core.shared.Violation;
import se.psi.core.rules.Rejection;

/** Builds the problem documents, in the caller's language. */
public final class Problems {

  private Problems() {}

  public static Problem of(ProblemType type, Texts texts, String detailKey, Object... args) {
    return new Problem(type.uri(), texts.web(type.titleKey()), type.status(), texts.web(detailKey, args), null, null,
        null);
  }

  public static ProblemException exception(ProblemType type, Texts texts, String detailKey, Object... args) {
    return new ProblemException(of(type, texts, detailKey, args));
  }

  public static Problem invalidInput(List<Violation> violations, Texts texts) {
    return new Problem(ProblemType.INVALID_INPUT.uri(), texts.web(ProblemType.INVALID_INPUT.titleKey()),
        ProblemType.INVALID_INPUT.status(), texts.core().format("rejection.invalidInput"), null,
        violations.stream().map(v -> new Problem.ViolationJson(v.field(), v.ruleId(),
            texts.core().format(v.messageKey(), v.args().toArray()))).toList(), null);
  }

  /**
   * The answer to a use case's refusal. An anonymous caller who is not permitted is asked to sign in (401); a
   * signed-in one is refused (403).
   */
  public static Problem fromRejection(Rejection rejection, Texts texts, boolean anonymous) {
    // Java 17 has no pattern switch: the sealed family is matched one by one, the last case being the only rest.
    if (rejection instanceof Rejection.InvalidInput invalid) {
      return invalidInput(invalid.violations(), texts);
    }
    if (rejection instanceof Rejection.NotPermitted notPermitted) {
      if (anonymous) {
        return of(ProblemType.UNAUTHENTICATED, texts, "detail.unauthenticated");
      }
      // A rule that keeps the caller out (GRA-5: no delegation) is named with its reason and what would meet it, as a
      // refusal by a rule is.
      return notPermitted.rule().isPresent()
          ? new Problem(ProblemType.NOT_PERMITTED.uri(), texts.web(ProblemType.NOT_PERMITTED.titleKey()),
              ProblemType.NOT_PERMITTED.status(), texts.core().reason(notPermitted.rule().get().messageKey(),
                  notPermitted.rule().get().args().toArray()), null, null,
              ExplanationJson.of(notPermitted.explanation().orElseThrow(), texts))
          : core(ProblemType.NOT_PERMITTED, texts, notPermitted.messageKey());
    }
    if (rejection instanceof Rejection.NotFound notFound) {
      return core(ProblemType.NOT_FOUND, texts, notFound.messageKey());
    }
    if (rejection instanceof Rejection.StaleVersion stale) {
      return of(ProblemType.STALE_VERSION, texts, "detail.staleVersion", stale.expectedVersion(),
          stale.currentVersion());
    }
    if (rejection instanceof Rejection.ConcurrentChange) {
      return of(ProblemType.CONFLICTING_CHANGE, texts, "detail.conflictingChange");
    }
    if (rejection instanceof Rejection.RuleRefusal refusal) {
      return new Problem(ProblemType.RULE_REFUSAL.uri(), texts.web(ProblemType.RULE_REFUSAL.titleKey()),
          ProblemType.RULE_REFUSAL.status(), texts.core().reason(refusal.messageKey(), refusal.args().toArray()),
          null, null, ExplanationJson.of(refusal.explanation(), texts));
    }
    Rejection.IllegalState illegal = (Rejection.IllegalState) rejection;
    return new Problem(ProblemType.ILLEGAL_STATE.uri(), texts.web(ProblemType.ILLEGAL_STATE.titleKey()),
        ProblemType.ILLEGAL_STATE.status(), texts.core().has(illegal.messageKey())
            ? texts.core().format(illegal.messageKey())
            : texts.web("detail.illegalState", illegal.resourceType(), illegal.state()), null, null, null);
  }

  private static Problem core(ProblemType type, Texts texts, String messageKey) {
    return new Problem(type.uri(), texts.web(type.titleKey()), type.status(), texts.core().format(messageKey), null,
        null, null);
  }
}
