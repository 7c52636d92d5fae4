package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.APPLY_FOR_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.port.in.GrantApplicationCommand;
import se.psi.core.grant.port.in.SubmitGrantApplicationUseCase;
import se.psi.core.grant.port.out.CaseRegistry;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.Rejection;

/**
 * GRA-1, GRA-2: submitted only when formally eligible under the scheme of its year. GRA-9: it arrives then, and the
 * records system registers it in the same unit of work.
 */
final class SubmitGrantApplicationService implements SubmitGrantApplicationUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final GrantSchemes schemes;
  private final CaseRegistry registry;

  @Inject
  SubmitGrantApplicationService(Changes changes, GrantApplications applications, GrantSchemes schemes,
      CaseRegistry registry) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, APPLY_FOR_GRANT);
    this.schemes = schemes;
    this.registry = registry;
  }

  @Override
  public Either<Rejection, GrantApplication> submitGrantApplication(GrantApplicationCommand command) {
    return changes.change(APPLY_FOR_GRANT, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> today.ruleSet().flatMap(ruleSet ->
            Found.orNotFound(schemes.find(application.schemeYear()), GrantScheme.TYPE, application.schemeYear())
                .flatMap(scheme -> application.submit(scheme, ruleSet, today.date(),
                    () -> registry.register(new CaseRegistry.Arrival(application.id(), today.date(),
                        application.project().title())), today.eventMeta()))));
  }
}
