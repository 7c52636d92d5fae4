package se.psi.core.membership.domain;

import java.util.List;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;

/** What happens to a membership application. Organisation numbers of legal persons are not personal data. */
public sealed interface MembershipApplicationEvent extends DomainEvent {

  MembershipApplicationId applicationId();

  @Override
  default String aggregateType() {
    return "MembershipApplication";
  }

  @Override
  default String aggregateId() {
    return applicationId().toString();
  }

  /** An organisation applied to join (MEM-3). */
  record MembershipApplied(EventMeta meta, MembershipApplicationId applicationId,
      OrganisationNumber organisationNumber, OrganisationKind kind) implements MembershipApplicationEvent {}

  /** The applicant added what was missing; the application awaits a new decision. */
  record MembershipApplicationCompleted(EventMeta meta, MembershipApplicationId applicationId)
      implements MembershipApplicationEvent {}

  /** Decided incomplete: {@code missingRuleIds} names every prerequisite not met (MEM-3). */
  record MembershipApplicationIncomplete(EventMeta meta, MembershipApplicationId applicationId,
      List<String> missingRuleIds, String rulesetVersion) implements MembershipApplicationEvent {
    public MembershipApplicationIncomplete {
      missingRuleIds = List.copyOf(missingRuleIds);
    }
  }

  /** Refused: the organisation cannot be a party under the ruleset (MEM-1). */
  record MembershipApplicationRefused(EventMeta meta, MembershipApplicationId applicationId,
      List<String> failedRuleIds, String rulesetVersion) implements MembershipApplicationEvent {
    public MembershipApplicationRefused {
      failedRuleIds = List.copyOf(failedRuleIds);
    }
  }
}
