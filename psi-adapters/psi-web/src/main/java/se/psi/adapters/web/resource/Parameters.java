package se.psi.adapters.web.resource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.WebLimits;
import se.psi.adapters.web.problem.ProblemType;
import se.psi.adapters.web.problem.Problems;

/**
 * Query parameters, read by hand so that a bad one is a 400 naming the parameter and what it may be (a runtime's
 * own conversion would answer 404 for a query parameter).
 */
final class Parameters {

  private Parameters() {}

  static <E extends Enum<E>> E enumOf(Class<E> type, String name, String raw, Texts texts) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip());
    } catch (IllegalArgumentException e) {
      throw Problems.exception(ProblemType.INVALID_REQUEST, texts, "detail.badParameter", name,
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  /** A listing's {@code offset}: how many to skip, 0 when absent. */
  static int offset(String raw, Texts texts) {
    return integer("offset", raw, 0, 0, Integer.MAX_VALUE, texts);
  }

  /** A listing's {@code limit}: 20 when absent, at most the server's page size. */
  static int pageSize(String raw, WebLimits limits, Texts texts) {
    return integer("limit", raw, Math.min(20, limits.maxPageSize()), 1, limits.maxPageSize(), texts);
  }

  static int integer(String name, String raw, int fallback, int min, int max, Texts texts) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw Problems.exception(ProblemType.INVALID_REQUEST, texts, "detail.badParameter", name,
        min + "\u2013" + max);
  }

  static boolean bool(String name, String raw, Texts texts) {
    if (raw == null || raw.isBlank()) {
      return false;
    }
    if (raw.equals("true") || raw.equals("false")) {
      return Boolean.parseBoolean(raw);
    }
    throw Problems.exception(ProblemType.INVALID_REQUEST, texts, "detail.badParameter", name, "true, false");
  }

  static LocalDate date(String name, String raw, LocalDate fallback, Texts texts) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw Problems.exception(ProblemType.INVALID_REQUEST, texts, "detail.badParameter", name, "YYYY-MM-DD");
    }
  }

  /** A period of grant decisions: {@code from} and {@code to}, by default this calendar year. */
  static se.psi.core.grant.port.in.GrantPeriodQuery grantPeriod(se.psi.core.PsiCore core,
      se.psi.core.shared.Actor actor, String from, String to, Texts texts) {
    LocalDate today = core.useCase(se.psi.core.rulesets.port.in.GetTodayUseCase.class).today();
    return new se.psi.core.grant.port.in.GrantPeriodQuery(actor,
        date("from", from, today.withDayOfYear(1), texts), date("to", to, today.withMonth(12).withDayOfMonth(31),
            texts));
  }
}
