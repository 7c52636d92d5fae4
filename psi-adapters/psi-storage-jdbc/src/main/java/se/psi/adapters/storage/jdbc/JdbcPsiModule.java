package se.psi.adapters.storage.jdbc;

import com.google.inject.AbstractModule;
import se.psi.core.PsiStorage;
import se.psi.core.outbox.OutboxReader;
import se.psi.core.outbox.RelayLease;

/**
 * Guice: a {@link JdbcStorage} as the core's storage bundle (the core's module binds each port from it), and the
 * outbox reader and relay lease for a host that relays the outbox.
 */
public final class JdbcPsiModule extends AbstractModule {

  private final PsiStorage storage;
  private final JdbcStorage jdbc;

  public JdbcPsiModule(JdbcStorage storage) {
    this(storage, storage);
  }

  /**
   * With some ports replaced: {@code new JdbcPsiModule(jdbc, jdbc.with(myPartners))}. The relay still reads the JDBC
   * outbox, so replace the event outbox only together with a relay of its own.
   */
  public JdbcPsiModule(JdbcStorage jdbc, PsiStorage storage) {
    this.jdbc = jdbc;
    this.storage = storage;
  }

  @Override
  protected void configure() {
    bind(JdbcStorage.class).toInstance(jdbc);
    bind(PsiStorage.class).toInstance(storage);
    bind(OutboxReader.class).toInstance(jdbc.outbox());
    bind(RelayLease.class).toInstance(jdbc.relayLease());
  }
}
