package se.psi.core.application;

import io.vavr.control.Option;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import se.psi.core.shared.OrganisationNumber;

/**
 * One kind of aggregate as the change skeleton reaches it: its name for the audit log and refusals, how it is found
 * by id and saved (a feature's repository), its version, and the organisation that owns it (for permissions granted
 * on one's own organisation).
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

  /** An aggregate kind from its repository's methods. */
  static <A, I> Aggregates<A, I> of(String type, Function<UUID, I> id, Function<I, Option<A>> find,
      Consumer<A> save, ToLongFunction<A> version, Function<A, Optional<OrganisationNumber>> owner) {
    return new Aggregates<>() {
      @Override
      public String type() {
        return type;
      }

      @Override
      public I id(UUID value) {
        return id.apply(value);
      }

      @Override
      public Option<A> find(I id) {
        return find.apply(id);
      }

      @Override
      public void save(A aggregate) {
        save.accept(aggregate);
      }

      @Override
      public long version(A aggregate) {
        return version.applyAsLong(aggregate);
      }

      @Override
      public Optional<OrganisationNumber> owner(A aggregate) {
        return owner.apply(aggregate);
      }
    };
  }

  /** An aggregate kind that no organisation owns. */
  static <A, I> Aggregates<A, I> unowned(String type, Function<UUID, I> id, Function<I, Option<A>> find,
      Consumer<A> save, ToLongFunction<A> version) {
    return of(type, id, find, save, version, aggregate -> Optional.empty());
  }

  /**
   * An aggregate kind no organisation owns, named by a key of its own rather than a UUID (a year, a template's name
   * and version): reached through the change and get that take the typed id.
   */
  static <A, I> Aggregates<A, I> unownedByKey(String type, Function<I, Option<A>> find, Consumer<A> save,
      ToLongFunction<A> version) {
    return unowned(type, uuid -> {
      throw new IllegalArgumentException(type + " is named by its key, not by a UUID");
    }, find, save, version);
  }
}
