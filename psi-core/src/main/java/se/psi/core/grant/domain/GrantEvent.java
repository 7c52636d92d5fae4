package se.psi.core.grant.domain;

import java.time.LocalDate;
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

  /** An applicant drafted an application in the scheme year's scheme; it has not arrived until it is submitted. */
  record GrantApplicationDrafted(EventMeta meta, GrantApplicationId applicationId, int schemeYear,
      OrganisationNumber applicant) implements GrantEvent {}

  /** The applicant revised the project's description while drafting or completing. */
  record GrantApplicationRevised(EventMeta meta, GrantApplicationId applicationId) implements GrantEvent {}

  /** GRA-4: the handling group met the applicant on {@code metOn}. */
  record ApplicantMeetingRecorded(EventMeta meta, GrantApplicationId applicationId, java.time.LocalDate metOn)
      implements GrantEvent {}

  /** GRA-3: a qualified member judged a criterion (the reasoning stays on the case). */
  record GrantCriterionJudged(EventMeta meta, GrantApplicationId applicationId, String personId, Criterion criterion,
      Judged verdict) implements GrantEvent {}

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

  /** GRA-10: the proposal was sent to the applicant, who may answer until {@code answerBy}. */
  record ProposalCommunicated(EventMeta meta, GrantApplicationId applicationId, LocalDate sentOn,
      LocalDate answerBy) implements GrantEvent {}

  /** GRA-10: the applicant's answer was recorded, or ({@code answered} false) that none came by the day. */
  record CommunicationAnswerRecorded(EventMeta meta, GrantApplicationId applicationId, boolean answered)
      implements GrantEvent {}

  /** GRA-10: the decider recorded why kommunicering is not needed before this decision. */
  record CommunicationWaived(EventMeta meta, GrantApplicationId applicationId) implements GrantEvent {}

  /** GRA-11: the applicant asked in writing for a decision; the case is decided, or the request refused, by then. */
  record DecisionRequested(EventMeta meta, GrantApplicationId applicationId, LocalDate receivedOn,
      LocalDate decideBy) implements GrantEvent {}

  /** GRA-11: the request for a decision was refused, with reasons. */
  record DecisionRequestRefused(EventMeta meta, GrantApplicationId applicationId) implements GrantEvent {}

  /** GRA-12: the applicant was told of version {@code decisionNumber} of the decision. */
  record DecisionNoticeRecorded(EventMeta meta, GrantApplicationId applicationId, int decisionNumber,
      NoticeChannel channel, LocalDate notifiedOn) implements GrantEvent {}

  /** GRA-15: a new version of the decision corrects or changes version {@code revises}. */
  record GrantDecisionRevised(EventMeta meta, GrantApplicationId applicationId, int decisionNumber, int revises,
      DecisionRevision.Kind kind, GrantOutcome outcome, Optional<Long> grantedKronor, DelegationId delegation,
      String rulesetVersion) implements GrantEvent {}
}
