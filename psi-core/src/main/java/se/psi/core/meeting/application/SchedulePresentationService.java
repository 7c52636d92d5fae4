package se.psi.core.meeting.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.port.in.PresentationCommand;
import se.psi.core.meeting.port.in.SchedulePresentationUseCase;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.rules.Rejection;

/** MTG-3: schedules an owed presentation into a planned public dialogue. */
final class SchedulePresentationService implements SchedulePresentationUseCase {

  private final UseCaseBoundary boundary;
  private final PresentationObligationLoader loader;
  private final PresentationObligations obligations;
  private final Meetings meetings;

  @Inject
  SchedulePresentationService(UseCaseBoundary boundary, PresentationObligationLoader loader,
      PresentationObligations obligations, Meetings meetings) {
    this.boundary = boundary;
    this.loader = loader;
    this.obligations = obligations;
    this.meetings = meetings;
  }

  @Override
  public Either<Rejection, PresentationObligation> schedulePresentation(PresentationCommand command) {
    return boundary.change("SchedulePresentation", PresentationObligationLoader.TYPE,
        Found.text(command.obligationId()), command.actor(), command, c -> loader.load(c).flatMap(obligation ->
            Found.orNotFound(meetings.find(new MeetingId(PresentationObligationLoader.nonNull(c.meetingId()))),
                MeetingChanges.TYPE, c.meetingId()).flatMap(obligation::scheduleInto))
            .map(scheduled -> {
              obligations.save(scheduled);
              return Change.of(scheduled, scheduled.id().toString(), List.of());
            }));
  }
}
