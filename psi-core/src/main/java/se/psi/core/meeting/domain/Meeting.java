package se.psi.core.meeting.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Place;
import se.psi.core.shared.PsiStyle;
import se.psi.core.rules.Rejection;

/**
 * A meeting or other activity of the partnership (MTG-1, MTG-2, MTG-4), planned by the working committee (AU-5):
 * its format, theme, date and place, the agenda, who registered or attended, the speakers and the minutes.
 */
@Value.Immutable
@PsiStyle
public abstract class Meeting {

  public abstract MeetingId id();

  public abstract MeetingFormat format();

  /** The title, or for a public dialogue its theme (MTG-2). */
  public abstract String title();

  public abstract LocalDate date();

  public abstract Place place();

  /** The organisation responsible for carrying it out, e.g. Coompanion for the 2022 public dialogues. */
  public abstract Optional<String> responsibleOrganisation();

  public abstract List<AgendaItem> agenda();

  public abstract List<Registration> registrations();

  public abstract List<Speaker> speakers();

  /** The parties that attended an internal meeting. */
  public abstract Set<PartnerId> attendance();

  /** The decisions in the minutes, as written. */
  public abstract List<String> decisions();

  public abstract MeetingStatus status();

  /** IDE-2: the idea whose theme this public dialogue takes up, if it came from one; the idea points back. */
  public abstract Optional<IdeaId> fromIdea();

  public abstract long version();

  /** What a change did. */
  public record Changed(Meeting meeting, List<DomainEvent> events) {}

  /** AU-5: plans a meeting; a general meeting starts with the ruleset's fixed agenda (MTG-1). */
  public static Changed plan(MeetingId id, MeetingFormat format, String title, LocalDate date, Place place,
      Optional<String> responsible, List<String> templateAgenda, Supplier<EventMeta> meta) {
    return plan(id, format, title, date, place, responsible, templateAgenda, Optional.empty(), meta);
  }

  /** AU-5, IDE-2: plans a meeting, a public dialogue taking up the theme of the idea {@code fromIdea}. */
  public static Changed plan(MeetingId id, MeetingFormat format, String title, LocalDate date, Place place,
      Optional<String> responsible, List<String> templateAgenda, Optional<IdeaId> fromIdea,
      Supplier<EventMeta> meta) {
    List<AgendaItem> agenda = format == MeetingFormat.GENERAL_MEETING
        ? templateAgenda.stream().map(key -> new AgendaItem(key, true)).toList()
        : List.of();
    Meeting meeting = ImmutableMeeting.builder().id(id).format(format).title(title).date(date).place(place)
        .responsibleOrganisation(responsible).agenda(agenda).status(MeetingStatus.PLANNED).fromIdea(fromIdea)
        .version(1).build();
    return new Changed(meeting, List.of(new MeetingEvent.MeetingPlanned(meta.get(), id, format, date,
        place.municipality())));
  }

  public Either<Rejection, Changed> addAgendaItem(String text, Supplier<EventMeta> meta) {
    return whilePlanned().map(planned -> new Changed(copy().addAgenda(new AgendaItem(text, false))
        .version(version() + 1).build(), List.of(new MeetingEvent.MeetingAgendaItemAdded(meta.get(), id()))));
  }

  public Either<Rejection, Changed> addSpeaker(Speaker speaker, Supplier<EventMeta> meta) {
    return whilePlanned().map(planned -> new Changed(copy().addSpeakers(speaker).version(version() + 1).build(),
        List.of(new MeetingEvent.MeetingSpeakerAdded(meta.get(), id(), speaker.partner()))));
  }

  /** MTG-2: an open meeting takes registrations from anyone, within the partnership or not. */
  public Either<Rejection, Changed> register(Registration registration, Supplier<EventMeta> meta) {
    if (format().isInternal()) {
      return Either.left(new Rejection.IllegalState("Meeting", id().toString(), format().name(),
          "meeting.internalNoRegistration"));
    }
    return whilePlanned().map(planned -> new Changed(copy().addRegistrations(registration).version(version() + 1)
        .build(), List.of(new MeetingEvent.MeetingRegistrationReceived(meta.get(), id(),
            registration.fromOutsideThePartnership()))));
  }

  /** The meeting took place: who attended (internal meetings) and what was decided. */
  public Either<Rejection, Changed> hold(Set<PartnerId> attended, List<String> minutes, Supplier<EventMeta> meta) {
    if (!attended.isEmpty() && !format().isInternal()) {
      return Either.left(new Rejection.IllegalState("Meeting", id().toString(), format().name(),
          "meeting.openNoAttendance"));
    }
    return whilePlanned().map(planned -> {
      Meeting held = copy().attendance(attended).decisions(minutes).status(MeetingStatus.HELD)
          .version(version() + 1).build();
      int participants = format().isInternal() ? attended.size() : registrations().size();
      return new Changed(held, List.of(new MeetingEvent.MeetingHeld(meta.get(), id(), format(), date(),
          participants)));
    });
  }

  public Either<Rejection, Changed> cancel(Supplier<EventMeta> meta) {
    return whilePlanned().map(planned -> new Changed(copy().status(MeetingStatus.CANCELLED).version(version() + 1)
        .build(), List.of(new MeetingEvent.MeetingCancelled(meta.get(), id()))));
  }

  private Either<Rejection, Meeting> whilePlanned() {
    return status() == MeetingStatus.PLANNED ? Either.right(this)
        : Either.left(new Rejection.IllegalState("Meeting", id().toString(), status().name(),
            "meeting.notPlanned"));
  }

  private ImmutableMeeting.Builder copy() {
    return ImmutableMeeting.builder().from(this);
  }

  /** Rebuilds a stored meeting, for storage adapters. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a meeting from stored state. */
  public static final class Builder extends ImmutableMeeting.Builder {}
}
