package se.psi.core.grant.application;

import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.port.in.Permission;

/** The grant feature's aggregates as the change skeleton reaches them. */
final class GrantAggregates {

  private GrantAggregates() {}

  /**
   * A grant case belongs to its applicant's organisation and exists only for those {@code readers} allows: to anyone
   * else it is not found, so a stranger learns nothing of who applied.
   */
  static Aggregates<GrantApplication, GrantApplicationId> applications(GrantApplications applications,
      Permission readers) {
    return Aggregates.of(GrantApplication.TYPE, GrantApplicationId::new, applications::find, applications::save,
        GrantApplication::version, application -> Optional.of(application.applicant().organisationNumber()))
        .visibleOnlyTo(readers);
  }

  /** The delegation register is the committee's; no organisation owns a delegation. */
  static Aggregates<Delegation, DelegationId> delegations(Delegations delegations) {
    return Aggregates.unowned(Delegation.TYPE, DelegationId::new, delegations::find, delegations::save,
        Delegation::version);
  }
}
