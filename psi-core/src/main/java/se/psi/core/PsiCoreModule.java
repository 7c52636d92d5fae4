package se.psi.core;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import se.psi.core.application.EventPolicy;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.IdSource;

/**
 * The core for Guice hosts: builds one {@link PsiCore} with {@link PsiCore#builder()} from what the host binds, and
 * binds {@code PsiCore}, each use-case interface of it and each driven port of the storage. The wiring itself is the
 * plain one; this module only hands Guice's bindings to it.
 *
 * <p>The host binds the {@link PsiStorage} (a storage adapter's module such as {@code JdbcPsiModule}, or
 * {@code bind(PsiStorage.class).toInstance(storage)} for psi-testkit's in-memory storage or its own). Defaults it
 * may replace with {@code OptionalBinder.newOptionalBinder(binder(), X.class).setBinding()}: {@link Clock} (the
 * system clock in Europe/Stockholm), {@link IdSource} (random UUIDs), {@link Validator} (Hibernate Validator) and
 * {@link RuleSetRegistry} (the Örebro rulesets). Its own reactions to events it adds with
 * {@code Multibinder.newSetBinder(binder(), EventPolicy.class)}.
 */
public final class PsiCoreModule extends AbstractModule {

  /** The zone decision dates are taken in unless the host supplies its own clock; the same as {@link PsiCore}'s. */
  public static final ZoneId STOCKHOLM = PsiCore.STOCKHOLM;

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), Clock.class).setDefault().toInstance(Clock.system(STOCKHOLM));
    OptionalBinder.newOptionalBinder(binder(), IdSource.class).setDefault().toInstance(IdSource.random());
    // Without a binding of the host's, the builder's defaults apply: made once, with the core.
    OptionalBinder.newOptionalBinder(binder(), Validator.class);
    OptionalBinder.newOptionalBinder(binder(), RuleSetRegistry.class);
    Multibinder.newSetBinder(binder(), EventPolicy.class);
    bindPortsOfTheStorage();
    bindUseCases();
  }

  @Provides
  @Singleton
  PsiCore core(PsiStorage storage, Clock clock, IdSource ids, Optional<Validator> validator,
      Optional<RuleSetRegistry> ruleSets, Set<EventPolicy> policies) {
    PsiCore.Builder builder = PsiCore.builder().storage(storage).clock(clock).ids(ids);
    validator.ifPresent(builder::validator);
    ruleSets.ifPresent(builder::ruleSets);
    policies.forEach(builder::eventPolicy);
    return builder.build();
  }

  /** Each use-case interface, answered by the one core. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void bindUseCases() {
    Provider<PsiCore> core = getProvider(PsiCore.class);
    for (Class<?> useCase : PsiCore.useCaseTypes()) {
      bind((Class) useCase).toProvider(() -> core.get().useCase(useCase));
    }
  }

  /** Each port type of the bundle, bound to what the host's storage gives for it (asked once). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void bindPortsOfTheStorage() {
    Provider<PsiStorage> storage = getProvider(PsiStorage.class);
    for (Class<?> port : PsiStorage.portTypes()) {
      bind((Class) port).toProvider(() -> storage.get().ports().get(port)).in(Singleton.class);
    }
  }
}
