package se.psi.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import se.psi.core.shared.Violation;

/**
 * The static checks of a partnership's rulesets (DOMAIN.md "RULESETS"): every problem at once, each a
 * {@link Violation} whose first argument is the version of the ruleset it is about.
 *
 * <ul>
 *   <li>RULESET-1: two rulesets overlap, one belongs to another partnership, or two share a version;</li>
 *   <li>RULESET-3: a gap, days between two rulesets on which none is in force;</li>
 *   <li>RULESET-4: an end, the latest ruleset has a last day and nothing follows (or there is no ruleset);</li>
 *   <li>RULESET-5: parameters that contradict each other ({@link RuleSetContradictions}).</li>
 * </ul>
 *
 * <p>A gap or an end is accepted only where the integrator declared that the partnership ends on that day; a
 * declared end on which the rulesets do not end is itself a RULESET-4 finding. RULESET-2 (no ruleset in force on a
 * decision's date) is judged when a decision is taken, not here.
 */
public final class RuleSetChecks {

  public static final String OVERLAP = "RULESET-1";
  public static final String GAP = "RULESET-3";
  public static final String END = "RULESET-4";
  public static final String CONTRADICTION = "RULESET-5";

  private final String partnership;
  private final List<RuleSet> ruleSets;
  private final List<LocalDate> ends;
  private final String listField;
  private final IntFunction<String> field;
  private final IntFunction<String> endField;
  private final List<Violation> found = new ArrayList<>();

  private RuleSetChecks(String partnership, List<RuleSet> ruleSets, List<LocalDate> ends, String listField,
      IntFunction<String> field, IntFunction<String> endField) {
    this.partnership = partnership;
    this.ruleSets = List.copyOf(ruleSets);
    this.ends = List.copyOf(ends);
    this.listField = listField;
    this.field = field;
    this.endField = endField;
  }

  /**
   * The findings on a registry's rulesets, fields named by version ({@code orebro-2016.validUntil}); a declared end
   * is the field {@code partnershipEnd}.
   */
  public static List<Violation> check(String partnership, List<RuleSet> ruleSets, List<LocalDate> partnershipEnds) {
    return new RuleSetChecks(partnership, ruleSets, partnershipEnds, "", i -> ruleSets.get(i).version(),
        j -> "partnershipEnd").run();
  }

  /**
   * The same findings on a proposed list, fields pointing into it: {@code rulesets[2].validUntil},
   * {@code partnershipEnds[0]}.
   */
  public static List<Violation> checkProposal(String partnership, List<RuleSet> ruleSets,
      List<LocalDate> partnershipEnds) {
    return new RuleSetChecks(partnership, ruleSets, partnershipEnds, "rulesets", i -> "rulesets[" + i + "]",
        j -> "partnershipEnds[" + j + "]").run();
  }

  /** The days covered by {@code ruleSets}, in order; more than one period only where there is a gap. */
  public static List<CoveredPeriod> coverage(List<RuleSet> ruleSets) {
    return new RuleSetChecks("", ruleSets, List.of(), "", i -> "", j -> "").spans().stream()
        .map(span -> new CoveredPeriod(span.from(), span.until())).toList();
  }

  private List<Violation> run() {
    if (ruleSets.isEmpty()) {
      found.add(Violation.of(END, listField, "ruleset.noRuleSets", partnership));
      return found;
    }
    Set<String> versions = new HashSet<>();
    for (int i = 0; i < ruleSets.size(); i++) {
      RuleSet ruleSet = ruleSets.get(i);
      if (!ruleSet.partnership().equals(partnership)) {
        found.add(Violation.of(OVERLAP, field.apply(i) + ".partnership", "ruleset.otherPartnership",
            ruleSet.version(), ruleSet.partnership(), partnership));
      }
      if (!versions.add(ruleSet.version())) {
        found.add(Violation.of(OVERLAP, field.apply(i) + ".version", "ruleset.duplicateVersion", ruleSet.version()));
      }
      found.addAll(RuleSetContradictions.of(ruleSet, field.apply(i)));
    }
    overlaps();
    gapsAndEnd();
    declaredEnds();
    return found;
  }

