package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.PLAN_MEETING;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.application.Found;
import se.psi.core.application.Today;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.domain.LedTo;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.port.in.PlanMeetingCommand;
import se.psi.core.meeting.port.in.PlanMeetingUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Changed;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.Place;

/** AU-5: planning a meeting; a public dialogue may take up a triaged idea's theme (IDE-2). */
final class PlanMeetingService implements PlanMeetingUseCase {

  private final MeetingChanges changes;
  private final IdSource ids;
  private final Ideas ideas;

  @Inject
  PlanMeetingService(MeetingChanges changes, IdSource ids, Ideas ideas) {
    this.changes = changes;
    this.ids = ids;
    this.ideas = ideas;
  }

  @Override
  public Either<Rejection, Meeting> planMeeting(PlanMeetingCommand command) {
    return changes.create(PLAN_MEETING, command.actor(), command, today ->
        // The agenda template is that of the ruleset in force on the meeting's date.
        today.ruleSetOn(command.date()).flatMap(ruleSet -> {
          Place place = command.digital() ? Place.digital() : Place.in(command.municipality());
          var planned = Meeting.plan(new MeetingId(ids.newId()), command.format(), command.title().strip(),
              command.date(), place, Optional.ofNullable(command.responsibleOrganisation()).map(String::strip),
              ruleSet.generalMeetingAgenda(), Optional.ofNullable(command.fromIdea()).map(IdeaId::new),
              today.eventMeta());
          return fromIdea(planned.meeting(), ruleSet.version(), today).map(taken -> {
            List<DomainEvent> events = new ArrayList<>(planned.events());
            events.addAll(taken);
            return Changed.of(planned.meeting(), events);
          });
        }));
  }

  /** IDE-2: the idea whose theme a public dialogue takes up points to it from its triage. */
  private Either<Rejection, List<DomainEvent>> fromIdea(Meeting dialogue, String rulesetVersion, Today today) {
    if (dialogue.fromIdea().isEmpty()) {
      return Either.right(List.of());
    }
    var id = dialogue.fromIdea().get();
    return Found.orNotFound(ideas.find(id), "Idea", id)
        .flatMap(idea -> idea.takenFurther(new LedTo.PublicDialogue(dialogue.id().value()), "fromIdea", rulesetVersion,
            today.date(), today.eventMeta()))
        .map(taken -> {
          ideas.save(taken.aggregate());
          return taken.events();
        });
  }
}
