package se.psi.core;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.psi.core.application.EventPolicy;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.IdSource;

/**
 * The core for plain Java hosts: give it a storage, a clock and an id source, get the use cases.
 *
 * <pre>{@code
 * PsiCore core = PsiCore.builder()
 *     .storage(jdbc.with(myPartners))
 *     .clock(Clock.system(PsiCore.STOCKHOLM)).ids(IdSource.random())
 *     .build();
 * core.useCase(DecideMembershipUseCase.class).decideMembership(command);
 * }</pre>
 *
 * <p>The wiring underneath is plain Java: each feature's {@code <Feature>Wiring} (in its {@code application}
 * package) builds its services with {@code new} over the kernel and its storage ports, once per core. No container
 * is involved and none needs to be on the class path; {@link PsiCoreModule} offers the same core to Guice hosts.
 */
public final class PsiCore {

  /** The zone decision dates are taken in, as the partnership's own clock would give them. */
  public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  /** Use cases hold nothing but their ports and settings, so one instance of each serves every caller and thread. */
  private final Map<Class<?>, Object> useCases;

  private PsiCore(Map<Class<?>, Object> useCases) {
    this.useCases = useCases;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The implementation of a use-case interface, e.g. {@code useCase(ApplyForMembershipUseCase.class)}: stateless and
   * thread-safe, built with the core and then shared, so it may be looked up on every request.
   *
   * @throws IllegalArgumentException for anything but an interface of a {@code port.in} package: the services,
   *     ports and kernel behind the use cases are the core's own business
   */
  public <T> T useCase(Class<T> useCaseType) {
    Object useCase = useCases.get(useCaseType);
    if (useCase == null) {
      UseCaseRegistry.requireUseCase(useCaseType);
      throw new IllegalArgumentException(useCaseType.getName() + " is not a use case of this core");
    }
    return useCaseType.cast(useCase);
  }

  /** Every use-case interface a core hands out, e.g. for a host that binds or documents them. */
  public static Set<Class<?>> useCaseTypes() {
    return CoreWiring.USE_CASES;
  }

  /** Collects the storage, the clock and the id source (all required) and optional settings. */
  public static final class Builder {

    private PsiStorage storage;
    private Clock clock;
    private IdSource ids;
    private Validator validator;
    private RuleSetRegistry ruleSets;
    private final List<EventPolicy> policies = new ArrayList<>();

    private Builder() {}

    /** Every driven port, e.g. {@code JdbcStorage}, psi-testkit's {@code InMemoryStorage}, or one with replacements. */
    public Builder storage(PsiStorage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /** The clock decisions are dated by, in its zone: e.g. {@code Clock.system(PsiCore.STOCKHOLM)}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "Clock");
      return this;
    }

    /** Where new ids come from, e.g. {@code IdSource.random()}. */
    public Builder ids(IdSource ids) {
      this.ids = Objects.requireNonNull(ids, "IdSource");
      return this;
    }

    /** Default: Hibernate Validator's default validator. */
    public Builder validator(Validator validator) {
      this.validator = Objects.requireNonNull(validator, "Validator");
      return this;
    }

    /** Default: the Örebro rulesets. */
    public Builder ruleSets(RuleSetRegistry registry) {
      this.ruleSets = Objects.requireNonNull(registry, "RuleSetRegistry");
      return this;
    }

    /**
     * A reaction of the host's to the core's events, run inside the change's transaction beside the core's own
     * (such as the committee's to a withdrawal); the events it returns are written to the outbox with the change's.
     */
    public Builder eventPolicy(EventPolicy policy) {
      policies.add(Objects.requireNonNull(policy, "EventPolicy"));
      return this;
    }

    /**
     * @throws IllegalStateException without a storage, a clock or an id source, or for a storage that leaves a port
     *     out
     */
    public PsiCore build() {
      if (storage == null) {
        throw new IllegalStateException("PsiCore needs a storage: builder().storage(...)");
      }
      if (clock == null) {
        throw new IllegalStateException("PsiCore needs its Clock");
      }
      if (ids == null) {
        throw new IllegalStateException("PsiCore needs its IdSource");
      }
      storage.ports();
      Today today = new Today(ruleSets == null ? OrebroRuleSets.registry() : ruleSets, clock, ids);
      // Building a validator reads its configuration and bundles, far too costly per call: once per core.
      Validator checks = validator == null ? Validation.buildDefaultValidatorFactory().getValidator() : validator;
      return new PsiCore(CoreWiring.useCases(storage, today, checks, List.copyOf(policies)));
    }
  }
}
