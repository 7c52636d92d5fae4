package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.fixtures.Fixtures.aPlannedMeeting;
import static se.psi.testkit.fixtures.Fixtures.eventMeta;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.domain.PresentationObligationId;
import se.psi.core.meeting.domain.Registration;
import se.psi.core.meeting.domain.Speaker;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.port.out.StaleVersionException;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Place;

/** The contract of the {@link Meetings} and {@link PresentationObligations} ports. Return fresh, empty stores. */
public abstract class MeetingPortsContract {

  protected abstract Meetings meetings();

  protected abstract PresentationObligations presentations();

  @Test
  void a_meeting_with_agenda_registrations_speakers_attendance_and_minutes_is_found_as_saved() {
    Meetings meetings = meetings();
    Meeting dialogue = aPlannedMeeting(MeetingFormat.PUBLIC_DIALOGUE, LocalDate.of(2022, 4, 5),
        Place.in(Municipality.KUMLA));
    meetings.save(dialogue);
    Meeting prepared = dialogue.addSpeaker(new Speaker(Optional.of(new PartnerId(UUID.randomUUID())), "Verdandi",
        "Digitalt utanförskap"), eventMeta()).get().meeting();
    meetings.save(prepared);
    Meeting registered = prepared.register(new Registration(UUID.randomUUID(), Optional.of("Röda korset"),
        Optional.empty()), eventMeta()).get().meeting();
    meetings.save(registered);
    Meeting fromIdea = Meeting.plan(new MeetingId(UUID.randomUUID()), MeetingFormat.PUBLIC_DIALOGUE,
        "Äldre som äter ensamma", LocalDate.of(2022, 9, 14), Place.in(Municipality.NORA), Optional.empty(),
        List.of(), Optional.of(new IdeaId(UUID.randomUUID())), eventMeta()).meeting();
    meetings.save(fromIdea);
    Meeting general = aPlannedMeeting(MeetingFormat.GENERAL_MEETING, LocalDate.of(2022, 5, 10), Place.digital());
    meetings.save(general);
    Meeting held = general.hold(Set.of(new PartnerId(UUID.randomUUID())), List.of("Verksamhetsplanen fastställdes"),
        eventMeta()).get().meeting();
    meetings.save(held);

    assertThat(meetings.find(registered.id()).get()).isEqualTo(registered);
    assertThat(meetings.find(held.id()).get()).isEqualTo(held);
    assertThat(meetings.inYear(Year.of(2022))).containsExactly(registered, held, fromIdea);
    assertThat(meetings.find(fromIdea.id()).get().fromIdea()).isEqualTo(fromIdea.fromIdea());
    assertThat(meetings.inYear(Year.of(2023))).isEmpty();
  }

  @Test
  void a_stale_meeting_write_is_refused() {
    Meetings meetings = meetings();
    Meeting meeting = aPlannedMeeting(MeetingFormat.WORKSHOP, LocalDate.of(2022, 9, 1), Place.digital());
    meetings.save(meeting);
    meetings.save(meeting.cancel(eventMeta()).get().meeting());

    assertThatThrownBy(() -> meetings.save(meeting.addAgendaItem("Fika", eventMeta()).get().meeting()))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void presentation_obligations_are_kept_until_fulfilled() {
    PresentationObligations presentations = presentations();
    PresentationObligation older = PresentationObligation.owe(new PresentationObligationId(UUID.randomUUID()),
        "grant-1", "Språkcafé", LocalDate.of(2022, 1, 10), eventMeta()).aggregate();
    PresentationObligation newer = PresentationObligation.owe(new PresentationObligationId(UUID.randomUUID()),
        "grant-2", "Matkasse", LocalDate.of(2022, 2, 10), eventMeta()).aggregate();
    presentations.save(newer);
    presentations.save(older);

    assertThat(presentations.unfulfilled()).containsExactly(older, newer);
    assertThat(presentations.find(older.id()).get()).isEqualTo(older);
    assertThatThrownBy(() -> presentations.save(older)).isInstanceOf(StaleVersionException.class);
  }

  @Test
  void GRA_8_a_granted_projects_presentation_is_found_by_the_project() {
    PresentationObligations presentations = presentations();
    PresentationObligation owed = PresentationObligation.owe(new PresentationObligationId(UUID.randomUUID()),
        "grant-3", "Läxhjälp", LocalDate.of(2022, 3, 10), eventMeta()).aggregate();
    presentations.save(owed);

    assertThat(presentations.ofProject("grant-3").get()).isEqualTo(owed);
    assertThat(presentations.ofProject("grant-4").isEmpty()).isTrue();
  }
}
