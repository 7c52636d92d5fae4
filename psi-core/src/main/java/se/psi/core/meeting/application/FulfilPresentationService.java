package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.FULFIL_PRESENTATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.port.in.FulfilPresentationCommand;
import se.psi.core.meeting.port.in.FulfilPresentationUseCase;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.rules.Rejection;

/** MTG-3: marks a presentation fulfilled once its public dialogue was held. */
final class FulfilPresentationService implements FulfilPresentationUseCase {

  private final PresentationChanges presentations;
  private final Meetings meetings;

  @Inject
  FulfilPresentationService(PresentationChanges presentations, Meetings meetings) {
    this.presentations = presentations;
    this.meetings = meetings;
  }

  @Override
  public Either<Rejection, PresentationObligation> fulfilPresentation(FulfilPresentationCommand command) {
    return presentations.changes.change(FULFIL_PRESENTATION, presentations.obligations, command.obligationId(),
        command.expectedVersion(), command.actor(), command, (obligation, today) -> obligation.fulfil(
            obligation.dialogue().flatMap(dialogue -> meetings.find(dialogue).toJavaOptional()),
            today.eventMeta()));
  }
}
