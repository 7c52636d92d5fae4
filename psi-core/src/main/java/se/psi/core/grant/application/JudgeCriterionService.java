package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.ASSESS_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.in.JudgeCriterionCommand;
import se.psi.core.grant.port.in.JudgeCriterionUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;

/** GRA-3: the acting member judges a criterion, with jäv checked again first (GRA-7). */
final class JudgeCriterionService implements JudgeCriterionUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final ConflictDetection conflicts;

  @Inject
  JudgeCriterionService(Changes changes, GrantApplications applications, ConflictDetection conflicts) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, ASSESS_GRANT);
    this.conflicts = conflicts;
  }

  @Override
  public Either<Rejection, GrantApplication> judgeCriterion(JudgeCriterionCommand command) {
    return changes.change(ASSESS_GRANT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet ->
            conflicts.recheckThen(application, List.of(), today, rechecked -> rechecked.judge(
                command.actor().personId(), command.criterion(), command.verdict(), command.reasoning().strip(),
                ruleSet, today.date(), today.eventMeta()))));
  }
}
