package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.SchemeSetting;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.testkit.fixtures.GrantFixtures;

/**
 * {@link GrantSchemes} in memory, with the scheme's dated settings; it starts, as a migrated database does, with the
 * library's default setting ({@link GrantFixtures#theDefaultSchemeSetting()}).
 */
public final class InMemoryGrantSchemes extends InMemoryRepository<Integer, GrantScheme>
    implements GrantSchemes {

  private final VersionedStore<LocalDate, SchemeSetting> settings =
      new VersionedStore<>(SchemeSetting.TYPE, SchemeSetting::validFrom, SchemeSetting::version);

  public InMemoryGrantSchemes() {
    super("GrantScheme", GrantScheme::year, GrantScheme::version);
    settings.save(GrantFixtures.theDefaultSchemeSetting());
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

  @Override
  public List<SchemeSetting> settings() {
    return settings.all().stream().sorted(Comparator.comparing(SchemeSetting::validFrom)).toList();
  }

  @Override
  public void save(SchemeSetting setting) {
    settings.save(setting);
  }

  @Override
  public Object snapshot() {
    return List.of(store.snapshot(), settings.snapshot());
  }

  @Override
  public void restore(Object snapshot) {
    List<?> both = (List<?>) snapshot;
    store.restore(both.get(0));
    settings.restore(both.get(1));
  }
}
