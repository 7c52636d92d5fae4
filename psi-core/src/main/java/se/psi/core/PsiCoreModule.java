package se.psi.core;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Function;
import se.psi.core.committee.application.CommitteeModule;
import se.psi.core.advisory.application.AdvisoryModule;
import se.psi.core.contact.application.ContactModule;
import se.psi.core.grant.application.GrantModule;
import se.psi.core.idea.application.IdeaModule;
import se.psi.core.project.application.ProjectModule;
import se.psi.core.documentation.application.DocumentationModule;
import se.psi.core.meeting.application.MeetingModule;
import se.psi.core.plan.application.PlanModule;
import se.psi.core.membership.application.MembershipModule;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.rulesets.application.RuleSetsModule;
import se.psi.core.shared.IdSource;
import se.psi.core.application.EventPolicy;

/**
 * Guice wiring of the whole core: installs every feature module, binds the use-case interfaces and takes each driven
 * port from the {@link PsiStorage} the host binds (a storage adapter's module such as {@code JdbcPsiModule}, or
 * {@code bind(PsiStorage.class).toInstance(storage)} for psi-testkit's in-memory storage or the host's own).
 *
 * <p>Defaults a host may replace with {@code OptionalBinder.newOptionalBinder(binder(), X.class).setBinding()}:
 * {@link Clock} (the system clock in Europe/Stockholm), {@link IdSource} (random UUIDs), {@link Validator}
 * (Hibernate Validator) and {@link RuleSetRegistry} (the Örebro rulesets).
 */
public final class PsiCoreModule extends AbstractModule {

  /** The zone decision dates are taken in unless the host supplies its own clock. */
  public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), Clock.class).setDefault().toInstance(Clock.system(STOCKHOLM));
    OptionalBinder.newOptionalBinder(binder(), IdSource.class).setDefault().toInstance(IdSource.random());
    // One factory for the life of the core: building one reads its configuration and bundles, far too costly per call.
    OptionalBinder.newOptionalBinder(binder(), Validator.class).setDefault()
        .toProvider(() -> Validation.buildDefaultValidatorFactory().getValidator()).in(Singleton.class);
    OptionalBinder.newOptionalBinder(binder(), RuleSetRegistry.class).setDefault()
        .toInstance(OrebroRuleSets.registry());
    Multibinder.newSetBinder(binder(), EventPolicy.class);
    bindPortsOfTheStorage();
    install(new MembershipModule());
    install(new ContactModule());
    install(new CommitteeModule());
    install(new MeetingModule());
    install(new PlanModule());
    install(new DocumentationModule());
    install(new GrantModule());
    install(new IdeaModule());
    install(new AdvisoryModule());
    install(new ProjectModule());
    install(new RuleSetsModule());
  }

  /** Each port type of the bundle, bound to what the host's storage gives for it (asked once). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void bindPortsOfTheStorage() {
    Provider<PsiStorage> storage = getProvider(PsiStorage.class);
    for (Class<?> port : PsiStorage.portTypes()) {
      bind((Class) port).toProvider(() -> storage.get().ports().get(port)).in(Singleton.class);
    }
  }

  /** Used by {@link PsiCore}: wires the core with the given storage and settings, without the caller seeing Guice. */
  static Function<Class<?>, Object> wire(PsiCore.Builder settings) {
    Injector injector = Guice.createInjector(new PsiCoreModule(), new SettingsModule(settings));
    return injector::getInstance;
  }

  /** Binds the storage and settings a {@link PsiCore.Builder} collected. */
  private static final class SettingsModule extends AbstractModule implements PsiCore.SettingsBinder {

    private final PsiCore.Builder settings;

    SettingsModule(PsiCore.Builder settings) {
      this.settings = settings;
    }

    @Override
    protected void configure() {
      settings.bindTo(this);
    }

    @Override
    public void bindStorage(PsiStorage storage) {
      binder().bind(PsiStorage.class).toInstance(storage);
    }

    @Override
    public <T> void replaceDefault(Class<T> type, T value) {
      OptionalBinder.newOptionalBinder(binder(), type).setBinding().toInstance(value);
    }
  }
}
