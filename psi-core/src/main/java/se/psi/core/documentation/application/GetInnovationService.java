package se.psi.core.documentation.application;

import static se.psi.core.documentation.port.in.DocumentationPermissions.READ_DOCUMENTATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.domain.InnovationRecordId;
import se.psi.core.documentation.port.in.GetInnovationUseCase;
import se.psi.core.documentation.port.in.InnovationQuery;
import se.psi.core.documentation.port.out.InnovationRecords;
import se.psi.core.rules.Rejection;

/** One documented social innovation; they are published. */
final class GetInnovationService implements GetInnovationUseCase {

  private final Changes changes;
  private final Aggregates<InnovationRecord, InnovationRecordId> records;

  @Inject
  GetInnovationService(Changes changes, InnovationRecords records) {
    this.changes = changes;
    this.records = DocumentationAggregates.records(records);
  }

  @Override
  public Either<Rejection, InnovationRecord> getInnovation(InnovationQuery query) {
    return changes.get(READ_DOCUMENTATION, records, query.recordId(), query.actor(), query);
  }
}
