package se.psi.core.documentation.application;

import static se.psi.core.documentation.port.in.DocumentationPermissions.DOCUMENT_INNOVATION;
import static se.psi.core.documentation.port.in.DocumentationPermissions.PUBLISH_TEMPLATE;
import static se.psi.core.documentation.port.in.DocumentationPermissions.READ_DOCUMENTATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import se.psi.core.documentation.domain.DocumentationEvent;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.domain.TemplateField;
import se.psi.core.documentation.port.in.DocumentInnovationCommand;
import se.psi.core.documentation.port.in.DocumentationUseCases;
import se.psi.core.documentation.port.in.PublishTemplateCommand;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.documentation.port.out.InnovationRecords;
import se.psi.core.shared.Actor;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.application.Change;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** Templates and records of social innovations (DOC-1, DOC-2). */
final class DocumentationService implements DocumentationUseCases.PublishTemplateUseCase,
    DocumentationUseCases.DocumentInnovationUseCase, DocumentationUseCases.FindTemplatesUseCase,
    DocumentationUseCases.FindInnovationsUseCase {

  private final UseCaseBoundary boundary;
  private final DocumentationTemplates templates;
  private final InnovationRecords records;
  private final Today today;
  private final IdSource ids;
  private final Supplier<EventMeta> meta;

  @Inject
  DocumentationService(UseCaseBoundary boundary, DocumentationTemplates templates, InnovationRecords records,
      Today today, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.templates = templates;
    this.records = records;
    this.today = today;
    this.ids = ids;
    this.meta = EventMeta.source(ids, clock);
  }

  @Override
  public Either<Rejection, DocumentationTemplate> publishTemplate(PublishTemplateCommand command) {
    return boundary.change(PUBLISH_TEMPLATE.useCase(), "DocumentationTemplate", command.name(), command.actor(),
        command, c -> PUBLISH_TEMPLATE.check(c.actor()).map(ok -> {
          String name = c.name().strip();
          int next = templates.latest(name).map(t -> t.templateVersion() + 1).getOrElse(1);
          List<TemplateField> fields = c.fields().stream().map(f -> new TemplateField(f.key(), f.label().strip(),
              f.type(), f.required(), Optional.ofNullable(f.maxLength()), f.choices())).toList();
          var template = DocumentationTemplate.publish(name, next, fields, this.today.date());
          templates.add(template);
          return Change.of(template, name + "@" + next,
              List.of(new DocumentationEvent.TemplatePublished(meta.get(), name, next)));
        }));
  }

  @Override
  public Either<Rejection, InnovationRecord> documentInnovation(DocumentInnovationCommand command) {
    return boundary.change(DOCUMENT_INNOVATION.useCase(), "InnovationRecord", "", command.actor(), command, c ->
        DOCUMENT_INNOVATION.check(c.actor())
            .flatMap(ok -> (c.templateVersion() == null ? templates.latest(c.templateName())
                : templates.find(c.templateName(), c.templateVersion()))
                .toEither(() -> (Rejection) new Rejection.NotFound("DocumentationTemplate", c.templateName())))
            .flatMap(template -> template.validate(c.answers()).toEither()
                .mapLeft(problems -> (Rejection) new Rejection.InvalidInput(problems.asJava()))
                .map(answers -> InnovationRecord.builder().id(ids.newId()).templateName(template.name())
                    .templateVersion(template.templateVersion()).challenge(c.challenge().strip())
                    .innovation(c.innovation().strip()).origin(c.origin()).actors(c.actors())
                    .priorityAreas(c.priorityAreas()).results(c.results().strip()).answers(new TreeMap<>(answers))
                    .recordedOn(this.today.date()).version(1).build()))
            .map(record -> {
              records.save(record);
              return Change.of(record, record.id().toString(), List.of(new DocumentationEvent.InnovationDocumented(
                  meta.get(), record.id(), record.origin(), record.priorityAreas())));
            }));
  }

  @Override
  public Either<Rejection, List<DocumentationTemplate>> findTemplates(Actor actor) {
    return READ_DOCUMENTATION.check(actor).map(ok -> templates.latestOfEach());
  }

  @Override
  public Either<Rejection, List<InnovationRecord>> findInnovations(Actor actor) {
    return READ_DOCUMENTATION.check(actor).map(ok -> records.all());
  }
}
