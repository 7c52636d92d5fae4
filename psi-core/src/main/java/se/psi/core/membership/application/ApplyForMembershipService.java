package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.APPLY_FOR_MEMBERSHIP;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.application.Change;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

final class ApplyForMembershipService implements ApplyForMembershipUseCase {

  private final UseCaseBoundary boundary;
  private final MembershipApplications applications;
  private final Partners partners;
  private final Today today;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  ApplyForMembershipService(UseCaseBoundary boundary, MembershipApplications applications, Partners partners,
      Today today, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.applications = applications;
    this.partners = partners;
    this.today = today;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, MembershipApplication> applyForMembership(ApplyForMembershipCommand command) {
    return boundary.changeRetryingLostRaces(APPLY_FOR_MEMBERSHIP.useCase(), Applications.TYPE, "", command.actor(),
        command, c -> {
      Organisation organisation = c.organisation().toOrganisation();
      return APPLY_FOR_MEMBERSHIP.check(c.actor(), Optional.of(organisation.organisationNumber()))
          .peek(actor -> boundary.lock(Applications.ORGANISATION, organisation.organisationNumber()))
          .flatMap(actor -> Applications.noOpenMembership(applications, partners, organisation))
          .map(free -> {
            var changed = MembershipApplication.submit(new MembershipApplicationId(ids.newId()), organisation,
                Optional.ofNullable(c.boardDecision()).map(BoardDecisionDetails::toBoardDecision),
                Optional.ofNullable(c.contactPerson())
                    .map(person -> person.toContactPerson(new ContactPersonId(ids.newId()))),
                Optional.ofNullable(c.politicalAssembly()).map(String::strip),
                Optional.ofNullable(c.engagement()), this.today.date(), EventMeta.source(ids, clock));
            applications.save(changed.application());
            return Change.of(changed.application(), changed.application().id().toString(), changed.events());
          });
    });
  }
}
