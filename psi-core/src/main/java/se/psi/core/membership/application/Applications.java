package se.psi.core.membership.application;

import io.vavr.control.Either;
import java.util.Optional;
import java.util.UUID;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.Actor;
import se.psi.core.application.Found;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;

/** Loading and guarding membership applications for the use cases. */
final class Applications {

  static final String TYPE = "MembershipApplication";

  /**
   * What a change locks to hold "one open application and one partnership per organisation" (MEM-3): the
   * organisation, by its number, before it looks for either.
   */
  static final String ORGANISATION = "Organisation";

  private Applications() {}

  /**
   * The application, if the actor may act on it. Anyone else is told it does not exist, so that one organisation
   * never learns of another's application.
   */
  static Either<Rejection, MembershipApplication> visibleTo(MembershipApplications applications, UUID id,
      Actor actor, Permission permission) {
    return Found.orNotFound(applications.find(new MembershipApplicationId(id))
        .filter(application -> permission.allows(actor,
            Optional.of(application.organisation().organisationNumber()))), TYPE, id);
  }

  /**
   * An organisation may have one open application and one partnership at a time. Called after the organisation is
   * locked ({@link #ORGANISATION}), so that two changes never both find it free.
   */
  static Either<Rejection, Organisation> noOpenMembership(MembershipApplications applications, Partners partners,
      Organisation organisation) {
    var number = organisation.organisationNumber();
    if (partners.findCurrent(number).isDefined()) {
      return Either.left(new Rejection.IllegalState("Partner", number.toString(), "ACTIVE",
          "membership.alreadyPartner"));
    }
    return applications.findByOrganisation(number).stream()
        .filter(application -> application.status().isDecidable())
        .findFirst()
        .<Either<Rejection, Organisation>>map(open -> Either.left(new Rejection.IllegalState(TYPE,
            open.id().toString(), open.status().name(), "membership.applicationOpen")))
        .orElseGet(() -> Either.right(organisation));
  }
}
