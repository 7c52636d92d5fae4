package se.psi.core.documentation.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/** The newest version of every template, by name; public. */
public interface FindTemplatesUseCase {

  Either<Rejection, List<DocumentationTemplate>> findTemplates(Actor actor);
}
