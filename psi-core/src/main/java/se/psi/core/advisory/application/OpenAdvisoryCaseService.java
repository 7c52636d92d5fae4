package se.psi.core.advisory.application;

import static se.psi.core.advisory.port.in.AdvisoryPermissions.ADVISE;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.advisory.port.in.OpenAdvisoryCaseCommand;
import se.psi.core.advisory.port.in.OpenAdvisoryCaseUseCase;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
import se.psi.core.application.Today;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.domain.LedTo;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.Changed;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.OrganisationNumber;

/** ADV-1, under today's ruleset; from an idea triaged to advice (IDE-2), a referral (ADV-3) or directly. */
final class OpenAdvisoryCaseService implements OpenAdvisoryCaseUseCase {

  private final Changes changes;
  private final Aggregates<AdvisoryCase, AdvisoryCaseId> cases;
  private final Ideas ideas;

  @Inject
  OpenAdvisoryCaseService(Changes changes, AdvisoryCases cases, Ideas ideas) {
    this.changes = changes;
    this.cases = AdvisoryCaseAggregates.of(cases);
    this.ideas = ideas;
  }

  @Override
  public Either<Rejection, AdvisoryCase> openAdvisoryCase(OpenAdvisoryCaseCommand c) {
    return changes.create(ADVISE, cases, c.actor(), c, AdvisoryCase::id, today -> today.ruleSet()
        .flatMap(ruleSet -> AdvisoryCase.open(new AdvisoryCaseId(today.newId()), c.organisationName().strip(),
                Optional.ofNullable(c.organisationNumber()).filter(n -> !n.isBlank()).map(OrganisationNumber::of),
                c.organisationKind(), c.idea().strip(), c.challenge().strip(),
                Optional.ofNullable(c.fromIdea()).map(IdeaId::new),
                Optional.ofNullable(c.referredFrom())
                    .map(r -> new AdvisoryCase.IncomingReferral(r.from().strip(), r.why().strip())),
                c.advisers(), ruleSet, today.date(), today.eventMeta())
            .flatMap(opened -> fromIdea(opened, ruleSet, today))));
  }

  /** IDE-2, ADV-3: a case opened from a triaged idea points to it, and the idea's triage to the case. */
  private Either<Rejection, Changed<AdvisoryCase>> fromIdea(Changed<AdvisoryCase> opened, RuleSet ruleSet,
      Today today) {
    AdvisoryCase advisory = opened.aggregate();
    if (advisory.fromIdea().isEmpty()) {
      return Either.right(opened);
    }
    IdeaId id = advisory.fromIdea().get();
    return Found.orNotFound(ideas.find(id), "Idea", id)
        .flatMap(idea -> idea.takenFurther(new LedTo.AdvisoryCase(advisory.id().value()), "fromIdea", ruleSet.version(),
            today.date(), today.eventMeta()))
        .map(taken -> {
          ideas.save(taken.aggregate());
          List<DomainEvent> events = new ArrayList<>(opened.events());
          events.addAll(taken.events());
          return Changed.of(advisory, events);
        });
  }
}
