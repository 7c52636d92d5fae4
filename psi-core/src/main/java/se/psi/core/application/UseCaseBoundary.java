package se.psi.core.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.rules.Rejection;
import se.psi.core.port.out.UnitOfWork;
import se.psi.core.port.out.AuditLog;
import se.psi.core.port.out.AuditEntry;
import se.psi.core.port.out.ConstraintConflictException;
import se.psi.core.port.out.StaleVersionException;
import se.psi.core.port.out.TransactionConflictException;

/**
 * What every state-changing use case does around its own logic, in one place: validate the command's shape
 * (every problem at once), run the change in one transaction with its events written to the outbox, refuse a stale
 * write (a lost race), and append the outcome, accepted or not, to the audit log.
 *
 * <p>A unit of work the storage could not run beside another ({@link TransactionConflictException}) decided nothing
 * and is run again, at most {@link #ATTEMPTS} times in all. A lost race to save ({@link StaleVersionException}) is
 * run again only for a change that does not depend on what its caller saw ({@link #changeRetryingLostRaces}: no
 * expected version); one that named its expected version is refused as {@link Rejection.ConcurrentChange}. A write
 * refused by a constraint of the storage ({@link ConstraintConflictException}) is refused as a conflict with what
 * is stored. Work that is run again must do nothing outside the unit of work.
 */
public final class UseCaseBoundary {

  /** How many times in all a change is tried before a conflict that keeps recurring refuses it. */
  public static final int ATTEMPTS = 10;

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
    return change(useCase, resourceType, resourceId, actor, command, false, work);
  }

  /**
   * As {@link #change}, for a change that does not depend on a version its caller saw (a registration for a meeting,
   * a change sent without If-Match, a creation): a race lost to another change is run again on what that change
   * left, rather than refused.
   */
  public <C, R> Either<Rejection, R> changeRetryingLostRaces(String useCase, String resourceType, String resourceId,
      Actor actor, C command, Function<C, Either<Rejection, Change<R>>> work) {
    return change(useCase, resourceType, resourceId, actor, command, true, work);
  }

  /**
   * As {@link #change} where the caller named {@code expectedVersion}, and as {@link #changeRetryingLostRaces} where
   * it named none ({@code null}).
   */
  public <C, R> Either<Rejection, R> changeExpecting(Long expectedVersion, String useCase, String resourceType,
      String resourceId, Actor actor, C command, Function<C, Either<Rejection, Change<R>>> work) {
    return change(useCase, resourceType, resourceId, actor, command, expectedVersion == null, work);
  }

  private <C, R> Either<Rejection, R> change(String useCase, String resourceType, String resourceId, Actor actor,
      C command, boolean retryLostRaces, Function<C, Either<Rejection, Change<R>>> work) {
    var valid = validator.validate(command);
    if (valid.isInvalid()) {
      return refused(useCase, resourceType, resourceId, actor, new Rejection.InvalidInput(valid.getError().asJava()));
    }
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt == ATTEMPTS;
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
        if (!retryLostRaces || last) {
          return refused(useCase, resourceType, stale.id(), actor,
              new Rejection.ConcurrentChange(stale.resourceType(), stale.id(), stale.expectedVersion()));
        }
      } catch (TransactionConflictException conflict) {
        if (last) {
          return refused(useCase, resourceType, resourceId, actor,
              new Rejection.ConcurrentChange(resourceType, resourceId == null ? "" : resourceId, -1));
        }
      } catch (ConstraintConflictException conflict) {
        return refused(useCase, resourceType, resourceId, actor, new Rejection.IllegalState(resourceType,
            resourceId == null ? "" : resourceId, "CONFLICT", "storage.constraintConflict"));
      }
      // Another change is in the way: give it a moment, more after each try, so that racers fall out of step.
      LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, attempt * 2_000_000L));
    }
  }

  /**
   * Holds the aggregate {@code type} {@code id} for the rest of the change running on this thread
   * ({@link UnitOfWork#lock}): the change skeleton locks the aggregate it changes, and a rule that spans aggregates
   * locks the one its invariant lives in before it reads what the rule depends on.
   */
  public void lock(String type, Object id) {
    unitOfWork.lock(type, String.valueOf(id));
  }

  /**
   * Validates a query's shape, then reads what it asks for from one consistent state of the storage
   * ({@link UnitOfWork#reading}); reads are not audited.
   */
  public <Q, R> Either<Rejection, R> query(Q query, Function<Q, Either<Rejection, R>> read) {
    var valid = validator.validate(query);
    if (valid.isInvalid()) {
      return Either.left(new Rejection.InvalidInput(valid.getError().asJava()));
    }
    return unitOfWork.reading(() -> read.apply(query));
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
