package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.SCHEDULE_PRESENTATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Found;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.port.in.SchedulePresentationCommand;
import se.psi.core.meeting.port.in.SchedulePresentationUseCase;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.rules.Rejection;

/** MTG-3: schedules an owed presentation into a planned public dialogue. */
final class SchedulePresentationService implements SchedulePresentationUseCase {

  private final PresentationChanges presentations;
  private final Meetings meetings;

  @Inject
  SchedulePresentationService(PresentationChanges presentations, Meetings meetings) {
    this.presentations = presentations;
    this.meetings = meetings;
  }

  @Override
  public Either<Rejection, PresentationObligation> schedulePresentation(SchedulePresentationCommand command) {
    return presentations.changes.change(SCHEDULE_PRESENTATION, presentations.obligations, command.obligationId(),
        command.expectedVersion(), command.actor(), command, (obligation, today) ->
            Found.orNotFound(meetings.find(new MeetingId(command.meetingId())), MeetingChanges.TYPE,
                    command.meetingId())
                .flatMap(dialogue -> obligation.scheduleInto(dialogue, today.eventMeta())));
  }
}
