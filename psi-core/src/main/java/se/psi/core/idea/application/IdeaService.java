package se.psi.core.idea.application;

import static se.psi.core.idea.port.in.IdeaPermissions.ERASE_IDEA_CONTACT;
import static se.psi.core.idea.port.in.IdeaPermissions.FOLLOW_IDEA;
import static se.psi.core.idea.port.in.IdeaPermissions.SUBMIT_IDEA;
import static se.psi.core.idea.port.in.IdeaPermissions.TRIAGE_IDEAS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaEvent;
import se.psi.core.idea.domain.IdeaValues.IdeaContact;
import se.psi.core.idea.domain.IdeaValues.IdeaId;
import se.psi.core.idea.domain.IdeaValues.Triage;
import se.psi.core.idea.port.in.IdeaCommands.FollowIdeaQuery;
import se.psi.core.idea.port.in.IdeaCommands.IdeaCommand;
import se.psi.core.idea.port.in.IdeaCommands.SubmitIdeaCommand;
import se.psi.core.idea.port.in.IdeaCommands.TriageIdeaCommand;
import se.psi.core.idea.port.in.IdeaStatus;
import se.psi.core.idea.port.in.IdeaUseCases;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.shared.Actor;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.Place;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** Ideas from anyone (IDE-1), triaged and followed with a receipt (IDE-2). */
final class IdeaService implements IdeaUseCases.SubmitIdeaUseCase, IdeaUseCases.FollowIdeaUseCase,
    IdeaUseCases.TriageIdeaUseCase, IdeaUseCases.EraseIdeaContactUseCase {

  private static final String TYPE = "Idea";

  private final UseCaseBoundary boundary;
  private final Ideas ideas;
  private final Today today;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  IdeaService(UseCaseBoundary boundary, Ideas ideas, Today today, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.ideas = ideas;
    this.today = today;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, Idea> submitIdea(SubmitIdeaCommand command) {
    return boundary.change("SubmitIdea", TYPE, "", command.actor(), command, c -> SUBMIT_IDEA.check(c.actor())
        .map(ok -> {
          Idea idea = Idea.builder().id(new IdeaId(ids.newId())).receipt(ids.newId().toString()).source(c.source())
              .organisation(Optional.ofNullable(c.organisation()).map(String::strip))
              .contact(Optional.ofNullable(c.contact()).map(d -> new IdeaContact(d.name().strip(), d.email().strip())))
              .challenge(c.challenge().strip()).description(c.description().strip())
              .place(new Place(Optional.ofNullable(c.municipality()))).channel(c.channel())
              .channelledBy(Optional.ofNullable(c.channelledBy())).submittedOn(this.today.date()).version(1).build();
          ideas.save(idea);
          return Change.of(idea, idea.id().toString(), List.<DomainEvent>of(new IdeaEvent.IdeaSubmitted(
              EventMeta.source(ids, clock).get(), idea.id(), idea.source(), idea.channel(), idea.channelledBy())));
        }));
  }

  @Override
  public Either<Rejection, IdeaStatus> followIdea(FollowIdeaQuery query) {
    return boundary.query(query, q -> FOLLOW_IDEA.check(q.actor())
        .flatMap(ok -> Found.orNotFound(ideas.findByReceipt(q.receipt().strip()), TYPE, "receipt"))
        .map(idea -> new IdeaStatus(idea.receipt(), idea.submittedOn(), idea.triage())));
  }

  @Override
  public Either<Rejection, Idea> triageIdea(TriageIdeaCommand command) {
    return change("TriageIdea", TRIAGE_IDEAS, command.actor(), command.ideaId(), command.expectedVersion(), command,
        idea -> idea.triaged(new Triage(command.outcome(), command.note().strip(), this.today.date(),
            command.actor().personId())), idea -> List.of(new IdeaEvent.IdeaTriaged(EventMeta.source(ids, clock).get(),
                idea.id(), command.outcome())));
  }

  @Override
  public Either<Rejection, List<Idea>> findIdeas(Actor actor) {
    return TRIAGE_IDEAS.check(actor).map(ok -> ideas.all());
  }

  @Override
  public Either<Rejection, Idea> eraseIdeaContact(IdeaCommand command) {
    return change("EraseIdeaContact", ERASE_IDEA_CONTACT, command.actor(), command.ideaId(),
        command.expectedVersion(), command, Idea::withoutContact, idea -> List.of());
  }

  private <C> Either<Rejection, Idea> change(String useCase, Permission permission, Actor actor, java.util.UUID id,
      Long expectedVersion, C command, UnaryOperator<Idea> change,
      java.util.function.Function<Idea, List<DomainEvent>> events) {
    return boundary.change(useCase, TYPE, Found.text(id), actor, command, c -> permission.check(actor)
        .flatMap(ok -> Found.orNotFound(ideas.find(new IdeaId(id)), TYPE, id))
        .flatMap(idea -> Found.atVersion(idea, Idea::version, expectedVersion, TYPE, id))
        .map(idea -> {
          Idea changed = change.apply(idea);
          ideas.save(changed);
          return Change.of(changed, id.toString(), events.apply(changed));
        }));
  }
}
