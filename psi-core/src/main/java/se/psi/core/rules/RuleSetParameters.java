package se.psi.core.rules;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Sector;
import se.psi.core.shared.Violation;

/**
 * Every parameter of a {@link RuleSet} as text, one entry per parameter, so that a receipt can keep a ruleset and
 * hash it, and a what-if can change one parameter by name. Dates are ISO 8601, periods ISO 8601 ({@code P6M}), a
 * range {@code min..max}, a set its sorted names comma-separated, a list one entry per item
 * ({@code generalMeetingAgenda.0}, {@code .1}, ...). An empty optional parameter has no entry.
 */
final class RuleSetParameters {

  private static final String RANGE = "..";

  /** Every parameter name, as {@link RuleSet} names its accessor. */
  static final Set<String> NAMES = Set.of("partnership", "version", "validFrom", "validUntil", "source",
      "admittedKinds", "municipalityDutiesRequired", "agreementTermEnd", "contactVacancyGracePeriod",
      "contactReminderInterval", "civilSocietyMajorityRequired", "usualCommitteeSize",
      "committeeMeetingIntervalWeeks", "committeeConvenor", "practicalCoordinators", "generalMeetingsPerYear",
      "publicDialoguesPerYear", "coordinationMeetingsPerHalfYear", "generalMeetingAgenda", "grantApplicantSectors");

  private RuleSetParameters() {}

  static SortedMap<String, String> written(RuleSet r) {
    SortedMap<String, String> p = new TreeMap<>();
    p.put("partnership", r.partnership());
    p.put("version", r.version());
    p.put("validFrom", r.validFrom().toString());
    r.validUntil().ifPresent(until -> p.put("validUntil", until.toString()));
    p.put("source", r.source());
    p.put("admittedKinds", names(r.admittedKinds()));
    p.put("municipalityDutiesRequired", Boolean.toString(r.municipalityDutiesRequired()));
    r.agreementTermEnd().ifPresent(end -> p.put("agreementTermEnd", end.toString()));
    p.put("contactVacancyGracePeriod", r.contactVacancyGracePeriod().toString());
    p.put("contactReminderInterval", r.contactReminderInterval().toString());
    p.put("civilSocietyMajorityRequired", Boolean.toString(r.civilSocietyMajorityRequired()));
    p.put("usualCommitteeSize", range(r.usualCommitteeSize()));
    p.put("committeeMeetingIntervalWeeks", Integer.toString(r.committeeMeetingIntervalWeeks()));
    p.put("committeeConvenor", r.committeeConvenor());
    items(p, "practicalCoordinators", r.practicalCoordinators());
    r.generalMeetingsPerYear().ifPresent(range -> p.put("generalMeetingsPerYear", range(range)));
    r.publicDialoguesPerYear().ifPresent(range -> p.put("publicDialoguesPerYear", range(range)));
    r.coordinationMeetingsPerHalfYear().ifPresent(range -> p.put("coordinationMeetingsPerHalfYear", range(range)));
    items(p, "generalMeetingAgenda", r.generalMeetingAgenda());
    p.put("grantApplicantSectors", names(r.grantApplicantSectors()));
    return p;
  }

