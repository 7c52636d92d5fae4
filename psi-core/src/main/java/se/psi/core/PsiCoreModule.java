package se.psi.core;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
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
 * Guice wiring of the whole core: installs every feature module and binds the use-case interfaces. The host binds
 * the driven ports (a storage adapter's module, or psi-testkit's in-memory ports).
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

  /** Used by {@link PsiCore}: wires the core with the given ports and settings, without the caller seeing Guice. */
  static Function<Class<?>, Object> wire(PsiCore.Builder settings) {
    Injector injector = Guice.createInjector(new PsiCoreModule(), new PortsModule(settings));
    return injector::getInstance;
  }

  /** Binds the ports and settings a {@link PsiCore.Builder} collected. */
  private static final class PortsModule extends AbstractModule implements PsiCore.PortBinder {

    private final PsiCore.Builder settings;

    PortsModule(PsiCore.Builder settings) {
      this.settings = settings;
    }

    @Override
    protected void configure() {
      settings.bindPorts(this);
    }

    @Override
    public <T> void bind(Class<T> port, T implementation) {
      binder().bind(port).toInstance(implementation);
    }

    @Override
    public <T> void replaceDefault(Class<T> type, T value) {
      OptionalBinder.newOptionalBinder(binder(), type).setBinding().toInstance(value);
    }
  }
}
