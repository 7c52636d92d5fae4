package se.psi.core.documentation.port.in;

import io.vavr.control.Either;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.rules.Rejection;

/** One version of a template, the newest unless the query names one; public. */
public interface GetTemplateUseCase {

  Either<Rejection, DocumentationTemplate> getTemplate(TemplateQuery query);
}