  /** The ruleset the parameters describe, or every parameter that does not read. */
  static Either<List<Violation>, RuleSet> read(SortedMap<String, String> p) {
    Reader in = new Reader(p);
    RuleSet.Builder b = RuleSet.builder();
    in.text("partnership").ifPresent(b::partnership);
    in.text("version").ifPresent(b::version);
    in.value("validFrom", LocalDate::parse).ifPresent(b::validFrom);
    b.validUntil(in.optional("validUntil", LocalDate::parse));
    in.text("source").ifPresent(b::source);
    in.value("admittedKinds", text -> enums(text, OrganisationKind.class)).ifPresent(b::admittedKinds);
    in.value("municipalityDutiesRequired", RuleSetParameters::flag).ifPresent(b::municipalityDutiesRequired);
    b.agreementTermEnd(in.optional("agreementTermEnd", LocalDate::parse));
    in.value("contactVacancyGracePeriod", Period::parse).ifPresent(b::contactVacancyGracePeriod);
    in.value("contactReminderInterval", Period::parse).ifPresent(b::contactReminderInterval);
    in.value("civilSocietyMajorityRequired", RuleSetParameters::flag).ifPresent(b::civilSocietyMajorityRequired);
    in.value("usualCommitteeSize", RuleSetParameters::range).ifPresent(b::usualCommitteeSize);
    in.value("committeeMeetingIntervalWeeks", Integer::parseInt).ifPresent(b::committeeMeetingIntervalWeeks);
    in.text("committeeConvenor").ifPresent(b::committeeConvenor);
    b.practicalCoordinators(in.items("practicalCoordinators"));
    b.generalMeetingsPerYear(in.optional("generalMeetingsPerYear", RuleSetParameters::range));
    b.publicDialoguesPerYear(in.optional("publicDialoguesPerYear", RuleSetParameters::range));
    b.coordinationMeetingsPerHalfYear(in.optional("coordinationMeetingsPerHalfYear", RuleSetParameters::range));
    b.generalMeetingAgenda(in.items("generalMeetingAgenda"));
    in.value("grantApplicantSectors", text -> enums(text, Sector.class)).ifPresent(b::grantApplicantSectors);
    return in.problems.isEmpty() ? Either.right(b.build()) : Either.left(List.copyOf(in.problems));
  }

  /** {@code generalMeetingAgenda} for {@code generalMeetingAgenda.3}: the parameter an item belongs to. */
  static String baseName(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static String names(Collection<? extends Enum<?>> constants) {
    return constants.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static <E extends Enum<E>> Set<E> enums(String text, Class<E> type) {
    Set<E> constants = EnumSet.noneOf(type);
    for (String name : text.isEmpty() ? new String[0] : text.split(",")) {
      constants.add(Enum.valueOf(type, name.strip()));
    }
    return constants;
  }

  private static String range(CountRange range) {
    return range.min() + RANGE + range.max();
  }

  private static CountRange range(String text) {
    int at = text.indexOf(RANGE);
    return at < 0 ? CountRange.exactly(Integer.parseInt(text.strip()))
        : CountRange.between(Integer.parseInt(text.substring(0, at).strip()),
            Integer.parseInt(text.substring(at + RANGE.length()).strip()));
  }

  private static boolean flag(String text) {
    if (!text.equals("true") && !text.equals("false")) {
      throw new IllegalArgumentException(text);
    }
    return Boolean.parseBoolean(text);
  }

  private static void items(SortedMap<String, String> p, String name, List<String> items) {
    for (int i = 0; i < items.size(); i++) {
      p.put(name + "." + i, items.get(i));
    }
  }

  /** Reads parameters one by one, noting each that is missing or does not read instead of stopping at it. */
  private static final class Reader {
    private final SortedMap<String, String> p;
    private final List<Violation> problems = new ArrayList<>();

    Reader(SortedMap<String, String> p) {
      this.p = p;
    }

    Optional<String> text(String name) {
      return value(name, Function.identity());
    }

    <T> Optional<T> value(String name, Function<String, T> parse) {
      if (!p.containsKey(name)) {
        problems.add(Violation.of(RuleSetSnapshot.PARAMETER_CHECK, "parameters." + name,
            "ruleset.parameter.missing", name));
        return Optional.empty();
      }
      return optional(name, parse);
    }

    <T> Optional<T> optional(String name, Function<String, T> parse) {
      String text = p.get(name);
      if (text == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(parse.apply(text));
      } catch (RuntimeException e) {
        problems.add(Violation.of(RuleSetSnapshot.PARAMETER_CHECK, "parameters." + name,
            "ruleset.parameter.unreadable", name, text));
        return Optional.empty();
      }
    }

    List<String> items(String name) {
      List<String> items = new ArrayList<>();
      for (int i = 0; p.containsKey(name + "." + i); i++) {
        items.add(p.get(name + "." + i));
      }
      return items;
    }
  }
}
