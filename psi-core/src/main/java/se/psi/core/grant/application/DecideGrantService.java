package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.DECIDE_GRANT;
import static se.psi.core.grant.port.in.GrantPermissions.FIND_GRANTED_PROJECTS;
import static se.psi.core.grant.port.in.GrantPermissions.READ_GRANT_APPLICATION;
import static se.psi.core.grant.port.in.GrantPermissions.REPORT_DELEGATED_DECISIONS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantFacts;
import se.psi.core.grant.domain.GrantRules;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.GrantValues.GrantDecision;
import se.psi.core.grant.domain.GrantValues.GrantOutcome;
import se.psi.core.shared.Referral;
import se.psi.core.grant.port.in.GrantCommands.DecideGrantCommand;
import se.psi.core.grant.port.in.GrantCommands.GrantPeriodQuery;
import se.psi.core.grant.port.in.GrantUseCases;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.domain.PresentationObligationId;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.rules.Rules;
import se.psi.core.shared.Actor;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.Sek;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.rules.Rejection;
import se.psi.core.application.UseCaseBoundary;

/** GRA-5, GRA-8: the decision on delegation, the report of delegated decisions and the granted projects. */
final class DecideGrantService implements GrantUseCases.DecideGrantUseCase,
    GrantUseCases.ReportDelegatedDecisionsUseCase, GrantUseCases.FindGrantedProjectsUseCase {

  private final UseCaseBoundary boundary;
  private final GrantCases cases;
  private final GrantApplications applications;
  private final GrantSchemes schemes;
  private final Delegations delegations;
  private final PresentationObligations presentations;
  private final IdSource ids;

  @Inject
  DecideGrantService(UseCaseBoundary boundary, GrantCases cases, GrantApplications applications, GrantSchemes schemes,
      Delegations delegations, PresentationObligations presentations, IdSource ids) {
    this.boundary = boundary;
    this.cases = cases;
    this.applications = applications;
    this.schemes = schemes;
    this.delegations = delegations;
    this.presentations = presentations;
    this.ids = ids;
  }

  @Override
  public Either<Rejection, GrantApplication> decideGrant(DecideGrantCommand command) {
    return boundary.change("DecideGrant", GrantCases.TYPE, Found.text(command.applicationId()), command.actor(),
        command, c -> cases.visible(c.applicationId(), c.actor(), READ_GRANT_APPLICATION)
            .flatMap(application -> holdsDelegation(c.actor()).map(ok -> application))
            .flatMap(application -> Found.atVersion(application, GrantApplication::version, c.expectedVersion(),
                GrantCases.TYPE, c.applicationId()))
            .flatMap(application -> cases.today().flatMap(today -> cases.scheme(application.schemeYear())
                .flatMap(scheme -> Found.orNotFound(delegations.find(new DelegationId(c.delegationId())),
                    "Delegation", c.delegationId())
                    .flatMap(delegation -> decide(application, draft(c, today.date()), delegation, scheme,
                        today)))
                .map(decided -> {
                  applications.save(decided.application());
                  boolean granted = decided.application().decision().orElseThrow().outcome() == GrantOutcome.GRANTED;
                  if (granted) {
                    // Only a grant charges the appropriation; saving an unchanged scheme would claim a new version.
                    schemes.save(decided.scheme());
                  }
                  List<DomainEvent> events = new ArrayList<>(decided.events());
                  if (granted) {
                    // GRA-8 / MTG-3: a granted project is invited to present its results at a public dialogue.
                    var owed = PresentationObligation.owe(new PresentationObligationId(ids.newId()),
                        application.id().toString(),
                        application.project().title(), today.date());
                    presentations.save(owed);
                    events.add(new PresentationObligation.PresentationOwed(today.meta().get(), owed.id(),
                        owed.projectReference()));
                  }
                  return Change.of(decided.application(), application.id().toString(), events);
                }))));
  }

  @Override
  public Either<Rejection, List<GrantApplication>> reportDelegatedDecisions(GrantPeriodQuery query) {
    return boundary.query(query, q -> REPORT_DELEGATED_DECISIONS.check(q.actor())
        .map(ok -> applications.decidedBetween(q.from(), q.to())));
  }

  @Override
  public Either<Rejection, List<GrantApplication>> findGrantedProjects(GrantPeriodQuery query) {
    return boundary.query(query, q -> FIND_GRANTED_PROJECTS.check(q.actor())
        .map(ok -> applications.decidedBetween(q.from(), q.to()).stream()
            .filter(a -> a.decision().filter(d -> d.outcome() == GrantOutcome.GRANTED).isPresent()).toList()));
  }

  /**
   * GRA-7: jäv is checked again for the decider, those who take part and the handling group before the decision; a
   * presenter found disqualified now makes the proposal fall, and the decision waits for a new one.
   */
  private Either<Rejection, GrantApplication.Decided> decide(GrantApplication application, GrantDecision draft,
      Delegation delegation, GrantScheme scheme, GrantCases.GrantDay today) {
    List<String> taking = new ArrayList<>(draft.participants());
    taking.add(draft.decidedBy());
    GrantApplication.Changed checked = cases.recheck(application, taking, today);
    Either<Rejection, GrantFacts.Rechecked> stands = Rules.require(GrantRules.GRA_7_PROPOSAL_STANDS,
        new GrantFacts.Rechecked(application, checked.application()), today.ruleSet(), today.date());
    if (stands.isLeft()) {
      return Either.left(stands.getLeft());
    }
    return checked.application().decide(draft, delegation, scheme, today.ruleSet(), today.meta())
        .map(decided -> {
          List<DomainEvent> events = new ArrayList<>(checked.events());
          events.addAll(decided.events());
          return new GrantApplication.Decided(decided.application(), decided.scheme(), events);
        });
  }

  /**
   * GRA-5: no one but the holder of a delegation decides. A caller who may read the case (the applicant, a
   * handling-group member, an administrator) is told so under GRA-5, not that the case does not exist.
   */
  private Either<Rejection, Actor> holdsDelegation(Actor actor) {
    if (DECIDE_GRANT.allows(actor, Optional.empty())) {
      return Either.right(actor);
    }
    return cases.today().flatMap(today -> Either.left(new Rejection.NotPermitted(DECIDE_GRANT.useCase(),
        DECIDE_GRANT.roles(), DECIDE_GRANT.ownOrganisation(), Optional.of(Rules.explain(
            List.of(GrantRules.GRA_5_HOLDER), new GrantFacts.Decider(actor.personId(), false), today.ruleSet(),
            today.date())))));
  }

  private static GrantDecision draft(DecideGrantCommand c, java.time.LocalDate on) {
    // The delegation, presenter and explanation are filled in by the application when it decides.
    return new GrantDecision(c.outcome(), Optional.ofNullable(c.amountKronor()).map(Sek::of), c.conditions(),
        c.reasons().strip(), Optional.ofNullable(c.referral()).map(r -> new Referral(r.to().strip(), r.kind(),
            r.why().strip())), c.actor().personId(), new DelegationId(c.delegationId()), "", c.participants(), on,
        Rules.pending(on));
  }
}
