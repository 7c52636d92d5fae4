package se.psi.core.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Function;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.rules.Rejection;
import se.psi.core.port.out.UnitOfWork;
import se.psi.core.port.out.AuditLog;
import se.psi.core.port.out.AuditEntry;
import se.psi.core.port.out.StaleVersionException;

/**
 * What every state-changing use case does around its own logic, in one place: validate the command's shape
 * (every problem at once), run the change in one transaction with its events written to the outbox, refuse a stale
 * write (a lost race), and append the outcome, accepted or not, to the audit log.
 */
public final class UseCaseBoundary {

  private final InputValidator validator;
  private final UnitOfWork unitOfWork;
  private final AuditLog auditLog;
  private final EventBus eventBus;
  private final Clock clock;
  private final IdSource ids;

  @Inject
  public UseCaseBoundary(InputValidator validator, UnitOfWork unitOfWork, AuditLog auditLog, EventBus eventBus,
      Clock clock, IdSource ids) {
    this.validator = validator;
    this.unitOfWork = unitOfWork;
    this.auditLog = auditLog;
    this.eventBus = eventBus;
    this.clock = clock;
    this.ids = ids;
  }

  /**
   * Runs {@code work} for a command.
   *
   * @param useCase the use case's name, as in docs/roles.md
   * @param resourceType the kind of resource changed, for the audit log
   * @param resourceId the id the command names, for the audit log of a refusal; empty for a creation
   * @param actor who acts
   * @param command the validated input
   * @param work the change; a Left rolls everything back
   */
  public <C, R> Either<Rejection, R> change(String useCase, String resourceType, String resourceId, Actor actor,
      C command, Function<C, Either<Rejection, Change<R>>> work) {
    var valid = validator.validate(command);
    if (valid.isInvalid()) {
      return refused(useCase, resourceType, resourceId, actor, new Rejection.InvalidInput(valid.getError().asJava()));
    }
    try {
      Change<R> change = unitOfWork.inTransaction(() -> {
        Change<R> accepted = work.apply(command).getOrElseThrow(Refused::new);
        eventBus.publish(accepted.events());
        auditLog.append(entry(useCase, resourceType, accepted.resourceId(), actor, AuditEntry.ACCEPTED));
        return accepted;
      });
      return Either.right(change.result());
    } catch (Refused refused) {
      return refused(useCase, resourceType, resourceId, actor, refused.rejection);
    } catch (StaleVersionException stale) {
      return refused(useCase, resourceType, stale.id(), actor,
          new Rejection.ConcurrentChange(stale.resourceType(), stale.id(), stale.expectedVersion()));
    }
  }

  /** Validates a query's shape; reads are not audited. */
  public <Q, R> Either<Rejection, R> query(Q query, Function<Q, Either<Rejection, R>> read) {
    var valid = validator.validate(query);
    if (valid.isInvalid()) {
      return Either.left(new Rejection.InvalidInput(valid.getError().asJava()));
    }
    return read.apply(query);
  }

  private <R> Either<Rejection, R> refused(String useCase, String resourceType, String resourceId, Actor actor,
      Rejection rejection) {
    unitOfWork.inTransaction(() -> {
      auditLog.append(entry(useCase, resourceType, resourceId == null ? "" : resourceId, actor,
          rejection.getClass().getSimpleName()));
      return null;
    });
    return Either.left(rejection);
  }

  private AuditEntry entry(String useCase, String resourceType, String resourceId, Actor actor, String outcome) {
    return new AuditEntry(ids.newId(), clock.instant(), actor.personId(), useCase, resourceType, resourceId, outcome);
  }

  /** Carries a refusal out of the transaction so that it rolls back. */
  private static final class Refused extends RuntimeException {
    private final transient Rejection rejection;

    Refused(Rejection rejection) {
      super(null, null, false, false);
      this.rejection = rejection;
    }
  }
}
