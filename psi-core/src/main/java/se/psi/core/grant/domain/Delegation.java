package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.psi.core.shared.PsiStyle;

/**
 * GRA-5: a delegation of the power to decide grants: who, from which committee, for which matter, valid from and to.
 * The area head Kultur och ideell sektor decides on delegation from Kulturnämnden.
 */
@Value.Immutable
@PsiStyle
public abstract class Delegation {

  /** The resource type as the audit log and refusals name it. */
  public static final String TYPE = "Delegation";

  /** The matter delegated: decisions on the grant for social innovation. */
  public static final String GRANT_DECISIONS = "GRANT_DECISIONS";

  public abstract DelegationId id();

  /** The host's id of the person who holds the delegation. */
  public abstract String delegate();

  /** The delegate's position, e.g. "Områdeschef Kultur och ideell sektor". */
  public abstract String position();

  /** The committee that delegated, e.g. "Kulturnämnden". */
  public abstract String fromCommittee();

  public abstract String matter();

  public abstract LocalDate validFrom();

  public abstract Optional<LocalDate> validUntil();

  /** GRA-14: the scheme years the delegation covers; empty for every year of the scheme. */
  public abstract java.util.List<Integer> schemeYears();

  /** GRA-14: the highest amount granted in one decision, if the delegation has a ceiling. */
  public abstract Optional<se.psi.core.shared.Sek> ceiling();

  /** GRA-14: the first day the delegation no longer holds because it was revoked. */
  public abstract Optional<LocalDate> revokedOn();

  public abstract Optional<String> revocationReason();

  public abstract long version();

  /** GRA-5: the delegation is this person's, for this matter (whether it holds on a day is GRA-14's). */
  public boolean heldBy(String personId, String matterToDecide) {
    return delegate().equals(personId) && matter().equals(matterToDecide);
  }

  /** GRA-14: the delegation covers applications to the scheme of {@code year}. */
  public boolean covers(int year) {
    return schemeYears().isEmpty() || schemeYears().contains(year);
  }

  /** GRA-14: revoked from {@code on}; a delegation is revoked once. */
  public io.vavr.control.Either<se.psi.core.rules.Rejection, se.psi.core.shared.Changed<Delegation>> revoke(
      LocalDate on, String reason, java.util.function.Supplier<se.psi.core.shared.EventMeta> meta) {
    if (revokedOn().isPresent()) {
      return io.vavr.control.Either.left(new se.psi.core.rules.Rejection.IllegalState(TYPE, id().toString(),
          "REVOKED", "grant.delegation.alreadyRevoked"));
    }
    Delegation revoked = ImmutableDelegation.builder().from(this).revokedOn(on).revocationReason(reason)
        .version(version() + 1).build();
    return io.vavr.control.Either.right(se.psi.core.shared.Changed.of(revoked, java.util.List.of(
        new DelegationEvent.DelegationRevoked(meta.get(), id(), on))));
  }

  /** GRA-14: within its period and not revoked on {@code date}. */
  public boolean validOn(LocalDate date) {
    return !date.isBefore(validFrom()) && validUntil().map(until -> !date.isAfter(until)).orElse(true)
        && revokedOn().map(date::isBefore).orElse(true);
  }

  public boolean allows(String personId, String matterToDecide, LocalDate on) {
    return heldBy(personId, matterToDecide) && validOn(on);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a delegation. */
  public static final class Builder extends ImmutableDelegation.Builder {}
}
