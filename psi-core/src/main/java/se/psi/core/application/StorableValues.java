package se.psi.core.application;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.psi.core.shared.Violation;

/**
 * What every command's texts and dates must be, wherever they sit in it, so that every store keeps them as given:
 * PostgreSQL refuses a text holding U+0000 and dates beyond its range, and H2 stores some such dates as other days.
 * Checked here once for all commands rather than by a constraint on each field, which a new field would lack.
 */
final class StorableValues {

  static final int EARLIEST_YEAR = 1900;
  static final int LATEST_YEAR = 9999;
  /** Deeper than any command; a cycle or a hostile structure stops here. */
  private static final int DEEPEST = 16;

  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  private StorableValues() {}

  static List<Violation> of(Object command) {
    List<Violation> found = new ArrayList<>();
    check(command, "", found, 0);
    return found;
  }

  private static void check(Object value, String path, List<Violation> found, int depth) {
    if (value == null || depth > DEEPEST) {
      return;
    }
    if (value instanceof CharSequence text) {
      if (hasControlCharacter(text)) {
        found.add(Violation.of("NoControlCharacters", path, "constraint.NoControlCharacters"));
      }
    } else if (value instanceof LocalDate date) {
      checkYear(date.getYear(), path, found);
    } else if (value instanceof LocalDateTime time) {
      checkYear(time.getYear(), path, found);
    } else if (value instanceof OffsetDateTime time) {
      checkYear(time.getYear(), path, found);
    } else if (value instanceof Instant instant) {
      checkYear(instant.atOffset(ZoneOffset.UTC).getYear(), path, found);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(present -> check(present, path, found, depth + 1));
    } else if (value instanceof Collection<?> items) {
      int index = 0;
      for (Object item : items) {
        check(item, path + "[" + index++ + "]", found, depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> {
        check(key, path + "<key>", found, depth + 1);
        check(item, path + "[" + key + "]", found, depth + 1);
      });
    } else if (value instanceof Record) {
      for (RecordComponent component : COMPONENTS.get(value.getClass())) {
        check(read(component, value), path.isEmpty() ? component.getName() : path + "." + component.getName(),
            found, depth + 1);
      }
    }
  }

  /** Tab, line feed and carriage return belong in a longer text; no other control character belongs anywhere. */
  private static boolean hasControlCharacter(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  private static void checkYear(int year, String path, List<Violation> found) {
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
      found.add(Violation.of("DateInRange", path, "constraint.DateInRange", String.valueOf(EARLIEST_YEAR),
          String.valueOf(LATEST_YEAR)));
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      var accessor = component.getAccessor();
      accessor.trySetAccessible();
      return accessor.invoke(record);
    } catch (ReflectiveOperationException | RuntimeException unreadable) {
      return null;
    }
  }
}
