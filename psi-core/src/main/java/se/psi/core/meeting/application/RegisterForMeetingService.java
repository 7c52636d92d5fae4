package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.REGISTER_FOR_MEETING;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.Registration;
import se.psi.core.meeting.port.in.RegisterForMeetingCommand;
import se.psi.core.meeting.port.in.RegisterForMeetingUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.PartnerId;

/** MTG-2: anyone registers for an open meeting. */
final class RegisterForMeetingService implements RegisterForMeetingUseCase {

  private final MeetingChanges changes;
  private final IdSource ids;

  @Inject
  RegisterForMeetingService(MeetingChanges changes, IdSource ids) {
    this.changes = changes;
    this.ids = ids;
  }

  @Override
  public Either<Rejection, Meeting> registerForMeeting(RegisterForMeetingCommand command) {
    UUID registration = ids.newId();
    return changes.change(REGISTER_FOR_MEETING, command.actor(), command.meetingId(), null, command,
        (meeting, meta) -> meeting.register(new Registration(registration,
            Optional.ofNullable(command.organisation()).map(String::strip),
            Optional.ofNullable(command.partnerId()).map(PartnerId::new)), meta));
  }
}
