package se.psi.core.grant.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.GrantValues;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.Actor;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** The shape shared by commands on one grant application: find it as the actor may see it, check, change, save. */
final class GrantCases {

  static final String TYPE = "GrantApplication";

  /** A change of an application under today's ruleset. */
  interface GrantChange {
    Either<Rejection, GrantApplication.Changed> apply(GrantApplication application, GrantDay today);
  }

  /** Today's date, ruleset, scheme and event metadata, for a change. */
  record GrantDay(LocalDate date, RuleSet ruleSet, Supplier<EventMeta> meta, Function<Integer, Optional<GrantScheme>>
      schemes) {}

  private final UseCaseBoundary boundary;
  private final GrantApplications applications;
  private final GrantSchemes schemes;
  private final Today day;
  private final IdSource ids;
  private final Clock clock;
  private final ConflictDetection conflicts;

  @Inject
  GrantCases(UseCaseBoundary boundary, GrantApplications applications, GrantSchemes schemes, Today day,
      IdSource ids, Clock clock, ConflictDetection conflicts) {
    this.boundary = boundary;
    this.applications = applications;
    this.schemes = schemes;
    this.day = day;
    this.ids = ids;
    this.clock = clock;
    this.conflicts = conflicts;
  }

  <C> Either<Rejection, GrantApplication> change(String useCase, Permission permission, Actor actor, UUID id,
      Long expectedVersion, C command, GrantChange change) {
    return boundary.change(useCase, TYPE, Found.text(id), actor, command, c -> visible(id, actor, permission)
        .flatMap(application -> Found.atVersion(application, GrantApplication::version, expectedVersion, TYPE, id))
        .flatMap(application -> today().flatMap(today -> change.apply(application, today)))
        .map(changed -> {
          applications.save(changed.application());
          return Change.of(changed.application(), id.toString(), changed.events());
        }));
  }

  /** The application, if the actor may act on it; to anyone else it does not exist. */
  Either<Rejection, GrantApplication> visible(UUID id, Actor actor, Permission permission) {
    return Found.orNotFound(applications.find(new GrantApplicationId(id))
        .filter(a -> permission.allows(actor, Optional.of(a.applicant().organisationNumber()))), TYPE, id);
  }

  /**
   * GRA-7: the application with jäv checked again against the facts as they now are, for its handling group and for
   * {@code others} (the decider, those who take part); the first step of a change, which gives the new version.
   */
  GrantApplication.Changed recheck(GrantApplication application, List<String> others, GrantDay today) {
    return application.withConflictsFound(conflicts.detect(application, others, day.date()), today.meta());
  }

  /** The conflicts of a handling group about to be formed or joined, as the facts now are. */
  List<GrantValues.ConflictOfInterest> conflictsOf(GrantApplication application,
      List<GrantValues.HandlingGroupMember> members, GrantDay today) {
    return conflicts.detect(application, members, List.of(), day.date());
  }

  Either<Rejection, GrantDay> today() {
    LocalDate date = day.date();
    return day.ruleSetOn(date).map(ruleSet -> new GrantDay(date, ruleSet, EventMeta.source(ids, clock),
        year -> schemes.find(year).toJavaOptional()));
  }

  Either<Rejection, GrantScheme> scheme(int year) {
    return Found.orNotFound(schemes.find(year), "GrantScheme", year);
  }

  static Either<Rejection, GrantApplication.Changed> unchanged(Either<Rejection, GrantApplication> changed) {
    return changed.map(application -> new GrantApplication.Changed(application, List.<DomainEvent>of()));
  }
}
