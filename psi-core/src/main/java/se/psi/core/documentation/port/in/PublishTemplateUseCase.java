package se.psi.core.documentation.port.in;

import io.vavr.control.Either;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.rules.Rejection;

/** DOC-1: publishes a template, or the next version of one; a published version never changes. */
public interface PublishTemplateUseCase {

  Either<Rejection, DocumentationTemplate> publishTemplate(PublishTemplateCommand command);
}
