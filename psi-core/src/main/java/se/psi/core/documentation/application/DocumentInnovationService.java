package se.psi.core.documentation.application;

import static se.psi.core.documentation.port.in.DocumentationPermissions.DOCUMENT_INNOVATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.DocumentationTemplateId;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.domain.InnovationRecordId;
import se.psi.core.documentation.port.in.DocumentInnovationCommand;
import se.psi.core.documentation.port.in.DocumentInnovationUseCase;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.documentation.port.out.InnovationRecords;
import se.psi.core.rules.Rejection;

/** DOC-1: a record is written under the template version it names, the newest when it names none. */
final class DocumentInnovationService implements DocumentInnovationUseCase {

  private final Changes changes;
  private final DocumentationTemplates templates;
  private final Aggregates<InnovationRecord, InnovationRecordId> records;

  @Inject
  DocumentInnovationService(Changes changes, DocumentationTemplates templates, InnovationRecords records) {
    this.changes = changes;
    this.templates = templates;
    this.records = DocumentationAggregates.records(records);
  }

  @Override
  public Either<Rejection, InnovationRecord> documentInnovation(DocumentInnovationCommand c) {
    return changes.create(DOCUMENT_INNOVATION, records, c.actor(), c, InnovationRecord::id, today -> template(c)
        .flatMap(template -> InnovationRecord.document(new InnovationRecordId(today.newId()), template,
            c.challenge().strip(), c.innovation().strip(), c.origin(), c.actors(), c.priorityAreas(),
            c.results().strip(), c.answers(), today.date(), today.eventMeta())));
  }

  private Either<Rejection, DocumentationTemplate> template(DocumentInnovationCommand c) {
    return Found.orNotFound(c.templateVersion() == null ? templates.latest(c.templateName())
        : templates.find(new DocumentationTemplateId(c.templateName(), c.templateVersion())),
        DocumentationTemplate.TYPE, c.templateName());
  }
}
