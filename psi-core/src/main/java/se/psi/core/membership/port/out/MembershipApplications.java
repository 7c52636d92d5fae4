package se.psi.core.membership.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.shared.OrganisationNumber;

/**
 * Driven port: membership applications. {@link #save} stores version 1 as new and a later version only over the
 * version just before it, else throws {@link se.psi.core.usecase.StaleVersionException} (psi-testkit's
 * {@code MembershipApplicationsContract}).
 */
public interface MembershipApplications {

  Option<MembershipApplication> find(MembershipApplicationId id);

  /** The organisation's applications, oldest first. */
  List<MembershipApplication> findByOrganisation(OrganisationNumber organisation);

  void save(MembershipApplication application);
}
