package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.meeting.domain.AgendaItem;
import se.psi.core.meeting.domain.Coverage;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.domain.MeetingStatus;
import se.psi.core.meeting.domain.Speaker;
import se.psi.core.meeting.domain.YearTargets;
import se.psi.core.meeting.port.in.MeetingYear;
import se.psi.core.meeting.port.in.PrepareMeetingCommand.SpeakerDetails;
import se.psi.core.shared.Municipality;

/** Meetings (MTG): requests and answers. */
public final class MeetingJson {

  private MeetingJson() {}

  /**
   * The committee plans a meeting: in a municipality, or digital (MTG-1, MTG-2, MTG-4); a public dialogue may take up
   * the theme of an idea triaged so ({@code fromIdea}, IDE-2).
   */
  public record MeetingPlanRequest(MeetingFormat format, String title, LocalDate date, Municipality municipality,
      boolean digital, String responsibleOrganisation, UUID fromIdea) {}

  /** One addition to the programme: an agenda item or a speaker. */
  public record PreparationRequest(String agendaItem, SpeakerDetails speaker) {}

  /** Anyone registers for a meeting open to the public (MTG-2), as an organisation or a partner. */
  public record RegistrationRequest(String organisation, UUID partnerId) {}

  /** The committee records that the meeting was held: who attended and what was decided. */
  public record HeldRequest(Set<UUID> attendance, List<String> decisions) {}

  public record SpeakerJson(UUID partnerId, String organisation, String topic) {
    static SpeakerJson of(Speaker speaker) {
      return new SpeakerJson(speaker.partner().map(p -> p.value()).orElse(null), speaker.organisation(),
          speaker.topic());
    }
  }

  /** A meeting as published: registrations are counted, not listed. */
  public record MeetingView(UUID id, MeetingFormat format, String title, LocalDate date, Municipality municipality,
      boolean digital, String responsibleOrganisation, List<AgendaItem> agenda, List<SpeakerJson> speakers,
      int registrations, Set<UUID> attendance, List<String> decisions, MeetingStatus status, UUID fromIdea,
      long version) {
    public static MeetingView of(Meeting meeting) {
      return new MeetingView(meeting.id().value(), meeting.format(), meeting.title(), meeting.date(),
          meeting.place().municipality().orElse(null), meeting.place().municipality().isEmpty(),
          meeting.responsibleOrganisation().orElse(null), meeting.agenda(),
          meeting.speakers().stream().map(SpeakerJson::of).toList(), meeting.registrations().size(),
          meeting.attendance().stream().map(p -> p.value()).collect(java.util.stream.Collectors.toSet()),
          meeting.decisions(), meeting.status(), meeting.fromIdea().map(IdeaId::value).orElse(null), meeting.version());
    }
  }

  /** A year's meetings against the targets of its ruleset, and where in the county they were held. */
  public record MeetingYearJson(int year, Map<MeetingFormat, Integer> planned, Map<MeetingFormat, Integer> held,
      Map<Municipality, Integer> perMunicipality, int digital, List<Municipality> gaps,
      ExplanationJson explanation) {
    public static MeetingYearJson of(MeetingYear year, Texts texts) {
      YearTargets targets = year.targets();
      Coverage coverage = year.coverage();
      return new MeetingYearJson(targets.year().getValue(), targets.planned(), targets.held(),
          coverage.perMunicipality(), coverage.digital(), coverage.gaps(),
          ExplanationJson.of(targets.explanation(), texts));
    }
  }

  /** MTG-3: a granted project owes a presentation at a public dialogue; new ones name the project. */
  public record PresentationRequest(String projectReference, String projectTitle) {}

  /** The dialogue a presentation is scheduled into. */
  public record SchedulingRequest(UUID meetingId) {}

  public record PresentationView(UUID id, String projectReference, String projectTitle, LocalDate owedSince,
      UUID dialogue, se.psi.core.meeting.domain.PresentationObligation.Status status, long version) {
    public static PresentationView of(se.psi.core.meeting.domain.PresentationObligation obligation) {
      return new PresentationView(obligation.id().value(), obligation.projectReference(), obligation.projectTitle(),
          obligation.owedSince(), obligation.dialogue().map(m -> m.value()).orElse(null), obligation.status(),
          obligation.version());
    }
  }
}
