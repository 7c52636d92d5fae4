package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.DECIDE_GRANT;
import static se.psi.core.grant.port.in.GrantPermissions.READ_GRANT_APPLICATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
import se.psi.core.application.Today;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantDecision;
import se.psi.core.grant.domain.GrantDecisionRules;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.SchemeSetting;
import se.psi.core.grant.port.in.DissentDetails;
import se.psi.core.grant.port.in.DecideGrantCommand;
import se.psi.core.grant.port.in.DecideGrantUseCase;
import se.psi.core.grant.port.in.ReferralDetails;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.domain.PresentationObligationId;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Changed;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.Sek;

/**
 * GRA-5, GRA-8: the decision on delegation. The case is visible to those who may read it; of them, only a delegated
 * decider decides, and anyone else is told so under GRA-5. A grant is charged to the scheme's appropriation and owes
 * a presentation at a public dialogue (MTG-3).
 */
final class DecideGrantService implements DecideGrantUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final GrantSchemes schemes;
  private final Delegations delegations;
  private final PresentationObligations presentations;
  private final ConflictDetection conflicts;

  @Inject
  DecideGrantService(Changes changes, GrantApplications applications, GrantSchemes schemes, Delegations delegations,
      PresentationObligations presentations, ConflictDetection conflicts) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, READ_GRANT_APPLICATION);
    this.schemes = schemes;
    this.delegations = delegations;
    this.presentations = presentations;
    this.conflicts = conflicts;
  }

  @Override
  public Either<Rejection, GrantApplication> decideGrant(DecideGrantCommand command) {
    // Saved after the application, so that a decider who lost the race is told so about the application itself.
    List<Runnable> thenSave = new ArrayList<>();
    return changes.change(DECIDE_GRANT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet ->
            Found.orNotFound(schemes.find(application.schemeYear()), GrantScheme.TYPE, application.schemeYear())
                .flatMap(scheme -> Found.orNotFound(delegations.find(new DelegationId(command.delegationId())),
                    Delegation.TYPE, command.delegationId())
                    .flatMap(delegation -> decide(application, draft(command, today.date(),
                        SchemeSetting.inForceOn(schemes.settings(), today.date())), delegation, scheme, ruleSet,
                        today, thenSave)))),
        (decided, today) -> thenSave.forEach(Runnable::run))
        .mapLeft(refusal -> refusal instanceof Rejection.NotPermitted ? noDelegationHeld(command.actor()) : refusal);
  }

  /**
   * GRA-7: jäv is checked again for the decider, those who take part and the handling group before the decision; a
   * presenter found disqualified now makes the proposal fall, and the decision waits for a new one.
   */
  private Either<Rejection, Changed<GrantApplication>> decide(GrantApplication application, GrantDecision draft,
      Delegation delegation, GrantScheme scheme, RuleSet ruleSet, Today today, List<Runnable> thenSave) {
    List<String> taking = new ArrayList<>(draft.participants());
    taking.add(draft.decidedBy());
    Changed<GrantApplication> checked = conflicts.recheck(application, taking, today);
    return Rules.require(GrantDecisionRules.PROPOSAL_STANDING,
            new GrantDecisionRules.Rechecked(application, checked.aggregate()), ruleSet, today.date())
        .flatMap(stands -> checked.aggregate().decide(draft, delegation, scheme, ruleSet, today.eventMeta()))
        .map(decided -> {
          List<DomainEvent> events = new ArrayList<>(checked.events());
          events.addAll(decided.events());
          if (decided.application().decision().orElseThrow().outcome() == GrantOutcome.GRANTED) {
            // Only a grant charges the appropriation; saving an unchanged scheme would claim a new version.
            thenSave.add(() -> schemes.save(decided.scheme()));
            // GRA-8 / MTG-3: a granted project is invited to present its results at a public dialogue.
            var owed = PresentationObligation.owe(new PresentationObligationId(today.newId()),
                application.id().toString(), application.project().title(), today.date(), today.eventMeta());
            events.addAll(owed.events());
            thenSave.add(() -> presentations.save(owed.aggregate()));
          }
          return Changed.of(decided.application(), events);
        });
  }

  /** GRA-5: a caller who may read the case but holds no delegation is told why, not only that they may not. */
  private Rejection noDelegationHeld(Actor actor) {
    Today today = changes.today();
    return today.ruleSet().fold(noRuleSet -> noRuleSet, ruleSet -> new Rejection.NotPermitted(DECIDE_GRANT.useCase(),
        DECIDE_GRANT.roles(), DECIDE_GRANT.ownOrganisation(), Optional.of(Rules.explain(GrantDecisionRules.HOLDING,
            new GrantDecisionRules.Decider(actor.personId(), false), ruleSet, today.date()))));
  }

  /** GRA-12: the decision carries the appeal information of the scheme setting in force on its day. */
  private static GrantDecision draft(DecideGrantCommand c, LocalDate on, Optional<SchemeSetting> setting) {
    // The delegation, presenter and explanation are filled in by the application when it decides.
    return new GrantDecision(c.outcome(), Optional.ofNullable(c.amountKronor()).map(Sek::of), c.conditions(),
        c.reasons().strip(), Optional.ofNullable(c.referral()).map(ReferralDetails::toReferral),
        c.actor().personId(), new DelegationId(c.delegationId()), "", c.participants(), on, Rules.pending(on), 1,
        c.dissents().stream().map(DissentDetails::toDissent).toList(), setting.map(SchemeSetting::appeal),
        Optional.empty(), Optional.empty());
  }
}
