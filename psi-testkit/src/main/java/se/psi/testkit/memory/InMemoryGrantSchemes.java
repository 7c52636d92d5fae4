package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.port.out.GrantSchemes;

/** {@link GrantSchemes} in memory. */
public final class InMemoryGrantSchemes extends InMemoryRepository<Integer, GrantScheme>
    implements GrantSchemes {

  public InMemoryGrantSchemes() {
    super("GrantScheme", GrantScheme::year, GrantScheme::version);
  }

  @Override
  public Option<GrantScheme> find(int year) {
    return store.find(year);
  }

  @Override
  public List<GrantScheme> all() {
    return store.all().stream().sorted(Comparator.comparingInt(GrantScheme::year)).toList();
  }

  @Override
  public void save(GrantScheme scheme) {
    store.save(scheme);
  }
}
