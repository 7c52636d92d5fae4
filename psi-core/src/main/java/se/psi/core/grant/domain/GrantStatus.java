package se.psi.core.grant.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a grant application stands, with the only legal transitions: draft, submitted, in assessment (completion
 * requested and resubmitted as often as needed), proposal drafted, decided; withdrawn by the applicant at any time
 * before the decision.
 */
public enum GrantStatus {
  DRAFT, SUBMITTED, IN_ASSESSMENT, COMPLETION_REQUESTED, PROPOSAL_DRAFTED, DECIDED, WITHDRAWN;

  private static final Map<GrantStatus, Set<GrantStatus>> NEXT = Map.of(
      DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
      SUBMITTED, EnumSet.of(IN_ASSESSMENT, WITHDRAWN),
      IN_ASSESSMENT, EnumSet.of(COMPLETION_REQUESTED, PROPOSAL_DRAFTED, WITHDRAWN),
      COMPLETION_REQUESTED, EnumSet.of(IN_ASSESSMENT, WITHDRAWN),
      // Back to assessment when the presenter turns out to be disqualified (GRA-7).
      PROPOSAL_DRAFTED, EnumSet.of(DECIDED, IN_ASSESSMENT, WITHDRAWN),
      DECIDED, EnumSet.noneOf(GrantStatus.class),
      WITHDRAWN, EnumSet.noneOf(GrantStatus.class));

  public boolean canMoveTo(GrantStatus next) {
    return NEXT.get(this).contains(next);
  }

  public Set<GrantStatus> next() {
    return Set.copyOf(NEXT.get(this));
  }
}
