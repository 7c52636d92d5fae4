package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.CANCEL_MEETING;
import static se.psi.core.meeting.port.in.MeetingPermissions.HOLD_MEETING;
import static se.psi.core.meeting.port.in.MeetingPermissions.PREPARE_MEETING;
import static se.psi.core.meeting.port.in.MeetingPermissions.REGISTER_FOR_MEETING;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.Registration;
import se.psi.core.meeting.domain.Speaker;
import se.psi.core.meeting.port.in.HoldMeetingCommand;
import se.psi.core.meeting.port.in.MeetingCommand;
import se.psi.core.meeting.port.in.MeetingUseCases;
import se.psi.core.meeting.port.in.PrepareMeetingCommand;
import se.psi.core.meeting.port.in.RegisterForMeetingCommand;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.PartnerId;
import se.psi.core.rules.Rejection;

/** The use cases that change one planned meeting: prepare, register, hold, cancel. */
final class MeetingServices implements MeetingUseCases.PrepareMeetingUseCase,
    MeetingUseCases.RegisterForMeetingUseCase, MeetingUseCases.HoldMeetingUseCase,
    MeetingUseCases.CancelMeetingUseCase {

  private final MeetingChanges changes;
  private final IdSource ids;

  @Inject
  MeetingServices(MeetingChanges changes, IdSource ids) {
    this.changes = changes;
    this.ids = ids;
  }

  @Override
  public Either<Rejection, Meeting> prepareMeeting(PrepareMeetingCommand command) {
    return changes.change(PREPARE_MEETING, command.actor(), command.meetingId(), command.expectedVersion(), command,
        (meeting, meta) -> command.agendaItem() != null
            ? meeting.addAgendaItem(command.agendaItem().strip())
            : meeting.addSpeaker(new Speaker(Optional.ofNullable(command.speaker().partnerId()).map(PartnerId::new),
                command.speaker().organisation().strip(), command.speaker().topic().strip())));
  }

  @Override
  public Either<Rejection, Meeting> registerForMeeting(RegisterForMeetingCommand command) {
    UUID registration = ids.newId();
    return changes.change(REGISTER_FOR_MEETING, command.actor(), command.meetingId(), null, command,
        (meeting, meta) -> meeting.register(new Registration(registration,
            Optional.ofNullable(command.organisation()).map(String::strip),
            Optional.ofNullable(command.partnerId()).map(PartnerId::new)), meta));
  }

  @Override
  public Either<Rejection, Meeting> holdMeeting(HoldMeetingCommand command) {
    Set<PartnerId> attended = command.attendance().stream().map(PartnerId::new).collect(Collectors.toSet());
    return changes.change(HOLD_MEETING, command.actor(), command.meetingId(), command.expectedVersion(), command,
        (meeting, meta) -> meeting.hold(attended, command.decisions().stream().map(String::strip).toList(), meta));
  }

  @Override
  public Either<Rejection, Meeting> cancelMeeting(MeetingCommand command) {
    return changes.change(CANCEL_MEETING, command.actor(), command.meetingId(), command.expectedVersion(), command,
        (meeting, meta) -> meeting.cancel(meta));
  }
}
