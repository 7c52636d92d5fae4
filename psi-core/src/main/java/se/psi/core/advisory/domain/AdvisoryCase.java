package se.psi.core.advisory.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.domain.LedTo;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PsiStyle;
import se.psi.core.shared.Referral;
import se.psi.core.rules.Rejection;

/**
 * ADV-1..3: advice and method support for an organisation of civil society or the social economy, member of the
 * partnership or not, with an idea that meets a societal challenge. Referrals are kept at both ends: where the case
 * came from, and where it was sent.
 */
@Value.Immutable
@PsiStyle
public abstract class AdvisoryCase {

  /** What the advice came to. */
  public enum OutcomeKind { ADVICE_GIVEN, REFERRAL, RECOMMENDED_GRANT, ADDED_TO_PROJECT_BANK }

  /** ADV-3: who referred the organisation here, and why. */
  public record IncomingReferral(String from, String why) {
    public IncomingReferral {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(why, "why");
    }
  }

  /**
   * One outcome, by whom (the adviser's host id) and when; a referral says to whom and why (ADV-2). ADV-3: an
   * outcome that created something in the partnership (the project-bank entry the idea went to) points to it by id,
   * and that points back to this case.
   */
  public record Outcome(OutcomeKind kind, String note, Optional<Referral> referral, String by, LocalDate on,
      Optional<LedTo.ProjectBankEntry> created) {
    public Outcome {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(referral, "referral");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(created, "created");
    }

    /** An outcome that created nothing in the partnership. */
    public Outcome(OutcomeKind kind, String note, Optional<Referral> referral, String by, LocalDate on) {
      this(kind, note, referral, by, on, Optional.empty());
    }
  }

  public abstract AdvisoryCaseId id();

  public abstract String organisationName();

  public abstract Optional<OrganisationNumber> organisationNumber();

  public abstract OrganisationKind organisationKind();

  public abstract String idea();

  public abstract String challenge();

  /** The idea this case came from (IDE-2 triage), if any; the idea's triage points back to this case. */
  public abstract Optional<IdeaId> fromIdea();

  public abstract Optional<IncomingReferral> referredFrom();

  /** The advisory team's organisations on the case, e.g. Coompanion, Stiftelsen Activa. */
  public abstract List<String> advisers();

  public abstract List<Outcome> outcomes();

  public abstract boolean closed();

  public abstract LocalDate openedOn();

  /** ADV-1 as evaluated when the case was opened. */
  public abstract Explanation eligibility();

  public abstract long version();

  /** ADV-1: civil society and social economy, whether or not they are parties. */
  public static Explanation eligibility(String name, OrganisationKind kind, RuleSet ruleSet, LocalDate on) {
    return Rules.explain(AdvisoryRules.ELIGIBILITY, new AdvisoryRules.Asking(name, kind), ruleSet, on);
  }

  /**
   * ADV-1: opens a case on {@code on} under {@code ruleSet}, for civil society and the social economy only; refused
   * with the reason otherwise. The case keeps the evaluation. ADV-3: it keeps who referred the organisation here.
   */
  public static Either<Rejection, Changed<AdvisoryCase>> open(AdvisoryCaseId id, String organisationName,
      Optional<OrganisationNumber> organisationNumber, OrganisationKind organisationKind, String idea,
      String challenge, Optional<IdeaId> fromIdea, Optional<IncomingReferral> referredFrom, List<String> advisers,
      RuleSet ruleSet, LocalDate on, Supplier<EventMeta> meta) {
    Explanation eligibility = eligibility(organisationName, organisationKind, ruleSet, on);
    Optional<Rejection> refused = Rules.refusal(eligibility);
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    return Either.right(Changed.of(builder().id(id).organisationName(organisationName)
        .organisationNumber(organisationNumber).organisationKind(organisationKind).idea(idea).challenge(challenge)
        .fromIdea(fromIdea).referredFrom(referredFrom).advisers(advisers).closed(false).openedOn(on)
        .eligibility(eligibility).version(1).build(), List.of(new AdvisoryEvent.AdvisoryCaseOpened(meta.get(), id,
            organisationKind, fromIdea, referredFrom.isPresent(), on))));
  }

  /** Records an outcome; a referral must say to whom and why (ADV-2). */
  public Either<Rejection, Changed<AdvisoryCase>> record(Outcome outcome, boolean close, Supplier<EventMeta> meta) {
    if (closed()) {
      return Either.left(new Rejection.IllegalState("AdvisoryCase", id().toString(), "CLOSED", "advisory.closed"));
    }
    return Rules.requireUnder(eligibility().rulesetVersion(), AdvisoryRules.RECORDING, outcome, outcome.on())
        .map(complete -> ImmutableAdvisoryCase.builder().from(this).addOutcomes(outcome).closed(close)
            .version(version() + 1).build())
        .map(recorded -> Changed.of(recorded, List.of(new AdvisoryEvent.AdvisoryOutcomeRecorded(meta.get(), id(),
            outcome.kind(), close, outcome.on()))));
  }

  /** For adapters that read a case back from storage; a change goes through the methods above. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a case. */
  public static final class Builder extends ImmutableAdvisoryCase.Builder {}
}
