package se.psi.core;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.IdSource;

/**
 * The core for plain Java hosts: give it a storage, a clock and an id source, get the use cases.
 *
 * <pre>{@code
 * PsiCore core = PsiCore.builder()
 *     .storage(jdbc.with(myPartners))
 *     .clock(Clock.system(PsiCoreModule.STOCKHOLM)).ids(IdSource.random())
 *     .build();
 * core.useCase(DecideMembershipUseCase.class).decideMembership(command);
 * }</pre>
 *
 * <p>The wiring underneath is Guice ({@link PsiCoreModule}); a host never sees it.
 */
public final class PsiCore {

  private final Function<Class<?>, Object> useCases;
  /** Use cases hold nothing but their ports and settings, so one instance of each serves every caller and thread. */
  private final Map<Class<?>, Object> wired = new ConcurrentHashMap<>();

  private PsiCore(Function<Class<?>, Object> useCases) {
    this.useCases = useCases;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The implementation of a use-case interface, e.g. {@code useCase(ApplyForMembershipUseCase.class)}: stateless and
   * thread-safe, wired once and then shared, so it may be looked up on every request.
   *
   * @throws IllegalArgumentException for anything but an interface of a {@code port.in} package: the services,
   *     ports and kernel behind the use cases are the core's own business
   */
  public <T> T useCase(Class<T> useCaseType) {
    return useCaseType.cast(wired.computeIfAbsent(UseCaseTypes.requireUseCase(useCaseType), useCases));
  }

  /** How the builder hands its storage and settings to the wiring. */
  interface SettingsBinder {
    void bindStorage(PsiStorage storage);

    <T> void replaceDefault(Class<T> type, T value);
  }

  /** Collects the storage, the clock and the id source (all required) and optional settings. */
  public static final class Builder {

    private PsiStorage storage;
    private final Map<Class<?>, Object> settings = new LinkedHashMap<>();

    private Builder() {}

    /** Every driven port, e.g. {@code JdbcStorage}, psi-testkit's {@code InMemoryStorage}, or one with replacements. */
    public Builder storage(PsiStorage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /** The clock decisions are dated by, in its zone: e.g. {@code Clock.system(PsiCoreModule.STOCKHOLM)}. */
    public Builder clock(Clock clock) {
      return setting(Clock.class, clock);
    }

    /** Where new ids come from, e.g. {@code IdSource.random()}. */
    public Builder ids(IdSource ids) {
      return setting(IdSource.class, ids);
    }

    /** Default: Hibernate Validator's default validator. */
    public Builder validator(Validator validator) {
      return setting(Validator.class, validator);
    }

    /** Default: the Örebro rulesets. */
    public Builder ruleSets(RuleSetRegistry registry) {
      return setting(RuleSetRegistry.class, registry);
    }

    /**
     * @throws IllegalStateException without a storage, a clock or an id source, or for a storage that leaves a port
     *     out
     */
    public PsiCore build() {
      if (storage == null) {
        throw new IllegalStateException("PsiCore needs a storage: builder().storage(...)");
      }
      for (Class<?> required : new Class<?>[] {Clock.class, IdSource.class}) {
        if (!settings.containsKey(required)) {
          throw new IllegalStateException("PsiCore needs its " + required.getSimpleName());
        }
      }
      storage.ports();
      return new PsiCore(PsiCoreModule.wire(this));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void bindTo(SettingsBinder binder) {
      binder.bindStorage(storage);
      settings.forEach((type, value) -> binder.replaceDefault((Class) type, value));
    }

    private <T> Builder setting(Class<T> type, T value) {
      settings.put(type, Objects.requireNonNull(value, type.getSimpleName()));
      return this;
    }
  }
}
