package se.psi.core;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A storage with some ports replaced: what {@link PsiStorage#with} returns. A proxy rather than a class that lists
 * every accessor, so the bundle stays the one list of ports. A further {@code with} goes back to the original storage
 * with all replacements at once, so a storage that enlists its ports in transactions sees every one of them.
 */
final class ReplacedPorts {

  private ReplacedPorts() {}

  static PsiStorage over(PsiStorage original, Object... ports) {
    Objects.requireNonNull(original, "original");
    List<Object> replacements = List.of(ports);
    for (Object port : replacements) {
      if (StoragePorts.implementedBy(port).isEmpty()) {
        throw new IllegalArgumentException(port.getClass().getName() + " implements none of the storage ports "
            + StoragePorts.TYPES.stream().map(Class::getSimpleName).collect(Collectors.joining(", ")));
      }
    }
    return (PsiStorage) Proxy.newProxyInstance(PsiStorage.class.getClassLoader(), new Class<?>[] {PsiStorage.class},
        (proxy, method, arguments) -> answer((PsiStorage) proxy, original, replacements, method, arguments));
  }

  private static Object answer(PsiStorage proxy, PsiStorage original, List<Object> replacements, Method method,
      Object[] arguments) {
    switch (method.getName()) {
      case "with":
        List<Object> all = new ArrayList<>(replacements);
        all.addAll(List.of((Object[]) arguments[0]));
        return original.with(all.toArray());
      case "ports":
        return StoragePorts.of(proxy);
      case "toString":
        return original + " with " + replacements.stream().map(port -> port.getClass().getSimpleName()).toList();
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == arguments[0];
      default:
        return replacementFor(method.getReturnType(), replacements).orElseGet(
            () -> StoragePorts.call(method, original));
    }
  }

  /** The last replacement that implements {@code port}: in {@code with(a).with(b)} the later one wins. */
  private static Optional<Object> replacementFor(Class<?> port, List<Object> replacements) {
    for (int i = replacements.size() - 1; i >= 0; i--) {
      if (port.isInstance(replacements.get(i))) {
        return Optional.of(replacements.get(i));
      }
    }
    return Optional.empty();
  }
}
