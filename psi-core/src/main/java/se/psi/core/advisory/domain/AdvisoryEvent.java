package se.psi.core.advisory.domain;

import java.time.LocalDate;
import java.util.Optional;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.OrganisationKind;

/** What happens to an advisory case; never who asked or who advised. */
public sealed interface AdvisoryEvent extends DomainEvent {

  AdvisoryCaseId caseId();

  @Override
  default String aggregateType() {
    return "AdvisoryCase";
  }

  @Override
  default String aggregateId() {
    return caseId().toString();
  }

  /**
   * ADV-1: a case was opened for an organisation of {@code organisationKind}; ADV-3: {@code fromIdea} when an idea led
   * here, {@code referred} when someone referred the organisation.
   */
  record AdvisoryCaseOpened(EventMeta meta, AdvisoryCaseId caseId, OrganisationKind organisationKind,
      Optional<IdeaId> fromIdea, boolean referred, LocalDate openedOn) implements AdvisoryEvent {}

  /** ADV-2: an outcome of the advice was recorded, and whether the case closed with it. */
  record AdvisoryOutcomeRecorded(EventMeta meta, AdvisoryCaseId caseId, AdvisoryCase.OutcomeKind kind, boolean closed,
      LocalDate recordedOn) implements AdvisoryEvent {}
}
