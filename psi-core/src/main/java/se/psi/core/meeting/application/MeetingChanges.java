package se.psi.core.meeting.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.shared.Actor;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;
import se.psi.core.application.UseCaseBoundary;

/** The shape shared by commands on one meeting: authorize, load, check version, change, save. */
final class MeetingChanges {

  static final String TYPE = "Meeting";

  /** One change of a meeting. */
  interface MeetingChange {
    Either<Rejection, Meeting.Changed> apply(Meeting meeting, Supplier<EventMeta> meta);
  }

  private final UseCaseBoundary boundary;
  private final Meetings meetings;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  MeetingChanges(UseCaseBoundary boundary, Meetings meetings, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.meetings = meetings;
    this.ids = ids;
    this.clock = clock;
  }

  <C> Either<Rejection, Meeting> change(Permission permission, Actor actor, UUID meetingId, Long expectedVersion,
      C command, MeetingChange change) {
    return boundary.change(permission.useCase(), TYPE, Found.text(meetingId), actor, command, c ->
        permission.check(actor)
            .flatMap(ok -> Found.orNotFound(meetings.find(new MeetingId(meetingId)), TYPE, meetingId))
            .flatMap(meeting -> Found.atVersion(meeting, Meeting::version, expectedVersion, TYPE, meetingId))
            .flatMap(meeting -> change.apply(meeting, EventMeta.source(ids, clock)))
            .map(changed -> {
              meetings.save(changed.meeting());
              return Change.of(changed.meeting(), meetingId.toString(), changed.events());
            }));
  }
}
