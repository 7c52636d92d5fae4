package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.PREPARE_MEETING;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.Speaker;
import se.psi.core.meeting.port.in.PrepareMeetingCommand;
import se.psi.core.meeting.port.in.PrepareMeetingUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.PartnerId;

/** Adds an agenda item or a speaker to a planned meeting. */
final class PrepareMeetingService implements PrepareMeetingUseCase {

  private final MeetingChanges changes;

  @Inject
  PrepareMeetingService(MeetingChanges changes) {
    this.changes = changes;
  }

  @Override
  public Either<Rejection, Meeting> prepareMeeting(PrepareMeetingCommand command) {
    return changes.change(PREPARE_MEETING, command.actor(), command.meetingId(), command.expectedVersion(), command,
        (meeting, meta) -> command.agendaItem() != null
            ? meeting.addAgendaItem(command.agendaItem().strip(), meta)
            : meeting.addSpeaker(new Speaker(Optional.ofNullable(command.speaker().partnerId()).map(PartnerId::new),
                command.speaker().organisation().strip(), command.speaker().topic().strip()), meta));
  }
}
