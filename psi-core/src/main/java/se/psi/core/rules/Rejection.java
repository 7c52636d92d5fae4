package se.psi.core.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Explanation;
import se.psi.core.shared.Role;
import se.psi.core.shared.Violation;

/**
 * Why a use case refused a command. A closed family, so that every host (web, messaging, a municipality's own code)
 * can map each refusal exactly: nothing is ever a free-text error. Legitimate outcomes of a decision (an incomplete
 * or refused membership application, say) are not rejections: they are data with their own explanation.
 */
public sealed interface Rejection {

  /** The message key describing the rejection, resolved in the message bundles. */
  String messageKey();

  /** Every problem with the input at once: shape (Bean Validation) and business rules alike. */
  record InvalidInput(List<Violation> violations) implements Rejection {
    public InvalidInput {
      violations = List.copyOf(violations);
    }

    @Override
    public String messageKey() {
      return "rejection.invalidInput";
    }
  }

  /**
   * The actor may not call this use case on this resource. Where a business rule is what keeps the actor out (GRA-5:
   * only the holder of a delegation decides a grant), {@code explanation} names it and says why.
   */
  record NotPermitted(String useCase, Set<Role> allowedRoles, boolean ownOrganisationAllowed,
      Optional<Explanation> explanation) implements Rejection {
    public NotPermitted {
      Objects.requireNonNull(useCase, "useCase");
      allowedRoles = Set.copyOf(allowedRoles);
      Objects.requireNonNull(explanation, "explanation");
    }

    /** Refused by role alone, with no rule to name. */
    public NotPermitted(String useCase, Set<Role> allowedRoles, boolean ownOrganisationAllowed) {
      this(useCase, allowedRoles, ownOrganisationAllowed, Optional.empty());
    }

    /** The rule that refused the actor, if a rule did. */
    public Optional<Evaluation> rule() {
      return explanation.flatMap(e -> e.failures().stream().findFirst());
    }

    @Override
    public String messageKey() {
      return "rejection.notPermitted";
    }
  }

  /** No such resource, or none the actor may see (an applicant never learns of others' applications). */
  record NotFound(String resourceType, String id) implements Rejection {
    @Override
    public String messageKey() {
      return "rejection.notFound";
    }
  }

  /**
   * The caller's expected version is not the resource's current one: the caller decided on a state that has changed
   * since, so nothing was tried. Reload and decide again.
   */
  record StaleVersion(String resourceType, String id, long expectedVersion, long currentVersion)
      implements Rejection {
    @Override
    public String messageKey() {
      return "rejection.staleVersion";
    }
  }

  /**
   * The caller's expected version was current, but another change of the same resource was saved first while this
   * one ran (the storage's optimistic lock refused the save): a lost race, rolled back. Reload and decide again.
   */
  record ConcurrentChange(String resourceType, String id, long expectedVersion) implements Rejection {
    @Override
    public String messageKey() {
      return "rejection.concurrentChange";
    }
  }

  /**
   * A business rule refuses the change, e.g. AU-3 refusing a seat change that would break the civil-society
   * majority. The explanation names every rule evaluated and the ruleset version.
   */
  record RuleRefusal(String ruleId, String messageKey, List<Object> args, Explanation explanation)
      implements Rejection {
    public RuleRefusal {
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(messageKey, "messageKey");
      args = List.copyOf(args);
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /** The command does not fit the resource's current state, e.g. withdrawing a partner that already left. */
  record IllegalState(String resourceType, String id, String state, String messageKey) implements Rejection {}
}
