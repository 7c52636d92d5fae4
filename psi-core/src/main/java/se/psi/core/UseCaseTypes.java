package se.psi.core;

/** Tells a use case, which a host may have, from the classes behind it, which it may not. */
final class UseCaseTypes {

  private UseCaseTypes() {}

  /** {@code type} if it is an interface of a {@code port.in} package; refused otherwise. */
  static Class<?> requireUseCase(Class<?> type) {
    if (!type.isInterface() || !type.getPackageName().endsWith(".port.in")) {
      throw new IllegalArgumentException(type.getName() + " is not a use case: PsiCore hands out only the use-case"
          + " interfaces of a port.in package, e.g. se.psi.core.membership.port.in.DecideMembershipUseCase");
    }
    return type;
  }
}
