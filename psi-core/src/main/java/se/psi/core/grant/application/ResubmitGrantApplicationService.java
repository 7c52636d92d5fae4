package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.APPLY_FOR_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.port.in.GrantApplicationCommand;
import se.psi.core.grant.port.in.ResubmitGrantApplicationUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.Rejection;

/** GRA-6: the completed application returns to assessment, eligible again and with jäv checked again (GRA-7). */
final class ResubmitGrantApplicationService implements ResubmitGrantApplicationUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final GrantSchemes schemes;
  private final ConflictDetection conflicts;

  @Inject
  ResubmitGrantApplicationService(Changes changes, GrantApplications applications, GrantSchemes schemes,
      ConflictDetection conflicts) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, APPLY_FOR_GRANT);
    this.schemes = schemes;
    this.conflicts = conflicts;
  }

  @Override
  public Either<Rejection, GrantApplication> resubmitGrantApplication(GrantApplicationCommand command) {
    return changes.change(APPLY_FOR_GRANT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet ->
            Found.orNotFound(schemes.find(application.schemeYear()), GrantScheme.TYPE, application.schemeYear())
                .flatMap(scheme -> conflicts.recheckThen(application, List.of(), today,
                    rechecked -> rechecked.resubmit(scheme, ruleSet, today.date(), today.eventMeta())))));
  }
}
