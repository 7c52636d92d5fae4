package se.psi.core.documentation.application;

import static se.psi.core.documentation.port.in.DocumentationPermissions.READ_DOCUMENTATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.application.Found;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.DocumentationTemplateId;
import se.psi.core.documentation.port.in.GetTemplateUseCase;
import se.psi.core.documentation.port.in.TemplateQuery;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.rules.Rejection;

/** DOC-1: one template version, the newest unless one is named; templates are published. */
final class GetTemplateService implements GetTemplateUseCase {

  private final UseCaseBoundary boundary;
  private final DocumentationTemplates templates;

  @Inject
  GetTemplateService(UseCaseBoundary boundary, DocumentationTemplates templates) {
    this.boundary = boundary;
    this.templates = templates;
  }

  @Override
  public Either<Rejection, DocumentationTemplate> getTemplate(TemplateQuery query) {
    return boundary.query(query, q -> READ_DOCUMENTATION.check(q.actor()).flatMap(ok -> q.templateVersion() == null
        ? Found.orNotFound(templates.latest(q.templateName()), DocumentationTemplate.TYPE, q.templateName())
        : version(new DocumentationTemplateId(q.templateName(), q.templateVersion()))));
  }

  private Either<Rejection, DocumentationTemplate> version(DocumentationTemplateId id) {
    return Found.orNotFound(templates.find(id), DocumentationTemplate.TYPE, id);
  }
}
