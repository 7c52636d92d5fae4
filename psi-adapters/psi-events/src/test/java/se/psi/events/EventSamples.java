package se.psi.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.psi.core.shared.OrganisationNumber;

/**
 * Builds an instance of any event record with every component filled, so each event type can be written and checked
 * against its schema. {@code full} fills optional values; otherwise they are empty.
 */
final class EventSamples {

  private final boolean full;

  EventSamples(boolean full) {
    this.full = full;
  }

  Object sample(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (raw == Optional.class) {
        return full ? Optional.of(sample(arguments[0])) : Optional.empty();
      }
      if (raw == List.class || raw == java.util.Collection.class) {
        return List.of(sample(arguments[0]));
      }
      if (raw == Set.class) {
        return Set.of(sample(arguments[0]));
      }
      if (raw == Map.class) {
        return Map.of(sample(arguments[0]), sample(arguments[1]));
      }
      return sample(raw);
    }
    return sampleOf((Class<?>) type);
  }

  private Object sampleOf(Class<?> type) {
    if (type == String.class) {
      return "sample";
    }
    if (type == int.class || type == Integer.class) {
      return 2022;
    }
    if (type == long.class || type == Long.class) {
      return 3L;
    }
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    if (type == BigDecimal.class) {
      return new BigDecimal("1250.50");
    }
    if (type == UUID.class) {
      return UUID.fromString("00000000-0000-4000-8000-000000000001");
    }
    if (type == Instant.class) {
      return Instant.parse("2022-03-01T10:00:00Z");
    }
    if (type == LocalDate.class) {
      return LocalDate.parse("2022-03-01");
    }
    if (type == Year.class) {
      return Year.of(2022);
    }
    if (type == OrganisationNumber.class) {
      return OrganisationNumber.of("802000-0009");
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isSealed()) {
      return sampleOf(type.getPermittedSubclasses()[0]);
    }
    if (type.isRecord()) {
      return record(type);
    }
    return fromStaticFactory(type);
  }

  private Object record(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = Arrays.stream(components).map(c -> sample(c.getGenericType())).toArray();
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no sample of " + type.getName() + ": " + e.getCause(), e);
    }
  }

  /** Value classes that are not records: {@code of(String)}, {@code parse(String)} or {@code of(UUID)}. */
  private Object fromStaticFactory(Class<?> type) {
    for (String name : List.of("of", "parse", "from")) {
      for (Class<?> parameter : List.of(UUID.class, String.class, long.class, int.class)) {
        try {
          Method factory = type.getMethod(name, parameter);
          return factory.invoke(null, sampleOf(parameter));
        } catch (ReflectiveOperationException notThisOne) {
          // try the next shape
        }
      }
    }
    throw new IllegalStateException("no sample of " + type.getName() + ": add it to EventSamples");
  }
}
