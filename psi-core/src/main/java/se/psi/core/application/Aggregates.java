package se.psi.core.application;

import io.vavr.control.Option;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import se.psi.core.port.in.Permission;
import se.psi.core.shared.OrganisationNumber;

/**
 * One kind of aggregate as the change skeleton reaches it: its name for the audit log and refusals, how it is found
 * by id and saved (a feature's repository), its version, the organisation that owns it (for permissions granted
 * on one's own organisation), and who may see one at all.
 *
 * @param <A> the aggregate type
 * @param <I> its id type
 */
public interface Aggregates<A, I> {

  /** The resource type as the audit log and refusals name it, e.g. {@code Partner}. */
  String type();

  /** The typed id of the aggregate whose id is {@code value}. */
  I id(UUID value);

  Option<A> find(I id);

  void save(A aggregate);

  long version(A aggregate);

  /** The organisation that owns the aggregate; empty where none does. */
  Optional<OrganisationNumber> owner(A aggregate);

  /**
   * Who may see an aggregate of this kind at all, where not everyone who may not act on it may know it exists: to a
   * caller this permission refuses, the aggregate reads as not found rather than as not permitted. Empty (the
   * default) where a refusal may say the aggregate exists.
   */
  default Optional<Permission> visibility() {
    return Optional.empty();
  }

  /**
   * These aggregates, each visible only to the callers {@code readers} allows (for the owner it names): to anyone
   * else an aggregate does not exist, e.g. a grant case to anyone but its applicant and those who handle it.
   */
  default Aggregates<A, I> visibleOnlyTo(Permission readers) {
    return new AggregateKind<>(type(), this::id, this::find, this::save, this::version, this::owner,
        Optional.of(readers));
  }

  /** An aggregate kind from its repository's methods. */
  static <A, I> Aggregates<A, I> of(String type, Function<UUID, I> id, Function<I, Option<A>> find,
      Consumer<A> save, ToLongFunction<A> version, Function<A, Optional<OrganisationNumber>> owner) {
    return new AggregateKind<>(type, id, find, save, version, owner, Optional.empty());
  }

  /** An aggregate kind that no organisation owns. */
  static <A, I> Aggregates<A, I> unowned(String type, Function<UUID, I> id, Function<I, Option<A>> find,
      Consumer<A> save, ToLongFunction<A> version) {
    return of(type, id, find, save, version, aggregate -> Optional.empty());
  }

  /**
   * An aggregate kind named by its service rather than by a UUID (the partnership's one working committee is named by
   * the partnership, a year's activity list by its year, a template version by its name and number): changed through
   * {@link Changes#changeAnswering} or {@link Changes#changeByKey} with that name, never found by a command's UUID.
   */
  static <A, I> Aggregates<A, I> named(String type, Function<I, Option<A>> find, Consumer<A> save,
      ToLongFunction<A> version) {
    return unowned(type, value -> {
      throw new IllegalArgumentException(type + " is named by its service, not by the UUID " + value);
    }, find, save, version);
  }
}
