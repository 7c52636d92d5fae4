package se.psi.core;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.psi.core.advisory.domain.AdvisoryRules;
import se.psi.core.committee.domain.CommitteeRules;
import se.psi.core.contact.domain.ContactRules;
import se.psi.core.followup.domain.FollowUpRules;
import se.psi.core.grant.domain.GrantRules;
import se.psi.core.idea.domain.IdeaRules;
import se.psi.core.meeting.domain.MeetingRules;
import se.psi.core.membership.domain.MembershipRules;
import se.psi.core.plan.domain.PlanRules;
import se.psi.core.project.domain.ProjectRules;
import se.psi.core.rules.Rule;
import se.psi.core.rules.RuleSetParameter;
import se.psi.core.rules.RuleSetRules;

/**
 * Every rule of the library with its DOMAIN.md id, in one place: the rules evaluated as a {@link Rule} (each
 * feature's {@code <Feature>Rules}), and those the model holds by its shape instead. For every id the bundles say
 * what the rule says and where it comes from ({@link Rule#statementKey}, {@link Rule#sourceKey}), and for a rule the
 * model holds, what holds it ({@link #heldByKey}); docs/rules.md documents exactly these ids.
 */
public final class RuleCatalogue {

  /** Every rule evaluated as a {@link Rule}, feature by feature; a rule judged in several steps appears per step. */
  public static final List<Rule<?>> EVALUATED = Stream.of(MembershipRules.EVERY, ContactRules.EVERY,
      CommitteeRules.EVERY, MeetingRules.EVERY, PlanRules.EVERY, GrantRules.EVERY, IdeaRules.EVERY,
      AdvisoryRules.EVERY, ProjectRules.EVERY, RuleSetRules.EVERY, FollowUpRules.EVERY).flatMap(List::stream)
      .toList();

  /**
   * The rules no {@link Rule} evaluates, because the model cannot break them. What holds each is said in words, in
   * the bundles as {@code rule.<id>.heldBy} (see {@link #heldByKey}).
   */
  public static final Set<String> HELD_BY_THE_MODEL = Set.of("MEM-7", "MEM-9", "CON-1", "CON-2", "CON-3", "AU-4",
      "AU-5", "MTG-3", "DOC-1", "DOC-2", "PRI-1", "PRI-2", "GRA-8", "GRA-9", "IDE-1", "ADV-3", "PRJ-3", "PRJ-4", "RULESET-1",
      "RULESET-3", "RULESET-4", "RULESET-5");

  /** The families of rule ids in the order DOMAIN.md gives them, for listing rules as a reader expects them. */
  private static final List<String> FAMILIES =
      List.of("MEM", "CON", "AU", "MTG", "ACT", "DOC", "PRI", "GRA", "IDE", "ADV", "PRJ", "RULESET");

  /** By family in DOMAIN.md's order, then by number: MEM-2 before MEM-10, GRA-BUDGET after the numbered GRA rules. */
  public static final Comparator<String> DOMAIN_ORDER = Comparator
      .comparingInt((String id) -> FAMILIES.indexOf(id.substring(0, id.lastIndexOf('-'))))
      .thenComparingInt(id -> number(id.substring(id.lastIndexOf('-') + 1)))
      .thenComparing(Comparator.naturalOrder());

  private RuleCatalogue() {}

  /** Every id in the catalogue, in {@link #DOMAIN_ORDER}. */
  public static SortedSet<String> ids() {
    SortedSet<String> ids = new TreeSet<>(DOMAIN_ORDER);
    ids.addAll(HELD_BY_THE_MODEL);
    EVALUATED.forEach(rule -> ids.add(rule.id()));
    return ids;
  }

  /** The parameters of the ruleset the rule {@code id} reads, over every step it is evaluated in. */
  public static Set<RuleSetParameter> reads(String id) {
    Set<RuleSetParameter> reads = EnumSet.noneOf(RuleSetParameter.class);
    EVALUATED.stream().filter(rule -> rule.id().equals(id)).forEach(rule -> reads.addAll(rule.reads()));
    return Collections.unmodifiableSet(reads);
  }

  /** The bundle key that says what holds the rule {@code id}, for a rule {@link #HELD_BY_THE_MODEL}. */
  public static String heldByKey(String id) {
    return "rule." + id + ".heldBy";
  }

  /** A rule number, or one past every number for a named rule (GRA-BUDGET). */
  private static int number(String suffix) {
    return suffix.chars().allMatch(Character::isDigit) ? Integer.parseInt(suffix) : Integer.MAX_VALUE;
  }
}
