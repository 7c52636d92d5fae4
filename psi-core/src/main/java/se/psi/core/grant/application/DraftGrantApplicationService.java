package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.APPLY_FOR_GRANT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.port.in.DraftGrantApplicationCommand;
import se.psi.core.grant.port.in.DraftGrantApplicationUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Changed;
import se.psi.core.shared.OrganisationNumber;

/** GRA-2: the applicant organisation's own administrator starts a draft in an open scheme. */
final class DraftGrantApplicationService implements DraftGrantApplicationUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;
  private final GrantSchemes schemes;

  @Inject
  DraftGrantApplicationService(Changes changes, GrantApplications applications, GrantSchemes schemes) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, APPLY_FOR_GRANT);
    this.schemes = schemes;
  }

  @Override
  public Either<Rejection, GrantApplication> draftGrantApplication(DraftGrantApplicationCommand command) {
    return changes.create(APPLY_FOR_GRANT, applications, command.actor(), command,
        () -> Optional.of(OrganisationNumber.of(command.applicant().organisationNumber())), GrantApplication::id,
        today -> Found.orNotFound(schemes.find(command.schemeYear()), GrantScheme.TYPE, command.schemeYear())
            .map(scheme -> GrantApplication.draft(new GrantApplicationId(today.newId()), scheme.year(),
                command.applicant().toOrganisation(), command.project().toProjectDescription(), today.eventMeta())));
  }
}
