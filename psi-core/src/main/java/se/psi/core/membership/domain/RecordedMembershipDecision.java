package se.psi.core.membership.domain;

import java.util.Objects;

/**
 * A stored decision with the application it was taken on and its place among that application's decisions.
 *
 * @param applicationId the application decided
 * @param number the decision's number on the application, from 1 for the first
 * @param decision the decision as stored, with its receipt if it has one
 */
public record RecordedMembershipDecision(MembershipApplicationId applicationId, int number,
    MembershipDecision decision) {

  public RecordedMembershipDecision {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(decision, "decision");
    if (number < 1) {
      throw new IllegalArgumentException("decisions are numbered from 1: " + number);
    }
  }
}
