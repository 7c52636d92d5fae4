package se.psi.core;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.psi.core.advisory.domain.AdvisoryRules;
import se.psi.core.committee.domain.CommitteeRules;
import se.psi.core.contact.domain.ContactRules;
import se.psi.core.grant.domain.GrantRules;
import se.psi.core.idea.domain.IdeaRules;
import se.psi.core.meeting.domain.MeetingRules;
import se.psi.core.membership.domain.MembershipRules;
import se.psi.core.plan.domain.PlanRules;
import se.psi.core.project.domain.ProjectRules;
import se.psi.core.rules.Rule;
import se.psi.core.rules.RuleSetRules;

/**
 * Every rule of the library with its DOMAIN.md id, in one place: the rules evaluated as a {@link Rule} (each
 * feature's {@code <Feature>Rules}), and those the model holds by its shape instead, with where. docs/rules.md
 * documents exactly these ids.
 */
public final class RuleCatalogue {

  /** Every rule evaluated as a {@link Rule}, feature by feature; a rule judged in several steps appears per step. */
  public static final List<Rule<?>> EVALUATED = Stream.of(MembershipRules.EVERY, ContactRules.EVERY,
      CommitteeRules.EVERY, MeetingRules.EVERY, PlanRules.EVERY, GrantRules.EVERY, IdeaRules.EVERY,
      AdvisoryRules.EVERY, ProjectRules.EVERY, RuleSetRules.EVERY).flatMap(List::stream).toList();

  /** The rules no {@link Rule} evaluates, because the model cannot break them: id, and what holds it. */
  public static final Map<String, String> HELD_BY_THE_MODEL = Map.ofEntries(
      entry("MEM-7", "Partner.withdraw, never refused; the seat ends by WorkingCommittee.vacate"),
      entry("MEM-9", "Partner.recordEngagement records engagement and nothing requires it"),
      entry("CON-1", "PartnerContact's invariant: one current contact or an open vacancy while active"),
      entry("CON-2", "PartnerContact and Vacancy: the vacancy, reminders and the grace period"),
      entry("CON-3", "ContactPerson holds name, role, e-mail and phone only; export and erasure are use cases"),
      entry("AU-4", "MeetingCadence and the ruleset's convenor and coordinators"),
      entry("AU-5", "the permissions of the meeting and plan use cases: the working committee only"),
      entry("MTG-3", "PresentationObligation: owed, scheduled, fulfilled"),
      entry("DOC-1", "DocumentationTemplate.validate reports every problem as a violation"),
      entry("DOC-2", "InnovationRecord and InnovationOrigin"),
      entry("PRI-1", "rules read only their facts and the ruleset; every sentence in both message bundles"),
      entry("PRI-2", "PriorityArea, the ten RUS priority areas"),
      entry("GRA-8", "a granted decision creates a PresentationObligation (MTG-3)"),
      entry("IDE-1", "Idea: anyone submits, anonymously if they like, and follows it by its receipt"),
      entry("ADV-3", "AdvisoryCase.referredFrom and the idea's triage point both ways"),
      entry("PRJ-3", "publishing a call tells the active partners whose interests match"),
      entry("PRJ-4", "the project bank is matched to open calls by theme"),
      entry("RULESET-1", "RuleSetChecks, when a registry is built"),
      entry("RULESET-3", "RuleSetChecks, when a registry is built"),
      entry("RULESET-4", "RuleSetChecks, when a registry is built"),
      entry("RULESET-5", "RuleSetContradictions, when a registry is built"));

  private RuleCatalogue() {}

  /** Every id in the catalogue, sorted. */
  public static SortedSet<String> ids() {
    SortedSet<String> ids = new TreeSet<>(HELD_BY_THE_MODEL.keySet());
    EVALUATED.forEach(rule -> ids.add(rule.id()));
    return ids;
  }
}
