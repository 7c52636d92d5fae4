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

  public abstract long version();

  public boolean validOn(LocalDate date) {
    return !date.isBefore(validFrom()) && validUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  public boolean allows(String personId, String matterToDecide, LocalDate on) {
    return delegate().equals(personId) && matter().equals(matterToDecide) && validOn(on);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a delegation. */
  public static final class Builder extends ImmutableDelegation.Builder {}
}
