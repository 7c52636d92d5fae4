package se.psi.core.documentation.application;

import static se.psi.core.documentation.port.in.DocumentationPermissions.READ_DOCUMENTATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.port.in.FindTemplatesUseCase;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/** The newest version of every template; templates are published. */
final class FindTemplatesService implements FindTemplatesUseCase {

  private final DocumentationTemplates templates;

  @Inject
  FindTemplatesService(DocumentationTemplates templates) {
    this.templates = templates;
  }

  @Override
  public Either<Rejection, List<DocumentationTemplate>> findTemplates(Actor actor) {
    return READ_DOCUMENTATION.check(actor).map(ok -> templates.latestOfEach());
  }
}
