package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.OWE_PRESENTATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.domain.PresentationObligationId;
import se.psi.core.meeting.port.in.OwePresentationCommand;
import se.psi.core.meeting.port.in.OwePresentationUseCase;
import se.psi.core.rules.Rejection;

/** MTG-3: records that a granted project owes a presentation (GRA-8), for a grant decided outside the library. */
final class OwePresentationService implements OwePresentationUseCase {

  private final PresentationChanges presentations;

  @Inject
  OwePresentationService(PresentationChanges presentations) {
    this.presentations = presentations;
  }

  @Override
  public Either<Rejection, PresentationObligation> owePresentation(OwePresentationCommand command) {
    return presentations.changes.create(OWE_PRESENTATION, presentations.obligations, command.actor(), command,
        PresentationObligation::id, today -> Either.right(PresentationObligation.owe(
            new PresentationObligationId(today.newId()), command.projectReference(), command.projectTitle(),
            today.date(), today.eventMeta())));
  }
}
