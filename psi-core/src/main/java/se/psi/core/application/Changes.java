package se.psi.core.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Changed;
import se.psi.core.shared.OrganisationNumber;

/**
 * The one skeleton every change goes through: load by id, authorise, check the caller's expected version, let the
 * aggregate change (it returns its new state and its events), save, then the events and the audit entry, all in one
 * unit of work ({@link UseCaseBoundary}, which also validates the command's shape first). A service states only what
 * is particular to it: which aggregates, which permission, which change.
 *
 * <p>Under races: the aggregate is locked ({@link UseCaseBoundary#lock}) before it is read, so changes of one
 * aggregate run one after another, in one process or several over one storage, and a rule the step checks against
 * another aggregate it reads after the lock holds when the change commits, provided every change of that other
 * aggregate that could break the rule locks this one too. A change that names no expected version (no If-Match)
 * depends on nothing its caller saw: a race it loses is run again, not refused; a creation likewise.
 */
public final class Changes {

  /** The change of one aggregate on a day. */
  public interface Step<A> {
    Either<Rejection, Changed<A>> apply(A aggregate, Today today);
  }

  /** A change of one aggregate on a day whose caller is answered with more than the aggregate. */
  public interface Answering<A, R> {
    Either<Rejection, Answered<A, R>> apply(A aggregate, Today today);
  }

  /** What an {@link Answering} change did to its aggregate, and its answer to the caller. */
  public record Answered<A, R>(Changed<A> changed, R answer) {

    public Answered {
      Objects.requireNonNull(changed, "changed");
      Objects.requireNonNull(answer, "answer");
    }
  }

  /** The making of a new aggregate on a day. */
  public interface Creation<A> {
    Either<Rejection, Changed<A>> apply(Today today);
  }

  private final UseCaseBoundary boundary;
  private final Today today;

  @Inject
  public Changes(UseCaseBoundary boundary, Today today) {
    this.boundary = boundary;
    this.today = today;
  }

  /**
   * Changes the aggregate {@code id} for {@code actor}. To an actor who may not act on it, an aggregate owned by
   * another organisation is refused as {@link Rejection.NotPermitted}; a {@code null} expected version skips the check.
   * The id is the command's own (a missing one is refused with the command's other problems before anything is read).
   */
  public <A, I> Either<Rejection, A> change(Permission permission, Aggregates<A, I> aggregates, UUID id,
      Long expectedVersion, Actor actor, Object command, Step<A> step) {
    return change(permission, aggregates, id, expectedVersion, actor, command, step, (changed, day) -> {});
  }

  /** As {@link #change}, then {@code afterSave} in the same unit of work (e.g. closing what the change ended). */
  public <A, I> Either<Rejection, A> change(Permission permission, Aggregates<A, I> aggregates, UUID id,
      Long expectedVersion, Actor actor, Object command, Step<A> step, BiConsumer<A, Today> afterSave) {
    return run(permission, aggregates, id, () -> aggregates.id(id), expectedVersion, actor, command,
        answeringWithTheAggregate(step), afterSave);
  }

  /**
   * As {@link #change}, for an aggregate named by a key of its own rather than a UUID, which the service makes into
   * its typed id (a year's activity list, named by its year).
   */
  public <A, I> Either<Rejection, A> changeByKey(Permission permission, Aggregates<A, I> aggregates, I id,
      Long expectedVersion, Actor actor, Object command, Step<A> step) {
    return run(permission, aggregates, id, () -> id, expectedVersion, actor, command, answeringWithTheAggregate(step),
        (changed, day) -> {});
  }

  private static <A> Answering<A, A> answeringWithTheAggregate(Step<A> step) {
    return (aggregate, day) -> step.apply(aggregate, day).map(changed -> new Answered<>(changed, changed.aggregate()));
  }

  /**
   * As {@link #change}, for an aggregate the service names by its typed id rather than by a command's UUID (the
   * partnership's one working committee is named by the partnership), answering the caller with what the step
   * answers rather than with the aggregate (a view that carries the rules the change was decided by).
   */
  public <A, I, R> Either<Rejection, R> changeAnswering(Permission permission, Aggregates<A, I> aggregates, I id,
      Long expectedVersion, Actor actor, Object command, Answering<A, R> step) {
    return run(permission, aggregates, id, () -> id, expectedVersion, actor, command, step, (changed, day) -> {});
  }

  private <A, I, R> Either<Rejection, R> run(Permission permission, Aggregates<A, I> aggregates, Object idText,
      Supplier<I> id, Long expectedVersion, Actor actor, Object command, Answering<A, R> step,
      BiConsumer<A, Today> afterSave) {
    return boundary.changeExpecting(expectedVersion, permission.useCase(), aggregates.type(), Found.text(idText),
        actor, command, c -> locked(aggregates, id)
            .flatMap(locked -> found(permission, aggregates, id, idText, actor))
            .flatMap(aggregate -> Found.atVersion(aggregate, aggregates::version, expectedVersion,
                aggregates.type(), idText))
            .flatMap(aggregate -> step.apply(aggregate, today).map(answered -> {
              Changed<A> changed = answered.changed();
              // A change that found nothing to do (erasing what is erased) returns the aggregate itself: nothing to
              // save, no new version, so a repeated request is answered as the first one was.
              if (changed.aggregate() != aggregate) {
                aggregates.save(changed.aggregate());
                afterSave.accept(changed.aggregate(), today);
              }
              return Change.of(answered.answer(), Found.text(idText), changed.events());
            })));
  }

