package se.psi.core.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The use cases of a core, by interface: each feature's wiring adds the implementation of every use-case interface
 * it has, once. A type is a use case when it is an interface of a {@code port.in} package; anything else is refused
 * here, so that nothing internal can be handed out.
 */
public final class UseCaseRegistry {

  private final Map<Class<?>, Object> byType = new HashMap<>();

  /**
   * Registers {@code implementation} as the one answer to {@code useCase}.
   *
   * @throws IllegalArgumentException for a type that is not a use case
   * @throws IllegalStateException for a use case registered twice
   */
  public <T> UseCaseRegistry add(Class<T> useCase, T implementation) {
    requireUseCase(useCase);
    if (byType.putIfAbsent(useCase, Objects.requireNonNull(implementation, useCase.getName())) != null) {
      throw new IllegalStateException(useCase.getName() + " is registered twice");
    }
    return this;
  }

  /** Every registered use case with its implementation, as an immutable map. */
  public Map<Class<?>, Object> asMap() {
    return Map.copyOf(byType);
  }

  /** {@code type} if it is an interface of a {@code port.in} package; refused otherwise. */
  public static Class<?> requireUseCase(Class<?> type) {
    if (!isUseCase(type)) {
      throw new IllegalArgumentException(type.getName() + " is not a use case: PsiCore hands out only the use-case"
          + " interfaces of a port.in package, e.g. se.psi.core.membership.port.in.DecideMembershipUseCase");
    }
    return type;
  }

  public static boolean isUseCase(Class<?> type) {
    return type.isInterface() && !type.isAnnotation() && type.getPackageName().endsWith(".port.in");
  }
}
