package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.FIND_MEETINGS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.port.in.GetMeetingUseCase;
import se.psi.core.meeting.port.in.MeetingCommand;
import se.psi.core.rules.Rejection;

/** One published meeting, for anyone. */
final class GetMeetingService implements GetMeetingUseCase {

  private final MeetingChanges changes;

  @Inject
  GetMeetingService(MeetingChanges changes) {
    this.changes = changes;
  }

  @Override
  public Either<Rejection, Meeting> getMeeting(MeetingCommand query) {
    return changes.get(FIND_MEETINGS, query.actor(), query.meetingId(), query);
  }
}
