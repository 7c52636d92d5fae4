package se.psi.core.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import se.psi.core.shared.Violation;

/**
 * The rulesets of one partnership, looked up "as of" a date. Immutable, and checked whole when it is built
 * ({@link RuleSetChecks}): no overlap, no gap and no end (the latest ruleset stays in force until a later one
 * replaces it), no contradicting parameters. A gap or an end is accepted only on a day the integrator declares
 * that the partnership ends ({@link Builder#endsOn(LocalDate)}).
 *
 * <pre>{@code
 * RuleSetRegistry registry = RuleSetRegistry.of("psi-orebro", rulesets);         // throws, listing every finding
 * Validation<Seq<Violation>, RuleSetRegistry> checked =
 *     RuleSetRegistry.builder("psi-varmland").add(rules2025).endsOn(LocalDate.of(2027, 12, 31)).validate();
 * }</pre>
 */
public final class RuleSetRegistry {

  /** The violation id for overlapping rulesets. */
  public static final String OVERLAP_RULE = RuleSetChecks.OVERLAP;

  private final String partnership;
  private final List<RuleSet> ruleSets;
  private final List<LocalDate> partnershipEnds;

  private RuleSetRegistry(String partnership, List<RuleSet> ruleSets, List<LocalDate> partnershipEnds) {
    this.partnership = partnership;
    this.ruleSets = ruleSets.stream().sorted(Comparator.comparing(RuleSet::validFrom)).toList();
    this.partnershipEnds = List.copyOf(new TreeSet<>(partnershipEnds));
  }

  public static Builder builder(String partnership) {
    return new Builder(partnership);
  }

  /**
   * The registry of {@code ruleSets}, which must cover every day from the first one on; throws
   * {@link InvalidRuleSetsException}, listing every finding, if they do not.
   */
  public static RuleSetRegistry of(String partnership, List<RuleSet> ruleSets) {
    return builder(partnership).addAll(ruleSets).build();
  }

  /**
   * This registry with {@code next} in force from its first day: the latest ruleset, if it is open-ended, now ends
   * the day before. Checked whole, like a new registry; the declared ends stay.
   */
  public Validation<Seq<Violation>, RuleSetRegistry> followedBy(RuleSet next) {
    List<RuleSet> more = new ArrayList<>(ruleSets);
    if (!more.isEmpty()) {
      RuleSet latest = more.get(more.size() - 1);
      if (latest.validUntil().isEmpty() && latest.validFrom().isBefore(next.validFrom())) {
        more.set(more.size() - 1, RuleSet.builder().from(latest).validUntil(next.validFrom().minusDays(1)).build());
      }
    }
    more.add(next);
    Builder builder = builder(partnership).addAll(more);
    partnershipEnds.forEach(builder::endsOn);
    return builder.validate();
  }

  /** The ruleset in force on {@code date}, if any. */
  public Option<RuleSet> inForceOn(LocalDate date) {
    return Option.ofOptional(ruleSets.stream().filter(r -> r.inForceOn(date)).findFirst());
  }

  public String partnership() {
    return partnership;
  }

  /** All rulesets, oldest first. */
  public List<RuleSet> all() {
    return ruleSets;
  }

  /** The days the integrator declared the partnership ends on (usually none), in order. */
  public List<LocalDate> partnershipEnds() {
    return partnershipEnds;
  }

  /** The days some ruleset is in force: one period from the first day on, unless the partnership ends. */
  public List<CoveredPeriod> coverage() {
    return RuleSetChecks.coverage(ruleSets);
  }

  /** Collects the rulesets of a partnership, and the days it ends on if it does, then checks them whole. */
  public static final class Builder {

    private final String partnership;
    private final List<RuleSet> ruleSets = new ArrayList<>();
    private final List<LocalDate> partnershipEnds = new ArrayList<>();

    private Builder(String partnership) {
      this.partnership = Objects.requireNonNull(partnership, "partnership");
    }

    public Builder add(RuleSet ruleSet) {
      ruleSets.add(Objects.requireNonNull(ruleSet, "ruleSet"));
      return this;
    }

    public Builder addAll(Collection<RuleSet> more) {
      more.forEach(this::add);
      return this;
    }

    /**
     * Declares that the partnership ends on {@code lastDay}: its rulesets end that day and none is in force on the
     * next one. Without such a declaration a gap (RULESET-3) or an end (RULESET-4) is refused.
     */
    public Builder endsOn(LocalDate lastDay) {
      partnershipEnds.add(Objects.requireNonNull(lastDay, "lastDay"));
      return this;
    }

    /** The registry, or every finding of the checks. */
    public Validation<Seq<Violation>, RuleSetRegistry> validate() {
      List<Violation> findings = RuleSetChecks.check(partnership, ruleSets, partnershipEnds);
      return findings.isEmpty()
          ? Validation.valid(new RuleSetRegistry(partnership, ruleSets, partnershipEnds))
          : Validation.invalid(io.vavr.collection.List.ofAll(findings));
    }

    /**
     * The registry; throws {@link InvalidRuleSetsException} listing every finding, since rulesets that do not hold
     * together are an error in the integrator's configuration, not something to decide under.
     */
    public RuleSetRegistry build() {
      Validation<Seq<Violation>, RuleSetRegistry> checked = validate();
      if (checked.isInvalid()) {
        throw new InvalidRuleSetsException(partnership, checked.getError().asJava());
      }
      return checked.get();
    }
  }
}
