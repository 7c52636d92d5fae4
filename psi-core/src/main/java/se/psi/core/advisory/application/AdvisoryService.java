package se.psi.core.advisory.application;

import static se.psi.core.advisory.port.in.AdvisoryPermissions.ADVISE;
import static se.psi.core.advisory.port.in.AdvisoryPermissions.READ_ADVISORY_CASES;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.port.in.AdvisoryCommands.OpenAdvisoryCaseCommand;
import se.psi.core.advisory.port.in.AdvisoryCommands.RecordAdvisoryOutcomeCommand;
import se.psi.core.advisory.port.in.AdvisoryUseCases;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Referral;
import se.psi.core.usecase.Change;
import se.psi.core.usecase.Found;
import se.psi.core.usecase.Rejection;
import se.psi.core.usecase.RulesInForce;
import se.psi.core.usecase.UseCaseBoundary;

/** Advice and method support (ADV-1..3). */
final class AdvisoryService implements AdvisoryUseCases.AdviseUseCase, AdvisoryUseCases.FindAdvisoryCasesUseCase {

  private static final String TYPE = "AdvisoryCase";

  private final UseCaseBoundary boundary;
  private final AdvisoryCases cases;
  private final RulesInForce rules;
  private final IdSource ids;

  @Inject
  AdvisoryService(UseCaseBoundary boundary, AdvisoryCases cases, RulesInForce rules, IdSource ids) {
    this.boundary = boundary;
    this.cases = cases;
    this.rules = rules;
    this.ids = ids;
  }

  @Override
  public Either<Rejection, AdvisoryCase> openAdvisoryCase(OpenAdvisoryCaseCommand command) {
    return boundary.change("OpenAdvisoryCase", TYPE, "", command.actor(), command, c -> ADVISE.check(c.actor())
        .flatMap(ok -> rules.on(rules.today()))
        .flatMap(ruleSet -> {
          var eligibility = AdvisoryCase.eligibility(c.organisationName(), c.organisationKind(), ruleSet,
              rules.today());
          if (!eligibility.allMet()) {
            var failed = eligibility.failures().get(0);
            return Either.left(new Rejection.RuleRefusal("ADV-1", failed.messageKey(), failed.args(), eligibility));
          }
          AdvisoryCase opened = AdvisoryCase.builder().id(ids.newId()).organisationName(c.organisationName().strip())
              .organisationNumber(Optional.ofNullable(c.organisationNumber()).filter(n -> !n.isBlank())
                  .map(OrganisationNumber::of))
              .organisationKind(c.organisationKind()).idea(c.idea().strip()).challenge(c.challenge().strip())
              .fromIdea(Optional.ofNullable(c.fromIdea()))
              .referredFrom(Optional.ofNullable(c.referredFrom())
                  .map(r -> new AdvisoryCase.IncomingReferral(r.from().strip(), r.why().strip())))
              .advisers(c.advisers()).closed(false).openedOn(rules.today()).eligibility(eligibility).version(1)
              .build();
          cases.save(opened);
          return Either.right(Change.of(opened, opened.id().toString(), List.of()));
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
                c.actor().personId(), rules.today()), c.close()))
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
