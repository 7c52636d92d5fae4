package se.psi.core.meeting.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Supplier;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;

/** The meetings on the kernel's {@link Changes}: planning one, changing one, reading one. */
final class MeetingChanges {

  static final String TYPE = "Meeting";

  /** One change of a meeting. */
  interface MeetingChange {
    Either<Rejection, Meeting.Changed> apply(Meeting meeting, Supplier<EventMeta> meta);
  }

  private final Changes changes;
  private final Aggregates<Meeting, MeetingId> meetings;

  @Inject
  MeetingChanges(Changes changes, Meetings meetings) {
    this.changes = changes;
    this.meetings = Aggregates.unowned(TYPE, MeetingId::new, meetings::find, meetings::save, Meeting::version);
  }

  /** Plans a new meeting; the audit entry names it by its id. */
  Either<Rejection, Meeting> create(Permission permission, Actor actor, Object command,
      Changes.Creation<Meeting> creation) {
    return changes.create(permission, meetings, actor, command, Meeting::id, creation);
  }

  /** One meeting, for an actor with {@code permission}. */
  Either<Rejection, Meeting> get(Permission permission, Actor actor, UUID meetingId, Object query) {
    return changes.get(permission, meetings, meetingId, actor, query);
  }

  <C> Either<Rejection, Meeting> change(Permission permission, Actor actor, UUID meetingId, Long expectedVersion,
      C command, MeetingChange change) {
    return changes.change(permission, meetings, meetingId, expectedVersion, actor, command,
        (meeting, today) -> change.apply(meeting, today.eventMeta())
            .map(changed -> Changed.of(changed.meeting(), changed.events())));
  }
}
