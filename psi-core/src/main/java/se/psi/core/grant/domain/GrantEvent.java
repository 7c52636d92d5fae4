package se.psi.core.grant.domain;

import java.util.List;
import java.util.Optional;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.OrganisationNumber;

/** What happens to a grant application: ids and facts only. */
public sealed interface GrantEvent extends DomainEvent {

  GrantApplicationId applicationId();

  @Override
  default String aggregateType() {
    return "GrantApplication";
  }

  @Override
  default String aggregateId() {
    return applicationId().toString();
  }

  /** A case-management system opens a case on this. */
  record GrantApplicationSubmitted(EventMeta meta, GrantApplicationId applicationId, int schemeYear,
      OrganisationNumber applicant, long requestedKronor) implements GrantEvent {}

  /** GRA-9: the case arrived and was registered in the records system under {@code caseNumber}. */
  record GrantCaseRegistered(EventMeta meta, GrantApplicationId applicationId, String caseNumber,
      java.time.LocalDate arrivedOn) implements GrantEvent {}

  /** GRA-9: the officer gave the case a public title and a secrecy marking, or lifted it ({@code secrecyMarked}). */
  record GrantCaseDescribed(EventMeta meta, GrantApplicationId applicationId, boolean secrecyMarked)
      implements GrantEvent {}

  /** GRA-4, GRA-7: the handling group was formed; {@code disqualified} members take no part. */
  record GrantAssessmentStarted(EventMeta meta, GrantApplicationId applicationId, int members, int disqualified)
      implements GrantEvent {}

  /** GRA-7: a member was found disqualified (jäv), declared or detected. */
  record ConflictOfInterestRecorded(EventMeta meta, GrantApplicationId applicationId, String personId,
      boolean detected) implements GrantEvent {}

  /** GRA-7: a person declared, before taking part, that there is no jäv ({@code conflict} false) or a conflict. */
  record ConflictOfInterestDeclared(EventMeta meta, GrantApplicationId applicationId, String personId,
      boolean conflict) implements GrantEvent {}

  /**
   * GRA-7: the facts the "no jäv" declarations rested on changed (a project partner added or removed while
   * completing), so those persons declare again before they judge.
   */
  record ConflictDeclarationsLapsed(EventMeta meta, GrantApplicationId applicationId, List<String> personIds)
      implements GrantEvent {
    public ConflictDeclarationsLapsed {
      personIds = List.copyOf(personIds);
    }
  }

  /** GRA-4, GRA-7: a member joined the handling group after the assessment began; jäv was checked for them. */
  record HandlingGroupMemberJoined(EventMeta meta, GrantApplicationId applicationId, String personId,
      MemberRole role) implements GrantEvent {}

  /** GRA-6: the applicant is asked to complete the application. */
  record GrantCompletionRequested(EventMeta meta, GrantApplicationId applicationId) implements GrantEvent {}

  record GrantApplicationResubmitted(EventMeta meta, GrantApplicationId applicationId) implements GrantEvent {}

  /** GRA-4: the handling group's proposal was drafted. */
  record GrantProposalDrafted(EventMeta meta, GrantApplicationId applicationId, GrantOutcome outcome)
      implements GrantEvent {}

  /** GRA-5: decided on delegation. */
  record GrantDecided(EventMeta meta, GrantApplicationId applicationId, int schemeYear, GrantOutcome outcome,
      Optional<Long> grantedKronor, DelegationId delegation, String rulesetVersion) implements GrantEvent {}

  record GrantApplicationWithdrawn(EventMeta meta, GrantApplicationId applicationId) implements GrantEvent {}
}
