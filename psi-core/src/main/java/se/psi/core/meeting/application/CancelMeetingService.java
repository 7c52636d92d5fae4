package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.CANCEL_MEETING;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.port.in.CancelMeetingUseCase;
import se.psi.core.meeting.port.in.MeetingCommand;
import se.psi.core.rules.Rejection;

/** The committee cancels a planned meeting. */
final class CancelMeetingService implements CancelMeetingUseCase {

  private final MeetingChanges changes;

  @Inject
  CancelMeetingService(MeetingChanges changes) {
    this.changes = changes;
  }

  @Override
  public Either<Rejection, Meeting> cancelMeeting(MeetingCommand command) {
    return changes.change(CANCEL_MEETING, command.actor(), command.meetingId(), command.expectedVersion(), command,
        (meeting, meta) -> meeting.cancel(meta));
  }
}
