package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.COMPLETE_MEMBERSHIP_APPLICATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.CompleteMembershipApplicationCommand;
import se.psi.core.membership.port.in.CompleteMembershipApplicationUseCase;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.rules.Rejection;
import se.psi.core.application.UseCaseBoundary;

final class CompleteMembershipApplicationService implements CompleteMembershipApplicationUseCase {

  private final UseCaseBoundary boundary;
  private final MembershipApplications applications;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  CompleteMembershipApplicationService(UseCaseBoundary boundary, MembershipApplications applications, IdSource ids,
      Clock clock) {
    this.boundary = boundary;
    this.applications = applications;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, MembershipApplication> completeMembershipApplication(
      CompleteMembershipApplicationCommand command) {
    return boundary.change(COMPLETE_MEMBERSHIP_APPLICATION.useCase(), Applications.TYPE,
        Found.text(command.applicationId()), command.actor(), command, c -> Applications
            .visibleTo(applications, c.applicationId(), c.actor(), COMPLETE_MEMBERSHIP_APPLICATION)
            .flatMap(application -> Found.atVersion(application, MembershipApplication::version,
                c.expectedVersion(), Applications.TYPE, c.applicationId()))
            .flatMap(application -> application.complete(
                Optional.ofNullable(c.boardDecision()).map(BoardDecisionDetails::toBoardDecision),
                Optional.ofNullable(c.contactPerson())
                    .map(person -> person.toContactPerson(new ContactPersonId(ids.newId()))),
                Optional.ofNullable(c.politicalAssembly()).map(String::strip), EventMeta.source(ids, clock)))
            .map(changed -> {
              applications.save(changed.application());
              return Change.of(changed.application(), c.applicationId().toString(), changed.events());
            }));
  }
}
