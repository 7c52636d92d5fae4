package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.READ_GRANT_APPLICATION;
import static se.psi.core.grant.port.in.GrantPermissions.REVISE_GRANT_DECISION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
import se.psi.core.grant.domain.DecisionRevision;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantDecision;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.SchemeSetting;
import se.psi.core.grant.port.in.DissentDetails;
import se.psi.core.grant.port.in.ReferralDetails;
import se.psi.core.grant.port.in.ReviseGrantDecisionCommand;
import se.psi.core.grant.port.in.ReviseGrantDecisionUseCase;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.Rules;
import se.psi.core.shared.Changed;
import se.psi.core.shared.Sek;

/**
 * GRA-15: the delegated decider corrects an obvious error in the decision, or changes it on new facts, as a new
 * version referring to the old one, which stays readable. The scheme's appropriation follows the amount.
 */
final class ReviseGrantDecisionService implements ReviseGrantDecisionUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final GrantSchemes schemes;
  private final Delegations delegations;

  @Inject
  ReviseGrantDecisionService(Changes changes, GrantApplications applications, GrantSchemes schemes,
      Delegations delegations) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, READ_GRANT_APPLICATION);
    this.schemes = schemes;
    this.delegations = delegations;
  }

  @Override
  public Either<Rejection, GrantApplication> reviseGrantDecision(ReviseGrantDecisionCommand c) {
    // Saved after the application, as a decision does, so that a race is told about the application itself.
    List<Runnable> thenSave = new ArrayList<>();
    return changes.change(REVISE_GRANT_DECISION, applications, c.applicationId(), c.expectedVersion(), c.actor(), c,
        (application, today) -> today.ruleSet().flatMap(ruleSet ->
            Found.orNotFound(schemes.find(application.schemeYear()), GrantScheme.TYPE, application.schemeYear())
                .flatMap(scheme -> Found.orNotFound(delegations.find(new DelegationId(c.delegationId())),
                    Delegation.TYPE, c.delegationId())
                    .flatMap(delegation -> application.reviseDecision(draft(c, today.date(),
                        SchemeSetting.inForceOn(schemes.settings(), today.date())), delegation, scheme, ruleSet,
                        today.eventMeta()))
                    .map(revised -> {
                      if (revised.scheme() != scheme) {
                        thenSave.add(() -> schemes.save(revised.scheme()));
                      }
                      return Changed.of(revised.application(), revised.events());
                    }))),
        (revised, today) -> thenSave.forEach(Runnable::run));
  }

  private static GrantDecision draft(ReviseGrantDecisionCommand c, java.time.LocalDate on,
      Optional<SchemeSetting> setting) {
    // The version number, the presenter and the version revised are filled in by the application.
    return new GrantDecision(c.outcome(), Optional.ofNullable(c.amountKronor()).map(Sek::of), c.conditions(),
        c.reasons().strip(), Optional.ofNullable(c.referral()).map(ReferralDetails::toReferral),
        c.actor().personId(), new DelegationId(c.delegationId()), "", c.participants(), on, Rules.pending(on), 0,
        c.dissents().stream().map(DissentDetails::toDissent).toList(), setting.map(SchemeSetting::appeal),
        Optional.empty(), Optional.of(new DecisionRevision(c.kind(), 0, c.revisionReason().strip(),
            Optional.ofNullable(c.detrimentGround()).map(String::strip).filter(g -> !g.isEmpty()))));
  }
}
