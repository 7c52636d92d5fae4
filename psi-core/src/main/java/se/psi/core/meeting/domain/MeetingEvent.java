package se.psi.core.meeting.domain;

import java.time.LocalDate;
import java.util.Optional;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.PartnerId;

/** What happens to a meeting. */
public sealed interface MeetingEvent extends DomainEvent {

  MeetingId meetingId();

  @Override
  default String aggregateType() {
    return "Meeting";
  }

  @Override
  default String aggregateId() {
    return meetingId().toString();
  }

  /** AU-5: the working committee planned a meeting; {@code municipality} empty for a digital one. */
  record MeetingPlanned(EventMeta meta, MeetingId meetingId, MeetingFormat format, LocalDate date,
      Optional<Municipality> municipality) implements MeetingEvent {}

  /** AU-5: an item was added to a planned meeting's agenda. */
  record MeetingAgendaItemAdded(EventMeta meta, MeetingId meetingId) implements MeetingEvent {}

  /** AU-5: a speaker was added to a planned meeting, from {@code partnerId} when a partner speaks. */
  record MeetingSpeakerAdded(EventMeta meta, MeetingId meetingId, Optional<PartnerId> partnerId)
      implements MeetingEvent {}

  /** MTG-2: someone registered for an open meeting. */
  record MeetingRegistrationReceived(EventMeta meta, MeetingId meetingId, boolean fromOutsideThePartnership)
      implements MeetingEvent {}

  /** The meeting took place; {@code participants} counts attending parties or registrations. */
  record MeetingHeld(EventMeta meta, MeetingId meetingId, MeetingFormat format, LocalDate date, int participants)
      implements MeetingEvent {}

  record MeetingCancelled(EventMeta meta, MeetingId meetingId) implements MeetingEvent {}
}
