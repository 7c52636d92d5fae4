package se.psi.core.idea.domain;

import java.util.Optional;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.Municipality;

/** What happens to an idea; never who brought it. */
public sealed interface IdeaEvent extends DomainEvent {

  IdeaId ideaId();

  @Override
  default String aggregateType() {
    return "Idea";
  }

  @Override
  default String aggregateId() {
    return ideaId().toString();
  }

  /** IDE-1: an idea arrived, and through which channel (IDE-2: channelled by a municipality). */
  record IdeaSubmitted(EventMeta meta, IdeaId ideaId, IdeaSource source, IdeaChannel channel,
      Optional<Municipality> channelledBy) implements IdeaEvent {}

  /** CON-3: the idea-giver's contact details were erased on request. */
  record IdeaContactErased(EventMeta meta, IdeaId ideaId) implements IdeaEvent {}

  /** IDE-2: the idea was triaged. */
  record IdeaTriaged(EventMeta meta, IdeaId ideaId, TriageOutcome outcome) implements IdeaEvent {}

  /**
   * IDE-2: what the triage decided was created: {@code ledTo} is the advisory case, the project-bank entry or the
   * public dialogue that now carries the idea.
   */
  record IdeaTakenFurther(EventMeta meta, IdeaId ideaId, TriageOutcome outcome, LedTo ledTo) implements IdeaEvent {}
}
