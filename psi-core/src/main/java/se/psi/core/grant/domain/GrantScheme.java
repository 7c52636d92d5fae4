package se.psi.core.grant.domain;

import io.vavr.control.Either;
import java.util.Optional;
import org.immutables.value.Value;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.Rules;
import se.psi.core.shared.PsiStyle;
import se.psi.core.shared.Sek;
import se.psi.core.rules.Rejection;

/**
 * GRA-1: the grant for social innovation in one year: its appropriation, the limits per application, the
 * guidelines set by Kulturnämnden, and what has been granted, paid out and repaid so far. The sum granted never
 * exceeds the appropriation (rule {@code GRA-BUDGET}); the sum paid never exceeds the sum granted, and the sum repaid
 * never exceeds the sum paid (GRA-17).
 */
@Value.Immutable
@PsiStyle
public abstract class GrantScheme {

  /** The resource type as the audit log and refusals name it. */
  public static final String TYPE = "GrantScheme";

  public abstract int year();

  public abstract Sek appropriation();

  public abstract Sek minimumAmount();

  public abstract Sek maximumAmount();

  /** Where the guidelines are, e.g. "Riktlinjer fastställda av Kulturnämnden 2021-12-09". */
  public abstract String guidelines();

  public abstract Sek granted();

  /** GRA-17: paid out on payout requests of the year's grants. */
  @Value.Default
  public Sek paid() {
    return Sek.ZERO;
  }

  /** GRA-17: repaid on repayment claims (återkrav) of the year's grants. */
  @Value.Default
  public Sek repaid() {
    return Sek.ZERO;
  }

  public abstract long version();

  @Value.Check
  protected void check() {
    if (minimumAmount().isMoreThan(maximumAmount()) || granted().isMoreThan(appropriation())) {
      throw new IllegalStateException("scheme " + year() + ": minimum above maximum, or granted above appropriation");
    }
    if (paid().isMoreThan(granted()) || repaid().isMoreThan(paid())) {
      throw new IllegalStateException("scheme " + year() + ": paid above granted, or repaid above paid");
    }
  }

  public Sek remaining() {
    return appropriation().minusOrZero(granted());
  }

  /** Grants {@code amount} out of the appropriation, or refuses with the figures (GRA-BUDGET). */
  public Either<Rejection, GrantScheme> grant(Sek amount, Explanation explanation) {
    Optional<Rejection> exceeded = Rules.refusal(Rules.explainFurther(explanation,
        GrantDecisionRules.BUDGET, new GrantDecisionRules.Charge(this, amount)), GrantDecisionRules.BUDGET);
    if (exceeded.isPresent()) {
      return Either.left(exceeded.get());
    }
    return Either.right(ImmutableGrantScheme.builder().from(this).granted(granted().plus(amount))
        .version(version() + 1).build());
  }

  /** GRA-17: {@code amount} paid out of a grant of the year; a follow-up pays only what it was granted. */
  public GrantScheme pay(Sek amount) {
    return ImmutableGrantScheme.builder().from(this).paid(paid().plus(amount)).version(version() + 1).build();
  }

  /** GRA-17: {@code amount} repaid on a claim; counted in the year's figures. */
  public GrantScheme repay(Sek amount) {
    return ImmutableGrantScheme.builder().from(this).repaid(repaid().plus(amount)).version(version() + 1).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a scheme. */
  public static final class Builder extends ImmutableGrantScheme.Builder {}
}
