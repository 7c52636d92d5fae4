package se.psi.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the list of storage ports off {@link PsiStorage} itself, so the builder, the Guice wiring and the in-memory
 * unit of work cannot fall out of step with the bundle.
 */
final class StoragePorts {

  /** The accessors of the bundle, ordered by port name so that every run wires and reports in the same order. */
  static final List<Method> ACCESSORS = Arrays.stream(PsiStorage.class.getMethods())
      .filter(method -> Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0)
      .sorted(Comparator.comparing((Method method) -> method.getReturnType().getSimpleName()))
      .toList();

  static final List<Class<?>> TYPES = ACCESSORS.stream().<Class<?>>map(Method::getReturnType).toList();

  private StoragePorts() {}

  /** Each port type with the storage's implementation of it; a storage that leaves one out is refused. */
  static Map<Class<?>, Object> of(PsiStorage storage) {
    Map<Class<?>, Object> ports = new LinkedHashMap<>();
    for (Method accessor : ACCESSORS) {
      Object port = call(accessor, storage);
      if (port == null) {
        throw new IllegalStateException(storage + " gives no " + accessor.getReturnType().getSimpleName()
            + "; every port of the bundle needs an implementation");
      }
      ports.put(accessor.getReturnType(), port);
    }
    return ports;
  }

  /** The bundle's port types {@code port} implements; empty for an object that is no port. */
  static List<Class<?>> implementedBy(Object port) {
    return TYPES.stream().filter(type -> type.isInstance(port)).toList();
  }

  static Object call(Method accessor, PsiStorage storage) {
    try {
      return accessor.invoke(storage);
    } catch (InvocationTargetException thrown) {
      if (thrown.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(thrown.getCause());
    } catch (IllegalAccessException unreachable) {
      throw new IllegalStateException("the bundle's accessors are public", unreachable);
    }
  }
}
