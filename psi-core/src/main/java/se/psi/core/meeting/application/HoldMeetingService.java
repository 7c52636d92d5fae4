package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.HOLD_MEETING;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.port.in.HoldMeetingCommand;
import se.psi.core.meeting.port.in.HoldMeetingUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.PartnerId;

/** The meeting was held: attendance of internal meetings and the minutes' decisions. */
final class HoldMeetingService implements HoldMeetingUseCase {

  private final MeetingChanges changes;

  @Inject
  HoldMeetingService(MeetingChanges changes) {
    this.changes = changes;
  }

  @Override
  public Either<Rejection, Meeting> holdMeeting(HoldMeetingCommand command) {
    // The attendance is read inside the change, after the command's shape is validated: a missing partner is refused.
    return changes.change(HOLD_MEETING, command.actor(), command.meetingId(), command.expectedVersion(), command,
        (meeting, meta) -> meeting.hold(
            command.attendance().stream().map(PartnerId::new).collect(Collectors.toSet()),
            command.decisions().stream().map(String::strip).toList(), meta));
  }
}