  /** Makes a new aggregate for {@code actor}, who needs {@code permission}; {@code id} names it in the audit log. */
  public <A, I> Either<Rejection, A> create(Permission permission, Aggregates<A, I> aggregates, Actor actor,
      Object command, Function<A, I> id, Creation<A> creation) {
    return create(permission, aggregates, actor, command, Optional::empty, id, creation);
  }

  /**
   * As {@link #create}, for an aggregate that will belong to {@code owner} (read after the command is validated): a
   * permission granted on one's own organisation is checked against it before anything is made.
   */
  public <A, I> Either<Rejection, A> create(Permission permission, Aggregates<A, I> aggregates, Actor actor,
      Object command, Supplier<Optional<OrganisationNumber>> owner, Function<A, I> id, Creation<A> creation) {
    return boundary.changeRetryingLostRaces(permission.useCase(), aggregates.type(), "", actor, command, c ->
        permission.check(actor, owner.get())
            .flatMap(ok -> creation.apply(today))
            .map(changed -> {
              aggregates.save(changed.aggregate());
              return Change.of(changed.aggregate(), Found.text(id.apply(changed.aggregate())), changed.events());
            }));
  }

  /**
   * Runs a daily job for {@code actor}, who needs {@code permission}: the answer is the ids of what it changed. It
   * names no resource; the audit entry names the kind of what it changes.
   */
  public <I> Either<Rejection, List<I>> daily(Permission permission, String resourceType, Actor actor,
      Object command, DailyJob<I> job) {
    return boundary.changeRetryingLostRaces(permission.useCase(), resourceType, "", actor, command,
        c -> permission.check(actor)
        .flatMap(ok -> job.run(today))
        .map(done -> Change.of(done.stream().map(DailyJob.Done::id).toList(), "",
            done.stream().flatMap(one -> one.events().stream()).toList())));
  }

  /** Reads one aggregate for {@code actor}: validated query, not found, or not permitted. Reads are not audited. */
  public <A, I> Either<Rejection, A> get(Permission permission, Aggregates<A, I> aggregates, UUID id, Actor actor,
      Object query) {
    return boundary.query(query, q -> found(permission, aggregates, () -> aggregates.id(id), id, actor));
  }

  /** As {@link #get}, for an aggregate named by a key of its own rather than a UUID (a year's activity list). */
  public <A, I> Either<Rejection, A> getByKey(Permission permission, Aggregates<A, I> aggregates, I id, Actor actor,
      Object query) {
    return boundary.query(query, q -> found(permission, aggregates, () -> id, id, actor));
  }

  /** Locks the aggregate for the rest of the change, before anything of it is read. */
  private <A, I> Either<Rejection, I> locked(Aggregates<A, I> aggregates, Supplier<I> id) {
    I typed = id.get();
    boundary.lock(aggregates.type(), typed);
    return Either.right(typed);
  }

  /**
   * Locks another aggregate for the rest of the running change ({@link UseCaseBoundary#lock}), before it is read:
   * what a change writes besides its own aggregate, or what a daily job changes.
   */
  public void lock(String type, Object id) {
    boundary.lock(type, id);
  }

  /** The day's value changes run on. */
  public Today today() {
    return today;
  }

  /**
   * The aggregate for an actor allowed to act on it. Where the permission does not depend on who owns the aggregate,
   * it is checked before anything is read, so a refused caller learns nothing of what exists. An aggregate visible
   * only to some ({@link Aggregates#visibility()}) is not found by anyone else.
   */
  private <A, I> Either<Rejection, A> found(Permission permission, Aggregates<A, I> aggregates, Supplier<I> id,
      Object idText, Actor actor) {
    Optional<Permission> readers = aggregates.visibility();
    if (readers.isPresent()) {
      return Found.orNotFound(aggregates.find(id.get())
              .filter(aggregate -> readers.get().allows(actor, aggregates.owner(aggregate))), aggregates.type(), idText)
          .flatMap(aggregate -> permission.check(actor, aggregates.owner(aggregate)).map(ok -> aggregate));
    }
    if (!permission.ownOrganisation()) {
      return permission.check(actor)
          .flatMap(ok -> Found.orNotFound(aggregates.find(id.get()), aggregates.type(), idText));
    }
    return Found.orNotFound(aggregates.find(id.get()), aggregates.type(), idText)
        .flatMap(aggregate -> permission.check(actor, aggregates.owner(aggregate)).map(ok -> aggregate));
  }
}
