package se.psi.core.application;

import io.vavr.control.Option;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import se.psi.core.port.in.Permission;
import se.psi.core.shared.OrganisationNumber;

/** {@link Aggregates} from a repository's methods, as {@link Aggregates#of} and its options make them. */
record AggregateKind<A, I>(String type, Function<UUID, I> ids, Function<I, Option<A>> finder, Consumer<A> saver,
    ToLongFunction<A> versions, Function<A, Optional<OrganisationNumber>> owners, Optional<Permission> visibility)
    implements Aggregates<A, I> {

  @Override
  public I id(UUID value) {
    return ids.apply(value);
  }

  @Override
  public Option<A> find(I id) {
    return finder.apply(id);
  }

  @Override
  public void save(A aggregate) {
    saver.accept(aggregate);
  }

  @Override
  public long version(A aggregate) {
    return versions.applyAsLong(aggregate);
  }

  @Override
  public Optional<OrganisationNumber> owner(A aggregate) {
    return owners.apply(aggregate);
  }
}
