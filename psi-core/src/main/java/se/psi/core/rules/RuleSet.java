package se.psi.core.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.PsiStyle;

/**
 * The rule parameters in force for one partnership during one period (DOMAIN.md "RULESETS"). Rulesets are data: an
 * integrator builds its own with {@link #builder()} and registers it in a {@link RuleSetRegistry}.
 *
 * <p>A ruleset holds its parameters as written. Whether they make sense (a period that ends before it starts, a
 * reversed range, a grace period of zero, a committee that never meets) is judged by the registry's checks
 * ({@link RuleSetChecks}), which report every problem of every ruleset at once rather than the first one.
 */
@Value.Immutable
@PsiStyle
public abstract class RuleSet {

  /** The partnership this ruleset belongs to, e.g. {@code psi-orebro}. */
  public abstract String partnership();

  /** The version recorded on every decision taken under it, e.g. {@code orebro-2021}. */
  public abstract String version();

  /** First day in force. */
  public abstract LocalDate validFrom();

  /** Last day in force (inclusive); empty while open-ended. */
  public abstract Optional<LocalDate> validUntil();

  /** Where the parameters come from, e.g. {@code verksamhetsplan 2021-2026 [003]}. */
  public abstract String source();

  /** MEM-1: the kinds of legal person that may become parties. */
  public abstract Set<OrganisationKind> admittedKinds();

  /** MEM-6: municipalities must name an official as contact and a responsible political assembly. */
  public abstract boolean municipalityDutiesRequired();

  /** MEM-8: the end date of agreements made under this ruleset, if agreements have a fixed term. */
  public abstract Optional<LocalDate> agreementTermEnd();

  /** CON-2: how long a contact vacancy may stay open before the partner is reported unreachable. */
  public abstract Period contactVacancyGracePeriod();

  /** CON-2: how often a partner with an open vacancy is reminded. */
  public abstract Period contactReminderInterval();

  /** AU-2: civil society and social economy must hold a strict majority of committee seats. */
  public abstract boolean civilSocietyMajorityRequired();

  /** AU-1: the usual number of organisations in the committee (informative, never enforced). */
  public abstract CountRange usualCommitteeSize();

  /** AU-4: weeks between committee meetings. */
  public abstract int committeeMeetingIntervalWeeks();

  /** AU-4: who convenes the committee (sammankallande). */
  public abstract String committeeConvenor();

  /** AU-4: who holds the practical coordination, if anyone besides the convenor. */
  public abstract List<String> practicalCoordinators();

  /** MTG-1: general meetings a year; empty where the sources of the period give no figure. */
  public abstract Optional<CountRange> generalMeetingsPerYear();

  /** MTG-2: public dialogues a year; empty where the sources of the period give no figure. */
  public abstract Optional<CountRange> publicDialoguesPerYear();

  /** MTG-4: coordination meetings of all parties per half-year, where the ruleset has them. */
  public abstract Optional<CountRange> coordinationMeetingsPerHalfYear();

  /**
   * MTG-1: the fixed agenda of a general meeting, as message keys (e.g. {@code agenda.environmentScan}); a planned
   * general meeting starts with it and items can be added.
   */
  public abstract List<String> generalMeetingAgenda();

  /** GRA-1: the sectors whose organisations may apply for the grant for social innovation. */
  public abstract java.util.Set<se.psi.core.shared.Sector> grantApplicantSectors();

  /** This ruleset as decision receipts keep it: computed once, as every decision under it records it. */
  @Value.Lazy
  public RuleSetSnapshot snapshot() {
    return RuleSetSnapshot.of(this);
  }

  /** Whether this ruleset is in force on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(validFrom()) && validUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  /** Whether the two rulesets' periods share at least one day. */
  public boolean overlaps(RuleSet other) {
    LocalDate thisEnd = validUntil().orElse(LocalDate.MAX);
    LocalDate otherEnd = other.validUntil().orElse(LocalDate.MAX);
    return !validFrom().isAfter(otherEnd) && !other.validFrom().isAfter(thisEnd);
  }

  public boolean admits(OrganisationKind kind) {
    return admittedKinds().contains(kind);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a ruleset; every parameter without a default must be set. */
  public static final class Builder extends ImmutableRuleSet.Builder {}
}
