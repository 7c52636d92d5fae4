package se.psi.core.documentation.application;

import se.psi.core.application.Aggregates;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.DocumentationTemplateId;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.domain.InnovationRecordId;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.documentation.port.out.InnovationRecords;

/** The documentation's aggregates as the change skeleton reaches them: the partnership's, no organisation owns one. */
final class DocumentationAggregates {

  private DocumentationAggregates() {}

  /** A published template version never changes, so each is stored once, at version 1 of its own. */
  static Aggregates<DocumentationTemplate, DocumentationTemplateId> templates(DocumentationTemplates templates) {
    return Aggregates.named(DocumentationTemplate.TYPE, templates::find, templates::add, template -> 1L);
  }

  static Aggregates<InnovationRecord, InnovationRecordId> records(InnovationRecords records) {
    return Aggregates.unowned(InnovationRecord.TYPE, InnovationRecordId::new, records::find, records::save,
        InnovationRecord::version);
  }
}
