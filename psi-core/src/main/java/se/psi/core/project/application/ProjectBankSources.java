package se.psi.core.project.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.idea.domain.LedTo;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.shared.Actor;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.application.Found;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;

/**
 * Where a project-bank entry came from points to it: the idea triaged to the bank (IDE-2) gets the entry on its
 * triage, the advisory case that sent its idea here (ADV-3) gets an outcome "added to the project bank" naming it.
 */
final class ProjectBankSources {

  private final Ideas ideas;
  private final AdvisoryCases cases;
  private final Today today;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  ProjectBankSources(Ideas ideas, AdvisoryCases cases, Today today, IdSource ids, Clock clock) {
    this.ideas = ideas;
    this.cases = cases;
    this.today = today;
    this.ids = ids;
    this.clock = clock;
  }

  /** Saves each source of {@code entry} pointing to it; the events of those changes. */
  Either<Rejection, List<DomainEvent>> pointTo(ProjectIdea entry, Actor actor) {
    List<DomainEvent> events = new ArrayList<>();
    if (entry.fromIdea().isPresent()) {
      var id = entry.fromIdea().get();
      String version = this.today.registry().inForceOn(entry.addedOn()).map(r -> r.version()).getOrElse("-");
      var taken = Found.orNotFound(ideas.find(id), "Idea", id)
          .flatMap(idea -> idea.takenFurther(new LedTo.ProjectBankEntry(entry.id().value()), "fromIdea", version,
              entry.addedOn(), EventMeta.source(ids, clock)));
      if (taken.isLeft()) {
        return Either.left(taken.getLeft());
      }
      ideas.save(taken.get().aggregate());
      events.addAll(taken.get().events());
    }
    if (entry.fromAdvisoryCase().isPresent()) {
      var id = entry.fromAdvisoryCase().get();
      var recorded = Found.orNotFound(cases.find(id), "AdvisoryCase", id)
          .flatMap(found -> found.record(new AdvisoryCase.Outcome(AdvisoryCase.OutcomeKind.ADDED_TO_PROJECT_BANK,
              entry.title(), Optional.empty(), actor.personId(), entry.addedOn(),
              Optional.of(new LedTo.ProjectBankEntry(entry.id().value()))), false, EventMeta.source(ids, clock)));
      if (recorded.isLeft()) {
        return Either.left(recorded.getLeft());
      }
      cases.save(recorded.get().aggregate());
      events.addAll(recorded.get().events());
    }
    return Either.right(events);
  }
}
