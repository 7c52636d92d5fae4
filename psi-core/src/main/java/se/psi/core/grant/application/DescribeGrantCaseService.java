package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.DESCRIBE_GRANT_CASE;
import static se.psi.core.grant.port.in.GrantPermissions.READ_GRANT_APPLICATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.SecrecyMarking;
import se.psi.core.grant.port.in.DescribeGrantCaseCommand;
import se.psi.core.grant.port.in.DescribeGrantCaseUseCase;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Violation;

/** GRA-9: a registered case's public title and secrecy marking, as the officer enters them. */
final class DescribeGrantCaseService implements DescribeGrantCaseUseCase {

  private final Changes changes;
  private final Aggregates<GrantApplication, GrantApplicationId> applications;

  @Inject
  DescribeGrantCaseService(Changes changes, GrantApplications applications) {
    this.changes = changes;
    this.applications = GrantAggregates.applications(applications, READ_GRANT_APPLICATION);
  }

  @Override
  public Either<Rejection, GrantApplication> describeGrantCase(DescribeGrantCaseCommand command) {
    return changes.change(DESCRIBE_GRANT_CASE, applications, command.applicationId(), command.expectedVersion(),
        command.actor(), command, (application, today) -> marking(command)
            .flatMap(secrecy -> application.describeCase(command.title().strip(), secrecy, today.eventMeta())));
  }

  /** Both the parts and the ground, or neither: a marking without its ground (or the reverse) says nothing. */
  private static Either<Rejection, Optional<SecrecyMarking>> marking(DescribeGrantCaseCommand command) {
    Optional<String> parts = Optional.ofNullable(command.secretParts()).map(String::strip).filter(s -> !s.isEmpty());
    Optional<String> ground = Optional.ofNullable(command.secrecyGround()).map(String::strip)
        .filter(s -> !s.isEmpty());
    if (parts.isPresent() != ground.isPresent()) {
      String missing = parts.isPresent() ? "secrecyGround" : "secretParts";
      return Either.left(new Rejection.InvalidInput(List.of(Violation.of("GRA-9", missing,
          "grant.gra9.secrecyNeedsBoth"))));
    }
    return Either.right(parts.map(p -> new SecrecyMarking(p, ground.orElseThrow())));
  }
}
