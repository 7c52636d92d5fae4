package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.PLAN_MEETING;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.domain.LedTo;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.port.in.PlanMeetingUseCase;
import se.psi.core.meeting.port.in.PlanMeetingCommand;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.Place;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** AU-5: planning a meeting; a public dialogue may take up a triaged idea's theme (IDE-2). */
final class PlanMeetingService implements PlanMeetingUseCase {

  private final UseCaseBoundary boundary;
  private final Meetings meetings;
  private final Today today;
  private final IdSource ids;
  private final Clock clock;
  private final Ideas ideas;

  @Inject
  PlanMeetingService(UseCaseBoundary boundary, Meetings meetings, Today today, IdSource ids, Clock clock,
      Ideas ideas) {
    this.boundary = boundary;
    this.meetings = meetings;
    this.today = today;
    this.ids = ids;
    this.clock = clock;
    this.ideas = ideas;
  }

  @Override
  public Either<Rejection, Meeting> planMeeting(PlanMeetingCommand command) {
    return boundary.change(PLAN_MEETING.useCase(), MeetingChanges.TYPE, "", command.actor(), command, c ->
        PLAN_MEETING.check(c.actor())
            // The agenda template is that of the ruleset in force on the meeting's date.
            .flatMap(ok -> this.today.ruleSetOn(c.date()))
            .flatMap(ruleSet -> {
              Place place = c.digital() ? Place.digital() : Place.in(c.municipality());
              var planned = Meeting.plan(new MeetingId(ids.newId()), c.format(), c.title().strip(), c.date(), place,
                  Optional.ofNullable(c.responsibleOrganisation()).map(String::strip),
                  ruleSet.generalMeetingAgenda(), Optional.ofNullable(c.fromIdea()).map(IdeaId::new),
                  EventMeta.source(ids, clock));
              return fromIdea(planned.meeting(), ruleSet.version()).map(taken -> {
                meetings.save(planned.meeting());
                List<DomainEvent> events = new ArrayList<>(planned.events());
                events.addAll(taken);
                return Change.of(planned.meeting(), planned.meeting().id().toString(), events);
              });
            }));
  }

  /** IDE-2: the idea whose theme a public dialogue takes up points to it from its triage. */
  private Either<Rejection, List<DomainEvent>> fromIdea(Meeting dialogue, String rulesetVersion) {
    if (dialogue.fromIdea().isEmpty()) {
      return Either.right(List.of());
    }
    var id = dialogue.fromIdea().get();
    return Found.orNotFound(ideas.find(id), "Idea", id)
        .flatMap(idea -> idea.takenFurther(new LedTo.PublicDialogue(dialogue.id().value()), "fromIdea", rulesetVersion,
            this.today.date(), EventMeta.source(ids, clock)))
        .map(taken -> {
          ideas.save(taken.aggregate());
          return taken.events();
        });
  }
}
