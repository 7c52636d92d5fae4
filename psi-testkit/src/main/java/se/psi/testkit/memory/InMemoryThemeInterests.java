package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.project.domain.ThemeInterest;
import se.psi.core.project.port.out.ThemeInterests;
import se.psi.core.shared.PartnerId;

/** {@link ThemeInterests} in memory. */
public final class InMemoryThemeInterests extends InMemoryRepository<PartnerId, ThemeInterest>
    implements ThemeInterests {

  public InMemoryThemeInterests() {
    super(ThemeInterest.TYPE, ThemeInterest::partner, ThemeInterest::version);
  }

  @Override
  public Option<ThemeInterest> find(PartnerId partner) {
    return store.find(partner);
  }

  @Override
  public List<ThemeInterest> all() {
    return store.all().stream().sorted(Comparator.comparing(i -> i.partner().value())).toList();
  }

  @Override
  public void save(ThemeInterest interest) {
    store.save(interest);
  }
}
