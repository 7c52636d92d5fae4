package se.psi.core.documentation.domain;

import java.util.Set;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PriorityArea;

/** What happens to the documentation of social innovations. */
public sealed interface DocumentationEvent extends DomainEvent {

  /** DOC-1: a template version was published. */
  record TemplatePublished(EventMeta meta, String templateName, int templateVersion) implements DocumentationEvent {
    @Override
    public String aggregateType() {
      return DocumentationTemplate.TYPE;
    }

    @Override
    public String aggregateId() {
      return templateName + "@" + templateVersion;
    }
  }

  /** DOC-2: a social innovation was documented. */
  record InnovationDocumented(EventMeta meta, InnovationRecordId recordId, InnovationOrigin origin, Set<PriorityArea> areas)
      implements DocumentationEvent {
    public InnovationDocumented {
      areas = Set.copyOf(areas);
    }

    @Override
    public String aggregateType() {
      return InnovationRecord.TYPE;
    }

    @Override
    public String aggregateId() {
      return recordId.toString();
    }
  }
}
