package se.psi.core.documentation.application;

import static se.psi.core.documentation.port.in.DocumentationPermissions.PUBLISH_TEMPLATE;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.DocumentationTemplateId;
import se.psi.core.documentation.domain.TemplateField;
import se.psi.core.documentation.port.in.PublishTemplateCommand;
import se.psi.core.documentation.port.in.PublishTemplateUseCase;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.rules.Rejection;

/** DOC-1: the next version follows the newest one; two publishing the same version at once, one is refused. */
final class PublishTemplateService implements PublishTemplateUseCase {

  private final Changes changes;
  private final DocumentationTemplates templates;
  private final Aggregates<DocumentationTemplate, DocumentationTemplateId> versions;

  @Inject
  PublishTemplateService(Changes changes, DocumentationTemplates templates) {
    this.changes = changes;
    this.templates = templates;
    this.versions = DocumentationAggregates.templates(templates);
  }

  @Override
  public Either<Rejection, DocumentationTemplate> publishTemplate(PublishTemplateCommand c) {
    return changes.create(PUBLISH_TEMPLATE, versions, c.actor(), c, DocumentationTemplate::id, today -> {
      String name = c.name().strip();
      return Either.right(DocumentationTemplate.publish(name, templates.latest(name).toJavaOptional(), fields(c),
          today.date(), today.eventMeta()));
    });
  }

  private static List<TemplateField> fields(PublishTemplateCommand c) {
    return c.fields().stream().map(f -> new TemplateField(f.key(), f.label().strip(), f.type(), f.required(),
        Optional.ofNullable(f.maxLength()), f.choices())).toList();
  }
}
