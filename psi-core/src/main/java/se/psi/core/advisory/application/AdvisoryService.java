package se.psi.core.advisory.application;

import static se.psi.core.advisory.port.in.AdvisoryPermissions.ADVISE;
import static se.psi.core.advisory.port.in.AdvisoryPermissions.READ_ADVISORY_CASES;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.port.in.AdvisoryCommands.OpenAdvisoryCaseCommand;
import se.psi.core.advisory.port.in.AdvisoryCommands.RecordAdvisoryOutcomeCommand;
import se.psi.core.advisory.port.in.AdvisoryUseCases;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.idea.domain.IdeaValues.IdeaId;
import se.psi.core.idea.domain.IdeaValues.TriageOutcome;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.shared.Actor;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Referral;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** Advice and method support (ADV-1..3), from an idea triaged to advice (IDE-2) or a referral. */
final class AdvisoryService implements AdvisoryUseCases.AdviseUseCase, AdvisoryUseCases.FindAdvisoryCasesUseCase {

  private static final String TYPE = "AdvisoryCase";

  private final UseCaseBoundary boundary;
  private final AdvisoryCases cases;
  private final Today today;
  private final IdSource ids;
  private final Ideas ideas;
  private final Clock clock;

  @Inject
  AdvisoryService(UseCaseBoundary boundary, AdvisoryCases cases, Today today, IdSource ids, Ideas ideas,
      Clock clock) {
    this.boundary = boundary;
    this.cases = cases;
    this.today = today;
    this.ids = ids;
    this.ideas = ideas;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, AdvisoryCase> openAdvisoryCase(OpenAdvisoryCaseCommand command) {
    return boundary.change("OpenAdvisoryCase", TYPE, "", command.actor(), command, c -> ADVISE.check(c.actor())
        .flatMap(ok -> this.today.ruleSetOn(this.today.date()))
        .flatMap(ruleSet -> {
          var eligibility = AdvisoryCase.eligibility(c.organisationName(), c.organisationKind(), ruleSet,
              this.today.date());
          if (!eligibility.allMet()) {
            var failed = eligibility.failures().get(0);
            return Either.left(new Rejection.RuleRefusal("ADV-1", failed.messageKey(), failed.args(), eligibility));
          }
          UUID id = ids.newId();
          AdvisoryCase opened = AdvisoryCase.builder().id(id).organisationName(c.organisationName().strip())
              .organisationNumber(Optional.ofNullable(c.organisationNumber()).filter(n -> !n.isBlank())
                  .map(OrganisationNumber::of))
              .organisationKind(c.organisationKind()).idea(c.idea().strip()).challenge(c.challenge().strip())
              .fromIdea(Optional.ofNullable(c.fromIdea()))
              .referredFrom(Optional.ofNullable(c.referredFrom())
                  .map(r -> new AdvisoryCase.IncomingReferral(r.from().strip(), r.why().strip())))
              .advisers(c.advisers()).closed(false).openedOn(this.today.date()).eligibility(eligibility).version(1)
              .build();
          // IDE-2, ADV-3: a case opened from a triaged idea points to it, and the idea's triage to the case.
          Either<Rejection, List<DomainEvent>> fromIdea = Optional.ofNullable(c.fromIdea())
              .map(idea -> Found.orNotFound(ideas.find(new IdeaId(idea)), "Idea", idea)
                  .flatMap(found -> found.takenFurther(TriageOutcome.TO_ADVICE, id, "fromIdea", ruleSet.version(),
                      this.today.date(), EventMeta.source(ids, clock)))
                  .map(taken -> {
                    ideas.save(taken.idea());
                    return List.<DomainEvent>of(taken.event());
                  }))
              .orElse(Either.right(List.of()));
          return fromIdea.map(events -> {
            cases.save(opened);
            return Change.of(opened, opened.id().toString(), events);
          });
        }));
  }

  @Override
  public Either<Rejection, AdvisoryCase> recordAdvisoryOutcome(RecordAdvisoryOutcomeCommand command) {
    return boundary.change("RecordAdvisoryOutcome", TYPE, Found.text(command.caseId()), command.actor(), command,
        c -> ADVISE.check(c.actor())
            .flatMap(ok -> Found.orNotFound(cases.find(c.caseId()), TYPE, c.caseId()))
            .flatMap(found -> Found.atVersion(found, AdvisoryCase::version, c.expectedVersion(), TYPE, c.caseId()))
            .flatMap(found -> found.record(new AdvisoryCase.Outcome(c.kind(), c.note().strip(),
                Optional.ofNullable(c.referral()).map(r -> new Referral(r.to().strip(), r.kind(), r.why().strip())),
                c.actor().personId(), this.today.date()), c.close()))
            .map(changed -> {
              cases.save(changed);
              return Change.of(changed, changed.id().toString(), List.of());
            }));
  }

  @Override
  public Either<Rejection, List<AdvisoryCase>> findAdvisoryCases(Actor actor) {
    return READ_ADVISORY_CASES.check(actor).map(ok -> cases.all());
  }
}