  /** Indices of the rulesets whose own period makes sense, by first day (a reversed period is RULESET-5). */
  private List<Integer> inOrder() {
    return IntStream.range(0, ruleSets.size()).boxed()
        .filter(i -> ruleSets.get(i).validUntil().map(u -> !u.isBefore(ruleSets.get(i).validFrom())).orElse(true))
        .sorted(Comparator.comparing((Integer i) -> ruleSets.get(i).validFrom()).thenComparing(i -> i))
        .toList();
  }

  private void overlaps() {
    List<Integer> order = inOrder();
    for (int a = 0; a < order.size(); a++) {
      for (int b = a + 1; b < order.size(); b++) {
        RuleSet earlier = ruleSets.get(order.get(a));
        RuleSet later = ruleSets.get(order.get(b));
        if (earlier.overlaps(later)) {
          found.add(Violation.of(OVERLAP, field.apply(order.get(b)) + ".validFrom", "ruleset.overlap",
              later.version(), earlier.version(), earlier.validFrom().toString(),
              earlier.validUntil().map(LocalDate::toString).orElse("…")));
        }
      }
    }
  }

  private void gapsAndEnd() {
    for (Span span : spans()) {
      LocalDate last = span.until().orElse(null);
      if (last == null || ends.contains(last)) {
        continue;
      }
      RuleSet ending = ruleSets.get(span.ending());
      if (span.next() >= 0) {
        RuleSet next = ruleSets.get(span.next());
        found.add(Violation.of(GAP, field.apply(span.next()) + ".validFrom", "ruleset.gap", next.version(),
            ending.version(), last.plusDays(1).toString(), next.validFrom().minusDays(1).toString(),
            last.toString()));
      } else {
        found.add(Violation.of(END, field.apply(span.ending()) + ".validUntil", "ruleset.end", ending.version(),
            last.toString(), last.plusDays(1).toString()));
      }
    }
  }

  private void declaredEnds() {
    Set<LocalDate> lastDays = new HashSet<>();
    spans().forEach(span -> span.until().ifPresent(lastDays::add));
    for (int j = 0; j < ends.size(); j++) {
      LocalDate end = ends.get(j);
      if (lastDays.contains(end)) {
        continue;
      }
      LocalDate after = end.plusDays(1);
      Optional<RuleSet> inForceAfter = inOrder().stream().map(ruleSets::get).filter(r -> r.inForceOn(after))
          .findFirst();
      found.add(inForceAfter.isPresent()
          ? Violation.of(END, endField.apply(j), "ruleset.declaredEnd.rulesetAfter", end.toString(),
              inForceAfter.get().version())
          : Violation.of(END, endField.apply(j), "ruleset.declaredEnd.notALastDay", end.toString()));
    }
  }

  /**
   * The covered periods: {@code ending} is the ruleset whose last day ends the period, {@code next} the one that
   * starts after the gap, or -1 after the last period.
   */
  private record Span(LocalDate from, Optional<LocalDate> until, int ending, int next) {}

  private List<Span> spans() {
    List<Integer> order = inOrder();
    List<Span> spans = new ArrayList<>();
    if (order.isEmpty()) {
      return spans;
    }
    int ending = order.get(0);
    LocalDate from = ruleSets.get(ending).validFrom();
    LocalDate covered = lastDay(ruleSets.get(ending));
    for (int i : order.subList(1, order.size())) {
      RuleSet next = ruleSets.get(i);
      if (!covered.equals(LocalDate.MAX) && next.validFrom().isAfter(covered.plusDays(1))) {
        spans.add(new Span(from, Optional.of(covered), ending, i));
        from = next.validFrom();
        covered = lastDay(next);
        ending = i;
      } else if (lastDay(next).isAfter(covered)) {
        covered = lastDay(next);
        ending = i;
      }
    }
    spans.add(new Span(from, covered.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(covered), ending, -1));
    return spans;
  }

  private static LocalDate lastDay(RuleSet ruleSet) {
    return ruleSet.validUntil().orElse(LocalDate.MAX);
  }
}
