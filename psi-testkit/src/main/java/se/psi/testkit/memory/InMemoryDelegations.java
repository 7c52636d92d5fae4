package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.grant.port.out.Delegations;

/** {@link Delegations} in memory. */
public final class InMemoryDelegations extends InMemoryRepository<DelegationId, Delegation>
    implements Delegations {

  public InMemoryDelegations() {
    super("Delegation", Delegation::id, Delegation::version);
  }

  @Override
  public Option<Delegation> find(DelegationId id) {
    return store.find(id);
  }

  @Override
  public List<Delegation> all() {
    return store.all().stream().sorted(Comparator.comparing(Delegation::validFrom)
        .thenComparing(d -> d.id().value())).toList();
  }

  @Override
  public void save(Delegation delegation) {
    store.save(delegation);
  }
}
