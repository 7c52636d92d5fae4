package se.psi.core;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

/**
 * A storage bundle whose ports refuse every call: enough to build a core and look its use cases up, which reads and
 * writes nothing. Use cases that run against real ports are psi-testkit's business.
 */
final class StorageThatStoresNothing {

  private StorageThatStoresNothing() {}

  static PsiStorage create() {
    InvocationHandler bundle = (proxy, method, arguments) -> {
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, arguments);
      }
      return switch (method.getName()) {
        case "toString" -> "a storage that stores nothing";
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == arguments[0];
        default -> port(method.getReturnType());
      };
    };
    return (PsiStorage) Proxy.newProxyInstance(PsiStorage.class.getClassLoader(), new Class<?>[] {PsiStorage.class},
        bundle);
  }

  private static Object port(Class<?> type) {
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
      throw new UnsupportedOperationException(type.getSimpleName() + " stores nothing here");
    });
  }
}
